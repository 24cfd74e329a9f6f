import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, CONTENT_TYPE_REGISTRY, DEFAULT_LOCALE, LOCALE_CODES, type ContentType, type TypeLabels } from '@welfare/types';
import { italianTextChanges } from './italian-text-changes';
import { recordsOfType } from '../machine-translation/translation-records';

/**
 * Translation coverage: per type and language, the entries that lack a translation, the
 * translations older than their Italian (the Italian text changed after the translation was saved),
 * the machine-drafted ones not yet reviewed and (counted) the reviewed ones (src/machine-translation).
 * Reads draft rows only: in Strapi 5 every version of a document has a draft row, and its
 * updatedAt is the last time that language was saved. When the Italian text last changed comes
 * from italian-text-changes (the Italian row's updatedAt for entries older than that record).
 */
export interface CoverageEntry {
  documentId: string;
  title: string;
  italianUpdatedAt: string;
  translationUpdatedAt?: string;
  /** Path of the entry's edit view in that language, inside the admin (/admin…). */
  editPath: string;
}
export interface LocaleCoverage {
  locale: string;
  missingCount: number;
  staleCount: number;
  /** Translations drafted by machine translation and not yet marked reviewed (stale ones included). */
  machineCount: number;
  /** Machine-drafted translations staff marked reviewed. */
  reviewedCount: number;
  missing: CoverageEntry[];
  stale: CoverageEntry[];
  machine: CoverageEntry[];
}
export interface TypeCoverage {
  type: ContentType;
  uid: string;
  labels: TypeLabels;
  italianCount: number;
  locales: LocaleCoverage[];
}
export interface CoverageReport {
  generatedAt: string;
  locales: string[];
  types: TypeCoverage[];
  totals: { missing: number; stale: number; machine: number; reviewed: number };
}

interface DraftRow {
  documentId: string;
  locale: string;
  updatedAt: string | Date;
  [field: string]: unknown;
}

/** Rows read per query, and entries listed per type and language (the counts stay exact). */
const PAGE_SIZE = 500;
export const MAX_LISTED = 200;

export function editPath(type: ContentType, documentId: string, locale: string): string {
  const facts = CONTENT_TYPE_REGISTRY[type];
  const base =
    facts.kind === 'collectionType'
      ? `/content-manager/collection-types/${facts.uid}/${documentId}`
      : `/content-manager/single-types/${facts.uid}`;
  return `/admin${base}?plugins[i18n][locale]=${locale}`;
}

async function draftRows(strapi: Core.Strapi, uid: string, titleField: string): Promise<DraftRow[]> {
  const rows: DraftRow[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = (await strapi.db.query(uid as UID.ContentType).findMany({
      select: ['documentId', 'locale', 'updatedAt', titleField],
      where: { publishedAt: null },
      orderBy: [{ id: 'asc' }],
      limit: PAGE_SIZE,
      offset,
    })) as DraftRow[];
    rows.push(...page);
    if (page.length < PAGE_SIZE) return rows;
  }
}

const iso = (value: string | Date) => new Date(value).toISOString();

/** Whether the user the report is for may read a type's entries in a locale (everything when absent: the command line). */
export type MayRead = (uid: string, locale: string) => boolean;

/**
 * `locales` orders the languages (e.g. a translator's own first); Italian is never listed. With
 * `mayRead`, a type is reported only to whom may read its Italian entries (their titles are listed),
 * and in the languages they may read only.
 */
export async function coverageReport(
  strapi: Core.Strapi,
  options: { locales?: readonly string[]; types?: readonly ContentType[]; mayRead?: MayRead } = {},
): Promise<CoverageReport> {
  const mayRead = options.mayRead ?? (() => true);
  const asked = (options.locales ?? LOCALE_CODES).filter((locale) => locale !== DEFAULT_LOCALE);
  const types: TypeCoverage[] = [];
  const shown = new Set<string>();
  for (const type of options.types ?? CONTENT_TYPES) {
    const facts = CONTENT_TYPE_REGISTRY[type];
    if (!mayRead(facts.uid, DEFAULT_LOCALE)) continue;
    const locales = asked.filter((locale) => mayRead(facts.uid, locale));
    if (locales.length === 0) continue;
    for (const locale of locales) shown.add(locale);
    const rows = await draftRows(strapi, facts.uid, facts.titleField);
    const textChanges = await italianTextChanges(strapi, facts.uid);
    const records = new Map(
      (await recordsOfType(strapi, facts.uid)).map((record) => [`${record.entryDocumentId}:${record.entryLocale}`, record]),
    );
    const italian = rows.filter((row) => row.locale === DEFAULT_LOCALE);
    const byLocale = new Map<string, Map<string, DraftRow>>();
    for (const row of rows) {
      if (!byLocale.has(row.locale)) byLocale.set(row.locale, new Map());
      byLocale.get(row.locale)?.set(row.documentId, row);
    }
    const perLocale = locales.map((locale): LocaleCoverage => {
      const translations = byLocale.get(locale) ?? new Map<string, DraftRow>();
      const missing: CoverageEntry[] = [];
      const stale: CoverageEntry[] = [];
      const machine: CoverageEntry[] = [];
      let reviewedCount = 0;
      for (const source of italian) {
        const entry = {
          documentId: source.documentId,
          title: String(source[facts.titleField] ?? source.documentId),
          italianUpdatedAt: iso(textChanges.has(source.documentId) ? new Date(textChanges.get(source.documentId) ?? 0) : source.updatedAt),
          editPath: editPath(type, source.documentId, locale),
        };
        const translation = translations.get(source.documentId);
        if (!translation) {
          missing.push(entry);
          continue;
        }
        if (new Date(translation.updatedAt).getTime() < new Date(entry.italianUpdatedAt).getTime()) {
          stale.push({ ...entry, translationUpdatedAt: iso(translation.updatedAt) });
        }
        const record = records.get(`${source.documentId}:${locale}`);
        if (record?.reviewedAt) reviewedCount += 1;
        else if (record) machine.push({ ...entry, translationUpdatedAt: iso(translation.updatedAt) });
      }
      return {
        locale,
        missingCount: missing.length,
        staleCount: stale.length,
        machineCount: machine.length,
        reviewedCount,
        missing: missing.slice(0, MAX_LISTED),
        stale: stale.slice(0, MAX_LISTED),
        machine: machine.slice(0, MAX_LISTED),
      };
    });
    types.push({ type, uid: facts.uid, labels: facts.labels, italianCount: italian.length, locales: perLocale });
  }
  const totals = types
    .flatMap((type) => type.locales)
    .reduce(
      (sum, locale) => ({
        missing: sum.missing + locale.missingCount,
        stale: sum.stale + locale.staleCount,
        machine: sum.machine + locale.machineCount,
        reviewed: sum.reviewed + locale.reviewedCount,
      }),
      { missing: 0, stale: 0, machine: 0, reviewed: 0 },
    );
  return { generatedAt: new Date().toISOString(), locales: asked.filter((locale) => shown.has(locale)), types, totals };
}

/** The user's own languages first (from their translator roles), then the others in registry order. */
export function localesFor(roleCodes: readonly string[]): string[] {
  const own = roleCodes
    .map((code) => /^translator-(.+)$/.exec(code)?.[1])
    .filter((code): code is string => Boolean(code && LOCALE_CODES.includes(code as never)));
  return [...own, ...LOCALE_CODES.filter((code) => !own.includes(code))];
}
