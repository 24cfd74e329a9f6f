// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CMS_DIR } from './paths.mjs';

/**
 * The demo content (the CMS's seed fixtures) as the CMS's REST API answers it, without a CMS: each
 * entry with its rich text as blocks and its related places, categories and languages resolved,
 * named in that language. The portal's search tests and the search benchmark index these with the
 * portal's own function. An entry's documentId is its Italian slug (the fixtures' key).
 */
/** @type {typeof import('@welfare/types')} */
const types = createRequire(import.meta.url)('@welfare/types');
const { LOCALE_CODES, SEARCHABLE_TYPES, contentType, plainTextToBlocks } = types;

/** @typedef {import('@welfare/types').ContentType} ContentType */
/** @typedef {import('@welfare/types').SearchableType} SearchableType */
/** @typedef {import('@welfare/types').LocaleCode} LocaleCode */
/** @typedef {Record<string, unknown>} Json */

/** The seed fixtures: `entries.json` (structure) and `text/<locale>.json` (what is translated). */
export const FIXTURES_DIR = path.join(CMS_DIR, 'seed', 'fixtures');

const DAY_MS = 24 * 3600 * 1000;
/**
 * A fixture's relative date (`{ inDays, at }` or `{ daysAgo, at }`, as the seed reads it) as an
 * instant from now: so many days, to the day (the seed's exact Rome time does not matter here: a
 * notice dated from two days ago to twelve days ahead is in force either way). Anything else as is.
 * @param {unknown} value
 */
const relativeDate = (value) => {
  if (typeof value !== 'object' || value === null || !('at' in value)) return value;
  const days = 'inDays' in value ? Number(value.inDays) : 'daysAgo' in value ? -Number(value.daysAgo) : NaN;
  return Number.isFinite(days) ? new Date(Date.now() + days * DAY_MS).toISOString() : value;
};

/** @param {string} file */
const readJson = (file) => /** @type {unknown} */ (JSON.parse(fs.readFileSync(file, 'utf8')));

/** @param {ContentType} type */
const groupOf = (type) => contentType(type).seedGroup;

/**
 * The searchable entries of every locale, each turned into what the caller indexes (entries not
 * translated into a locale are left out there: the index takes the Italian one).
 * @template Document
 * @param {(type: SearchableType, entry: Json, locale: LocaleCode) => Document | null | undefined} toDocument
 * @param {string} [dir]
 * @returns {Map<LocaleCode, Document[]>}
 */
export function demoDocuments(toDocument, dir = FIXTURES_DIR) {
  const structure = /** @type {Record<string, Json[]>} */ (readJson(path.join(dir, 'entries.json')));
  /** @type {Map<LocaleCode, Record<string, Record<string, Json>>>} */
  const texts = new Map(
    LOCALE_CODES.map((locale) => [
      locale,
      /** @type {Record<string, Record<string, Json>>} */ (readJson(path.join(dir, 'text', `${locale}.json`))),
    ]),
  );
  /** @param {LocaleCode} locale */
  const textsOf = (locale) => texts.get(locale) ?? {};

  /** @param {ContentType} target @param {string} key @param {LocaleCode} locale @returns {Json} */
  const named = (target, key, locale) => {
    const own = structure[groupOf(target)]?.find((entry) => entry.key === key) ?? {};
    const text = textsOf(locale)[groupOf(target)]?.[key] ?? textsOf('it')[groupOf(target)]?.[key] ?? {};
    return { documentId: key, ...own, ...text };
  };
  /** @param {unknown} node @param {string[]} parts @param {ContentType} target @param {LocaleCode} locale @returns {unknown} */
  const resolve = (node, parts, target, locale) => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, parts, target, locale));
    if (parts.length === 0) return typeof node === 'string' ? named(target, node, locale) : node;
    if (typeof node !== 'object' || node === null) return node;
    const [head, ...rest] = parts;
    return { ...node, [head]: resolve(/** @type {Json} */ (node)[head], rest, target, locale) };
  };

  /** @type {Map<LocaleCode, Document[]>} */
  const byLocale = new Map();
  for (const locale of LOCALE_CODES) {
    /** @type {Document[]} */
    const documents = [];
    for (const type of SEARCHABLE_TYPES) {
      const facts = contentType(type);
      for (const own of structure[groupOf(type)] ?? []) {
        const key = String(own.key);
        const text = textsOf(locale)[groupOf(type)]?.[key];
        if (!text) continue;
        /** @type {Json} */
        let entry = { ...own, ...text, documentId: key, locale };
        for (const [field, value] of Object.entries(entry)) entry[field] = relativeDate(value);
        for (const field of facts.richTextFields) {
          const value = entry[field];
          if (typeof value === 'string') entry[field] = plainTextToBlocks(value);
        }
        for (const [relation, target] of Object.entries(/** @type {Record<string, ContentType>} */ (facts.relations))) {
          entry = /** @type {Json} */ (resolve(entry, relation.split('.'), target, locale));
        }
        const document = toDocument(type, entry, locale);
        if (document) documents.push(document);
      }
    }
    byLocale.set(locale, documents);
  }
  return byLocale;
}
