import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, contentTypeOfUid } from '@welfare/types';

/**
 * When the Italian *text* of a document last changed. A translation is stale when it was saved
 * before that; the Italian row's updatedAt would not do, because it also moves when nothing a
 * translator must follow changed (a relation linked, a shared field synced from another language,
 * the seed wiring entries together). A document service middleware records it, whoever writes,
 * in a hidden content type of ours (no routes, not in the content manager): every query goes through
 * `strapi.db.query`, which joins the transaction of the write it runs in (the content manager's
 * create-and-publish runs both in one transaction; on SQLite a query outside it would wait for the
 * one connection its own request holds), and a write rolled back leaves no record.
 */
export const ITALIAN_TEXT_CHANGE_UID = 'api::italian-text-change.italian-text-change' as UID.ContentType;

/** Text a translator translates: localized strings, texts and rich text (not slugs, media, relations). */
const TEXT_TYPES = new Set(['string', 'text', 'blocks', 'richtext']);

interface Attribute {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

export function translatableFields(strapi: Core.Strapi, uid: string): string[] {
  const model = strapi.contentTypes[uid as UID.ContentType] as unknown as { attributes: Record<string, Attribute> } | undefined;
  return Object.entries(model?.attributes ?? {})
    .filter(([, attribute]) => TEXT_TYPES.has(attribute.type) && attribute.pluginOptions?.i18n?.localized === true)
    .map(([name]) => name);
}

async function italianText(strapi: Core.Strapi, uid: string, documentId: string, fields: string[]): Promise<string | null> {
  const row = (await strapi.db.query(uid as UID.ContentType).findOne({
    select: fields,
    where: { documentId, locale: DEFAULT_LOCALE, publishedAt: null },
  })) as Record<string, unknown> | null;
  return row ? JSON.stringify(fields.map((field) => row[field] ?? null)) : null;
}

export async function recordItalianTextChange(strapi: Core.Strapi, uid: string, documentId: string, at: Date = new Date()): Promise<void> {
  const records = strapi.db.query(ITALIAN_TEXT_CHANGE_UID);
  const where = { contentType: uid, entryDocumentId: documentId };
  const { count } = await records.updateMany({ where, data: { changedAt: at.getTime() } });
  // Created through the document service, which gives it its documentId (the export's key).
  if (Number(count) === 0) await strapi.documents(ITALIAN_TEXT_CHANGE_UID).create({ data: { ...where, changedAt: at.getTime() } as never });
}

/** documentId → when its Italian text last changed, for one type. */
export async function italianTextChanges(strapi: Core.Strapi, uid: string): Promise<Map<string, number>> {
  const rows = (await strapi.db.query(ITALIAN_TEXT_CHANGE_UID).findMany({
    select: ['entryDocumentId', 'changedAt'],
    where: { contentType: uid },
  })) as Array<{ entryDocumentId: string; changedAt: number | string }>;
  const changes = new Map<string, number>();
  // Two staff saving the same new document at once may leave two records: the later one counts.
  for (const row of rows) changes.set(row.entryDocumentId, Math.max(Number(row.changedAt), changes.get(row.entryDocumentId) ?? 0));
  return changes;
}

export function registerItalianTextTracking(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!contentTypeOfUid(context.uid) || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; locale?: string } | undefined;
    if ((params?.locale ?? DEFAULT_LOCALE) !== DEFAULT_LOCALE) return next();
    const fields = translatableFields(strapi, context.uid);
    const documentId = params?.documentId;
    const before = documentId ? await italianText(strapi, context.uid, documentId, fields) : null;
    const result = await next();
    const id = documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (id && fields.length > 0 && (await italianText(strapi, context.uid, id, fields)) !== before) {
      await recordItalianTextChange(strapi, context.uid, id);
    }
    return result;
  });
}
