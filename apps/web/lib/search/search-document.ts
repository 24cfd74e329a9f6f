import {
  contentType,
  hasEntryPages,
  hasListPage,
  isContentType,
  type EntryPageType,
  type LocaleCode,
  type NoticeTimes,
  type SearchableType,
} from '@welfare/types';

/**
 * What the index holds of one entry in one language: its title, summary, the rest of its text
 * (plain fields and rich-text bodies flattened to text) and the names of the places, categories
 * and spoken languages it is linked to. Built from the CMS's REST answer (or the demo fixtures in
 * the same shape) by the registry's field lists, so a field added there is searched here.
 */
export interface SearchDocument {
  /** `<type>:<documentId>`: one entry of the index per document and language. */
  id: string;
  type: SearchableType;
  documentId: string;
  /** The language of the text: the index's language, or Italian for an untranslated entry. */
  locale: LocaleCode;
  slug: string | null;
  title: string;
  summary: string;
  body: string;
  related: string;
  /** documentIds of the places, categories and languages named in `related`. */
  relatedIds: string[];
  /** For an entry shown only for a time (a notice): found only while in force, checked at each query. */
  inForce?: NoticeTimes;
  /**
   * For an entry without pages of its own (a notice): the page of the first related entry that has
   * one (a service, then an event, as the registry lists its relations), null for none (the home).
   */
  shownOn?: { type: EntryPageType; slug: string } | null;
}

/** The related types whose names a visitor may type to find an entry. */
const NAMED_TYPES = new Set(['place', 'category', 'language']);
/** The fields of a related entry that name it (a language also by its own name for itself). */
const NAME_FIELDS = ['name', 'nativeName'];

export const documentKey = (type: SearchableType, documentId: string) => `${type}:${documentId}`;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * The text of Strapi "blocks" (paragraphs, headings, lists, quotes, code, links), one line per
 * block. Tolerant: any node with `text` or `children` is read, anything else is skipped, so a block
 * kind added to the editor later costs its text, never the index.
 */
export function blocksToText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  const lines: string[] = [];
  const inline = (node: unknown): string => {
    if (!isObject(node)) return '';
    if (typeof node.text === 'string') return node.text;
    return Array.isArray(node.children) ? node.children.map(inline).join('') : '';
  };
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node) || !Array.isArray(node.children)) return;
    const hasBlocks = node.children.some((child) => isObject(child) && Array.isArray(child.children) && child.type !== 'link');
    if (hasBlocks) node.children.forEach(visit);
    else {
      const line = inline(node).trim();
      if (line) lines.push(line);
    }
  };
  visit(value);
  return lines.join('\n');
}

/** The entries (or components) at a relation's path: `places`, `availability.place`. */
function relatedAt(entry: Json, path: string): Json[] {
  let current: unknown[] = [entry];
  for (const part of path.split('.')) {
    current = current.flatMap((node) => {
      const next = isObject(node) ? node[part] : undefined;
      return Array.isArray(next) ? next : next === undefined || next === null ? [] : [next];
    });
  }
  return current.filter(isObject);
}

/** A type with no page and no list of its own: its results lead to the pages of what it concerns. */
const isPageless = (type: SearchableType) => !hasEntryPages(type) && !hasListPage(type);

/** The relations of a pageless type to types with pages, in the registry's order. */
function pageRelations(type: SearchableType): Array<[string, EntryPageType]> {
  if (!isPageless(type)) return [];
  return Object.entries(contentType(type).relations as Record<string, string>).filter(
    (relation): relation is [string, EntryPageType] => isContentType(relation[1]) && hasEntryPages(relation[1]),
  );
}

function shownOn(type: SearchableType, entry: Json): SearchDocument['shownOn'] {
  for (const [path, target] of pageRelations(type)) {
    const slug = relatedAt(entry, path)
      .map((related) => text(related.slug))
      .find(Boolean);
    if (slug) return { type: target, slug };
  }
  return null;
}

/**
 * One entry as the CMS answers it (with its related entries' names populated) → the document to
 * index; `null` (the caller logs it) for an entry without a title, which cannot be listed.
 */
export function searchDocument(type: SearchableType, entry: Json, indexLocale?: LocaleCode): SearchDocument | null {
  const facts = contentType(type);
  const documentId = text(entry.documentId);
  const title = text(entry[facts.titleField]);
  if (!documentId || !title) return null;
  const summary = facts.summaryField ? text(entry[facts.summaryField]) : '';
  const body = [
    ...facts.textFields.filter((field) => field !== facts.titleField && field !== facts.summaryField).map((field) => text(entry[field])),
    ...facts.richTextFields.map((field) => blocksToText(entry[field])),
  ]
    .filter(Boolean)
    .join('\n');
  const names = new Set<string>();
  const relatedIds = new Set<string>();
  for (const [path, target] of Object.entries(facts.relations as Record<string, string>)) {
    if (!NAMED_TYPES.has(target)) continue;
    for (const related of relatedAt(entry, path)) {
      for (const field of NAME_FIELDS) if (text(related[field])) names.add(text(related[field]));
      if (text(related.documentId)) relatedIds.add(text(related.documentId));
    }
  }
  return {
    id: documentKey(type, documentId),
    type,
    documentId,
    locale: (text(entry.locale) || indexLocale || 'it') as LocaleCode,
    slug: text(entry.slug) || null,
    title,
    summary,
    body,
    related: [...names].join(' · '),
    relatedIds: [...relatedIds],
    ...(type === 'notice' ? { inForce: { startsAt: text(entry.startsAt), endsAt: text(entry.endsAt) || null } } : {}),
    ...(isPageless(type) ? { shownOn: shownOn(type, entry) } : {}),
  };
}

/**
 * The populate shape that brings the names of related places, categories and languages, per
 * searchable type (relations inside components by their path), and for a type without pages the
 * slugs of the related entries that have one.
 */
export function namesPopulate(type: SearchableType): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  for (const [path, target] of Object.entries(contentType(type).relations as Record<string, string>)) {
    if (!NAMED_TYPES.has(target)) continue;
    const fields = target === 'language' ? ['name', 'nativeName'] : ['name'];
    const parts = path.split('.');
    let node = shape;
    for (const component of parts.slice(0, -1)) {
      const existing = (node[component] ??= { populate: {} }) as { populate: Record<string, unknown> };
      node = existing.populate;
    }
    node[parts[parts.length - 1]] = { fields };
  }
  // The slugs of the entries whose pages a pageless type's results lead to.
  for (const [path] of pageRelations(type)) shape[path] = { fields: ['slug'] };
  return shape;
}
