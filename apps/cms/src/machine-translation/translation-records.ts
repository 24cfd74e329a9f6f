/**
 * What the CMS keeps about machine translation, in hidden content types (src/api/machine-translation,
 * src/api/translation-usage) and the staff's glossary (src/api/glossary-term):
 * - one record per machine-drafted translation (entry, language): who asked, when, which provider,
 *   when the draft was written (a later change of the draft is a person's), when it was reviewed;
 * - the characters sent per month (Europe/Rome), against the monthly cap.
 * Every call made while a translation is written runs inside that write's transaction.
 */
import type { Core, UID } from '@strapi/strapi';
import { wallClockAt } from '@welfare/types';

export const RECORD_UID = 'api::machine-translation.machine-translation' as UID.ContentType;
export const USAGE_UID = 'api::translation-usage.translation-usage' as UID.ContentType;
export const GLOSSARY_UID = 'api::glossary-term.glossary-term' as UID.ContentType;
const USAGE_TABLE = 'welfare_translation_usage';
/** Terms read from the glossary (the editor keeps it short; the bound keeps a request small). */
export const MAX_GLOSSARY_TERMS = 500;

export interface MachineTranslationRecord {
  documentId: string;
  contentType: string;
  entryDocumentId: string;
  entryLocale: string;
  provider: string;
  translatedAt: string;
  translatedBy: string | null;
  draftUpdatedAt: string;
  characters: number | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

const FIELDS = [
  'contentType',
  'entryDocumentId',
  'entryLocale',
  'provider',
  'translatedAt',
  'translatedBy',
  'draftUpdatedAt',
  'characters',
  'reviewedAt',
  'reviewedBy',
];

export async function recordsOf(
  strapi: Core.Strapi,
  contentType: string,
  documentIds: readonly string[],
  locales?: readonly string[],
): Promise<MachineTranslationRecord[]> {
  if (documentIds.length === 0) return [];
  return (await strapi.db.query(RECORD_UID).findMany({
    select: ['documentId', ...FIELDS],
    where: { contentType, entryDocumentId: { $in: [...documentIds] }, ...(locales ? { entryLocale: { $in: [...locales] } } : {}) },
    limit: documentIds.length * 10,
  })) as MachineTranslationRecord[];
}

/** Every record of a type (for the coverage view), bounded by what the type's entries can have. */
export async function recordsOfType(strapi: Core.Strapi, contentType: string): Promise<MachineTranslationRecord[]> {
  const records: MachineTranslationRecord[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = (await strapi.db.query(RECORD_UID).findMany({
      select: ['documentId', ...FIELDS],
      where: { contentType },
      orderBy: [{ id: 'asc' }],
      limit: 1000,
      offset,
    })) as MachineTranslationRecord[];
    records.push(...page);
    if (page.length < 1000) return records;
  }
}

export async function saveRecord(
  strapi: Core.Strapi,
  record: Omit<MachineTranslationRecord, 'documentId' | 'reviewedAt' | 'reviewedBy'>,
): Promise<void> {
  const [existing] = await recordsOf(strapi, record.contentType, [record.entryDocumentId], [record.entryLocale]);
  const data = { ...record, reviewedAt: null, reviewedBy: null };
  if (existing) await strapi.documents(RECORD_UID).update({ documentId: existing.documentId, data } as never);
  else await strapi.documents(RECORD_UID).create({ data } as never);
}

export async function markReviewed(strapi: Core.Strapi, record: MachineTranslationRecord, by: string): Promise<MachineTranslationRecord> {
  const data = { reviewedAt: new Date().toISOString(), reviewedBy: by };
  await strapi.documents(RECORD_UID).update({ documentId: record.documentId, data } as never);
  return { ...record, ...data };
}

export async function glossaryTerms(strapi: Core.Strapi): Promise<string[]> {
  const rows = (await strapi.db
    .query(GLOSSARY_UID)
    .findMany({ select: ['term'], orderBy: [{ id: 'asc' }], limit: MAX_GLOSSARY_TERMS })) as Array<{ term: string | null }>;
  return rows.map((row) => (row.term ?? '').trim()).filter(Boolean);
}

/** "2026-12", the month in Italy. */
export function usageMonth(at: Date = new Date()): string {
  const clock = wallClockAt(at);
  return `${clock.year}-${String(clock.month).padStart(2, '0')}`;
}

export async function charactersUsed(strapi: Core.Strapi, month: string = usageMonth()): Promise<number> {
  const row = (await strapi.db.query(USAGE_UID).findOne({ select: ['characters'], where: { month } })) as {
    characters: string | number;
  } | null;
  return row ? Number(row.characters) : 0;
}

/** Adds to the month's count, inside the caller's transaction (`trx`), as one UPDATE (no lost update between instances). */
export async function addUsage(strapi: Core.Strapi, trx: unknown, characters: number, month: string = usageMonth()): Promise<void> {
  const existing = await strapi.db.query(USAGE_UID).findOne({ select: ['id'], where: { month } });
  if (!existing) await strapi.documents(USAGE_UID).create({ data: { month, characters: 0, requests: 0 } } as never);
  const query = strapi.db.connection(USAGE_TABLE).where({ month });
  await (trx ? query.transacting(trx as never) : query).update({
    characters: strapi.db.connection.raw('characters + ?', [characters]),
    requests: strapi.db.connection.raw('requests + 1'),
  });
}
