import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, contentTypeUid, type ChangeNotice, type ContentType, type LocaleCode, type PublishedVersion } from '@welfare/types';

/**
 * What the public sees of a document: its published language versions, and the published entries
 * that show it through a relation. Read straight from the database, so that it can be read just
 * before and just after a change, inside the change's transaction.
 */

interface PublishedRow {
  id: number;
  locale: LocaleCode;
  slug?: string | null;
  updatedAt?: string | Date | null;
}

export interface PublishedState {
  /** One row per published locale; a row is replaced (new id) at every publish. */
  rows: PublishedRow[];
}

const hasSlug = (strapi: Core.Strapi, uid: string) => 'slug' in (strapi.contentType(uid as UID.ContentType)?.attributes ?? {});

function selectFor(strapi: Core.Strapi, uid: string): string[] {
  return ['id', 'locale', 'updatedAt', ...(hasSlug(strapi, uid) ? ['slug'] : [])];
}

export async function readPublishedState(strapi: Core.Strapi, uid: string, documentId: string): Promise<PublishedState> {
  const rows = (await strapi.db.query(uid as UID.ContentType).findMany({
    select: selectFor(strapi, uid),
    where: { documentId, publishedAt: { $notNull: true } },
  })) as PublishedRow[];
  return { rows };
}

const fingerprint = (row: PublishedRow) => `${row.id}|${String(row.updatedAt)}|${row.slug ?? ''}`;

/** The locales whose published version appeared, disappeared or was replaced. */
export function changedLocales(before: PublishedState, after: PublishedState): LocaleCode[] {
  const print = (state: PublishedState) => new Map(state.rows.map((row) => [row.locale, fingerprint(row)]));
  const was = print(before);
  const is = print(after);
  const locales = new Set<LocaleCode>([...was.keys(), ...is.keys()]);
  return [...locales].filter((locale) => was.get(locale) !== is.get(locale)).sort();
}

export const publishedVersions = (state: PublishedState): PublishedVersion[] =>
  state.rows.map((row) => ({ locale: row.locale, slug: row.slug ?? null })).sort((a, b) => a.locale.localeCompare(b.locale));

/** A way from one content type to another: an attribute, or a component's attribute. */
interface RelationPath {
  from: ContentType;
  path: string[];
}

/** Every relation, direct or inside a component, that points at `target`, among the portal's types. */
export function relationPathsTo(strapi: Core.Strapi, target: ContentType): RelationPath[] {
  const targetUid = contentTypeUid(target);
  const paths: RelationPath[] = [];
  for (const from of CONTENT_TYPES) {
    const attributes = strapi.contentType(contentTypeUid(from) as UID.ContentType)?.attributes ?? {};
    for (const [name, attribute] of Object.entries(attributes) as Array<[string, Record<string, unknown>]>) {
      if (attribute.type === 'relation' && attribute.target === targetUid) paths.push({ from, path: [name] });
      if (attribute.type === 'component') {
        const component = strapi.components[attribute.component as UID.Component];
        for (const [inner, innerAttribute] of Object.entries(component?.attributes ?? {}) as Array<[string, Record<string, unknown>]>) {
          if (innerAttribute.type === 'relation' && innerAttribute.target === targetUid) paths.push({ from, path: [name, inner] });
        }
      }
    }
  }
  return paths;
}

type Where = Record<string, unknown>;
const nested = (path: string[], leaf: Where): Where => path.reduceRight<Where>((inner, key) => ({ [key]: inner }), leaf);

/** The published entries, in these locales, that show the document through a relation. */
export async function readShownBy(
  strapi: Core.Strapi,
  target: ContentType,
  documentId: string,
  locales: LocaleCode[],
): Promise<ChangeNotice['shownBy']> {
  if (locales.length === 0) return [];
  const found: ChangeNotice['shownBy'] = [];
  for (const { from, path } of relationPathsTo(strapi, target)) {
    const uid = contentTypeUid(from);
    const rows = (await strapi.db.query(uid as UID.ContentType).findMany({
      select: ['documentId', 'locale', ...(hasSlug(strapi, uid) ? ['slug'] : [])],
      where: { ...nested(path, { documentId }), publishedAt: { $notNull: true }, locale: { $in: locales } },
    })) as Array<{ documentId: string; locale: LocaleCode; slug?: string | null }>;
    for (const row of rows) found.push({ type: from, documentId: row.documentId, locale: row.locale, slug: row.slug ?? null });
  }
  return found;
}

/** Merges two lists of entries, each entry once. */
export function uniqueEntries(...lists: Array<ChangeNotice['shownBy']>): ChangeNotice['shownBy'] {
  const byKey = new Map<string, ChangeNotice['shownBy'][number]>();
  for (const entry of lists.flat()) byKey.set(`${entry.type}|${entry.documentId}|${entry.locale}|${entry.slug ?? ''}`, entry);
  return [...byKey.values()];
}
