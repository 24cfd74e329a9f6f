/**
 * The admin API of machine translation (admin-authenticated, under /machine-translations):
 * - GET  /machine-translations/status?contentType&documentId — whether it is on, which provider
 *   translates each language (and which languages none does), the month's characters and cap, and
 *   each language's state for this entry (missing, machine-drafted, reviewed, by a person; stale);
 * - POST /machine-translations/translate {contentType, documentId, locales | "missing-or-stale", overwrite}
 * - POST /machine-translations/review {contentType, documentId, locale} — "mark reviewed".
 * Who may: whoever may create (a new translation) or update (an existing one) the entry in that
 * language, and read its Italian (a translator in their own language only).
 */
import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { entryPermissions } from '../admin-permissions/entry-permissions';
import { DEFAULT_LOCALE, contentTypeOfUid, isLocaleCode, type LocaleCode } from '@welfare/types';
import { environment } from '../environment/environment';
import { TARGET_LOCALES } from '../environment/machine-translation-settings';
import { italianTextChanges } from '../translation-coverage/italian-text-changes';
import { publishedVersions, readPublishedState } from '../portal-notification/published-state';
import { sendNotice } from '../portal-notification/send-notice';
import { PROVIDER_LABELS } from './provider-languages';
import { charactersUsed, markReviewed, recordsOf, usageMonth } from './translation-records';
import { TranslationRefusal, translateEntry } from './translate-entry';

interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
}

export type LocaleState = 'missing' | 'machine' | 'reviewed' | 'human';

export interface LocaleStatus {
  locale: LocaleCode;
  state: LocaleState;
  /** The Italian text changed after this translation was saved. */
  stale: boolean;
  /** Which provider would translate it (none: no configured provider does). */
  provider: string | null;
  /** The machine draft's facts, while there is one. */
  machine?: {
    provider: string;
    translatedAt: string;
    translatedBy: string | null;
    reviewedAt: string | null;
    reviewedBy: string | null;
    editedSince: boolean;
  };
  /** Whether this user may write this language. */
  writable: boolean;
}

export interface MachineTranslationStatus {
  enabled: boolean;
  providers: Array<{ name: string; label: string; locales: LocaleCode[] }>;
  uncovered: LocaleCode[];
  usage: { month: string; characters: number; limit: number };
  locales: LocaleStatus[];
}

/** See translate-entry.ts: the recorded updatedAt is the machine's own, so any later save is a person's. */
const SAME_WRITE_MS = 0;

function fail(ctx: Context, status: number, code: string, message: string, details: Record<string, unknown> = {}) {
  ctx.status = status;
  ctx.body = { error: { status, name: code, message, details } };
}

const userName = (user: AdminUser | undefined) =>
  [user?.firstname, user?.lastname].filter(Boolean).join(' ').trim() ||
  user?.username ||
  user?.email ||
  (user ? `#${user.id}` : 'sconosciuto');

export async function entryStatus(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  may: (locale: LocaleCode, exists: boolean) => boolean,
): Promise<MachineTranslationStatus | null> {
  const settings = environment().machineTranslation;
  const rows = (await strapi.db.query(uid as UID.ContentType).findMany({
    select: ['locale', 'updatedAt'],
    where: { documentId, publishedAt: null },
    limit: 50,
  })) as Array<{ locale: LocaleCode; updatedAt: string | Date }>;
  const italian = rows.find((row) => row.locale === DEFAULT_LOCALE);
  if (!italian) return null;
  const italianChanged = (await italianTextChanges(strapi, uid)).get(documentId) ?? new Date(italian.updatedAt).getTime();
  const records = new Map((await recordsOf(strapi, uid, [documentId])).map((record) => [record.entryLocale, record]));
  const drafts = new Map(rows.map((row) => [row.locale, row]));
  const providers = (['deepl', 'libretranslate'] as const)
    .filter((name) => (name === 'deepl' ? settings.deepl : settings.libreTranslate))
    .map((name) => ({
      name,
      label: PROVIDER_LABELS[name],
      locales: TARGET_LOCALES.filter((locale) => settings.assignments[locale] === name),
    }));
  return {
    enabled: providers.length > 0,
    providers,
    uncovered: settings.uncovered,
    usage: { month: usageMonth(), characters: await charactersUsed(strapi), limit: settings.monthlyCharacterLimit },
    locales: TARGET_LOCALES.map((locale): LocaleStatus => {
      const draft = drafts.get(locale);
      const record = records.get(locale);
      const updated = draft ? new Date(draft.updatedAt).getTime() : 0;
      const editedSince = Boolean(draft && record && updated > new Date(record.draftUpdatedAt).getTime() + SAME_WRITE_MS);
      const state: LocaleState = !draft
        ? 'missing'
        : record && !editedSince
          ? record.reviewedAt
            ? 'reviewed'
            : 'machine'
          : record?.reviewedAt
            ? 'reviewed'
            : record
              ? 'machine'
              : 'human';
      return {
        locale,
        state,
        stale: Boolean(draft) && updated < italianChanged,
        provider: settings.assignments[locale] ?? null,
        machine: record
          ? {
              provider: record.provider,
              translatedAt: record.translatedAt,
              translatedBy: record.translatedBy,
              reviewedAt: record.reviewedAt,
              reviewedBy: record.reviewedBy,
              editedSince,
            }
          : undefined,
        writable: may(locale, Boolean(draft)),
      };
    }),
  };
}

export function machineTranslationRoutes(strapi: Core.Strapi) {
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  const info = { type: 'admin', apiName: 'machine-translations' };

  const target = (ctx: Context, source: Record<string, unknown>): { uid: string; documentId: string } | null => {
    const { contentType, documentId } = source;
    if (typeof contentType !== 'string' || !contentTypeOfUid(contentType)) {
      fail(ctx, 400, 'ValidationError', 'contentType must be one of the portal content types');
      return null;
    }
    if (typeof documentId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(documentId)) {
      fail(ctx, 400, 'ValidationError', 'documentId is required');
      return null;
    }
    return { uid: contentType, documentId };
  };

  const mayWrite = (ctx: Context, uid: string) => {
    const can = entryPermissions(strapi, ctx, uid).can;
    return (locale: LocaleCode, exists: boolean) =>
      can.read({ locale: DEFAULT_LOCALE }) && (exists ? can.update({ locale }) : can.create({ locale }));
  };

  const status = async (ctx: Context) => {
    const entry = target(ctx, ctx.query as Record<string, unknown>);
    if (!entry) return;
    if (!entryPermissions(strapi, ctx, entry.uid).can.read())
      return fail(ctx, 403, 'ForbiddenError', 'Non è permesso leggere questo tipo di contenuto.');
    const result = await entryStatus(strapi, entry.uid, entry.documentId, mayWrite(ctx, entry.uid));
    if (!result) return fail(ctx, 404, 'NotFoundError', 'Questa voce non ha una versione italiana.');
    ctx.body = { data: result };
  };

  const translate = async (ctx: Context) => {
    const body = ((ctx.request as { body?: Record<string, unknown> }).body ?? {}) as Record<string, unknown>;
    const entry = target(ctx, body);
    if (!entry) return;
    const current = await entryStatus(strapi, entry.uid, entry.documentId, mayWrite(ctx, entry.uid));
    if (!current) return fail(ctx, 404, 'NotFoundError', 'Questa voce non ha una versione italiana da tradurre.');
    let locales: LocaleCode[];
    if (body.locales === 'missing-or-stale') {
      locales = current.locales
        .filter((locale) => locale.provider && (locale.state === 'missing' || locale.stale))
        .map((locale) => locale.locale);
      if (locales.length === 0)
        return fail(ctx, 400, 'NothingToDo', 'Nessuna traduzione mancante o da aggiornare tra le lingue coperte dai servizi configurati.');
    } else if (
      Array.isArray(body.locales) &&
      body.locales.length > 0 &&
      body.locales.every((locale) => isLocaleCode(locale) && locale !== DEFAULT_LOCALE)
    ) {
      locales = body.locales as LocaleCode[];
    } else {
      return fail(ctx, 400, 'ValidationError', 'locales must be "missing-or-stale" or a list of languages other than Italian');
    }
    const forbidden = locales.filter((locale) => !current.locales.find((status) => status.locale === locale)?.writable);
    if (forbidden.length > 0)
      return fail(ctx, 403, 'ForbiddenError', `Non è permesso scrivere in: ${forbidden.join(', ')}.`, { locales: forbidden });
    try {
      const written = await translateEntry(strapi, {
        uid: entry.uid,
        documentId: entry.documentId,
        locales,
        overwrite: body.overwrite === true,
        requestedBy: userName(ctx.state.user as AdminUser | undefined),
      });
      ctx.body = { data: { written, status: await entryStatus(strapi, entry.uid, entry.documentId, mayWrite(ctx, entry.uid)) } };
    } catch (error) {
      if (error instanceof TranslationRefusal) return fail(ctx, error.status, error.code, error.message, error.details);
      strapi.log.error(`Machine translation of ${entry.uid} ${entry.documentId} failed: ${(error as Error).stack ?? String(error)}`);
      return fail(
        ctx,
        500,
        'TranslationFailed',
        'La traduzione non è stata scritta: errore inatteso (dettagli nel registro del CMS). Nessuna lingua è stata modificata.',
      );
    }
  };

  const review = async (ctx: Context) => {
    const body = ((ctx.request as { body?: Record<string, unknown> }).body ?? {}) as Record<string, unknown>;
    const entry = target(ctx, body);
    if (!entry) return;
    const locale = body.locale;
    if (!isLocaleCode(locale) || locale === DEFAULT_LOCALE)
      return fail(ctx, 400, 'ValidationError', 'locale must be a language other than Italian');
    if (!entryPermissions(strapi, ctx, entry.uid).can.update({ locale }))
      return fail(ctx, 403, 'ForbiddenError', `Non è permesso modificare la lingua ${locale}.`);
    const [record] = await recordsOf(strapi, entry.uid, [entry.documentId], [locale]);
    if (!record)
      return fail(ctx, 404, 'NotFoundError', `La traduzione in ${locale} non è stata fatta automaticamente: non c'è nulla da revisionare.`);
    await markReviewed(strapi, record, userName(ctx.state.user as AdminUser | undefined));
    // The published page loses its notice: the portal re-renders that language's page.
    const type = contentTypeOfUid(entry.uid);
    const published = await readPublishedState(strapi, entry.uid, entry.documentId);
    if (type && published.rows.some((row) => row.locale === locale)) {
      const versions = publishedVersions(published);
      void sendNotice(strapi, {
        event: 'update',
        type,
        documentId: entry.documentId,
        locales: [locale],
        published: { before: versions, after: versions },
        shownBy: [],
      });
    }
    ctx.body = { data: await entryStatus(strapi, entry.uid, entry.documentId, mayWrite(ctx, entry.uid)) };
  };

  return {
    type: 'admin' as const,
    routes: [
      { method: 'GET' as const, path: '/machine-translations/status', handler: status, config, info },
      { method: 'POST' as const, path: '/machine-translations/translate', handler: translate, config, info },
      { method: 'POST' as const, path: '/machine-translations/review', handler: review, config, info },
    ],
  };
}
