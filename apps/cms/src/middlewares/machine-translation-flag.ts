/**
 * Adds `machineTranslation` to every entry of a content-API read (`find`, `findOne`: a route
 * middleware of public-read-routes.ts): `{ provider, translatedAt }` while the entry's text in that
 * language is a machine draft staff have not marked reviewed, else null. The version answered must
 * be the machine's: a translation published before its machine draft was written is a person's.
 * One query per response (the entries of a page at most).
 */
import type { Core } from '@strapi/strapi';
import { contentTypeOfUid } from '@welfare/types';
import { recordsOf } from '../machine-translation/translation-records';

interface Entry {
  documentId?: unknown;
  locale?: unknown;
  publishedAt?: unknown;
  [field: string]: unknown;
}

function uidOf(route: { handler?: unknown; info?: { apiName?: string } } | undefined): string | undefined {
  const handler = typeof route?.handler === 'string' ? /^(api::[^.]+\.[^.]+)\./.exec(route.handler)?.[1] : undefined;
  const uid = handler ?? (route?.info?.apiName ? `api::${route.info.apiName}.${route.info.apiName}` : undefined);
  return uid && contentTypeOfUid(uid) ? uid : undefined;
}

const machineTranslationFlag: Core.MiddlewareFactory =
  (_config, { strapi }) =>
  async (ctx, next) => {
    await next();
    const uid = uidOf(ctx.state.route as never);
    const body = ctx.body as { data?: Entry | Entry[] | null } | undefined;
    if (!uid || ctx.status !== 200 || !body?.data) return;
    const entries = (Array.isArray(body.data) ? body.data : [body.data]).filter(
      (entry): entry is Entry => Boolean(entry) && typeof entry.documentId === 'string' && typeof entry.locale === 'string',
    );
    if (entries.length === 0) return;
    const records = await recordsOf(strapi, uid, [...new Set(entries.map((entry) => entry.documentId as string))]);
    const pending = new Map(
      records.filter((record) => !record.reviewedAt).map((record) => [`${record.entryDocumentId}:${record.entryLocale}`, record]),
    );
    for (const entry of entries) {
      const record = pending.get(`${entry.documentId as string}:${entry.locale as string}`);
      const publishedBefore =
        typeof entry.publishedAt === 'string' && record && new Date(entry.publishedAt).getTime() < new Date(record.translatedAt).getTime();
      entry.machineTranslation =
        record && !publishedBefore ? { provider: record.provider, translatedAt: new Date(record.translatedAt).toISOString() } : null;
    }
  };

export default machineTranslationFlag;
