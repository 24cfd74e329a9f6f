import fs from 'node:fs';
import path from 'node:path';
import { contentType, LOCALE_CODES, SEARCHABLE_TYPES, type ContentType, type LocaleCode } from '@welfare/types';
import { plainTextToBlocks } from '../../../cms/src/seed/plain-text-to-blocks';
import { searchDocument, type SearchDocument } from './search-document';

/**
 * The demo content (apps/cms/seed/fixtures) as the CMS answers it, for the relevance test and the
 * benchmark: each entry shaped like the REST answer (rich text as blocks, related places,
 * categories and languages with their names in that language), then through `searchDocument`,
 * the function the portal indexes the CMS's answers with. documentId = the Italian slug (the
 * fixtures' key).
 */
export const FIXTURES_DIR = path.join(__dirname, '..', '..', '..', 'cms', 'seed', 'fixtures');

type Json = Record<string, unknown>;
const groupOf = (type: ContentType) => contentType(type).seedGroup;

export function fixtureDocuments(dir = FIXTURES_DIR): Map<LocaleCode, SearchDocument[]> {
  const structure = JSON.parse(fs.readFileSync(path.join(dir, 'entries.json'), 'utf8')) as Record<string, Json[]>;
  const texts = Object.fromEntries(
    LOCALE_CODES.map((locale) => [locale, JSON.parse(fs.readFileSync(path.join(dir, 'text', `${locale}.json`), 'utf8')) as Record<string, Record<string, Json>>]),
  ) as Record<LocaleCode, Record<string, Record<string, Json>>>;

  const named = (target: ContentType, key: string, locale: LocaleCode): Json => {
    const own = structure[groupOf(target)]?.find((entry) => entry.key === key) ?? {};
    const text = texts[locale][groupOf(target)]?.[key] ?? texts.it[groupOf(target)]?.[key] ?? {};
    return { documentId: key, ...own, ...text };
  };
  const resolve = (node: unknown, parts: string[], target: ContentType, locale: LocaleCode): unknown => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, parts, target, locale));
    if (parts.length === 0) return typeof node === 'string' ? named(target, node, locale) : node;
    if (typeof node !== 'object' || node === null) return node;
    const [head, ...rest] = parts;
    return { ...node, [head]: resolve((node as Json)[head], rest, target, locale) };
  };

  const byLocale = new Map<LocaleCode, SearchDocument[]>();
  for (const locale of LOCALE_CODES) {
    const documents: SearchDocument[] = [];
    for (const type of SEARCHABLE_TYPES) {
      const facts = contentType(type);
      for (const own of structure[groupOf(type)] ?? []) {
        const key = String(own.key);
        const text = texts[locale][groupOf(type)]?.[key];
        if (!text) continue; // not translated: the index takes the Italian one
        let entry: Json = { ...own, ...text, documentId: key, locale };
        for (const field of facts.richTextFields) if (typeof entry[field] === 'string') entry[field] = plainTextToBlocks(entry[field] as string);
        for (const [relation, target] of Object.entries(facts.relations as Record<string, ContentType>)) {
          entry = resolve(entry, relation.split('.'), target, locale) as Json;
        }
        const document = searchDocument(type, entry, locale);
        if (document) documents.push(document);
      }
    }
    byLocale.set(locale, documents);
  }
  return byLocale;
}
