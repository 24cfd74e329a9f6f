import MiniSearch, { type Query, type QueryCombination, type SearchResult as MiniSearchResult } from 'minisearch';
import { isNoticeInForce, SEARCHABLE_TYPES, type LocaleCode, type SearchableType } from '@welfare/types';
import { foldText, words } from './fold-text';
import { stemmerFor } from './stemmers';
import type { SearchDocument } from './search-document';
import { snippetOf, type MarkedText } from './snippet';
import { adjacentKeySubstitutions, transpositions } from './typo-variants';

/**
 * The search index of one language (MiniSearch): every searchable entry in that language, and the
 * Italian text of the entries not translated into it. In memory, updated entry by entry.
 */

/** Title > summary > names of places, categories, languages > the rest of the text. */
const BOOST = { title: 6, summary: 3, related: 2, body: 1 };
/** Exact matches before prefix matches before typo-tolerant ones. */
const WEIGHTS = { prefix: 0.5, fuzzy: 0.3 };
export const MAX_QUERY_LENGTH = 100;
const MAX_QUERY_WORDS = 10;
/**
 * The last word is matched as a prefix from 3 letters: two letters ("me", Arabic's article "ال")
 * begin most words of the index, a cost for nothing a reader could use.
 */
const MIN_PREFIX = 3;
/** A query never costs more than this many results to rank (the rest are too weak to matter). */
const MAX_RESULTS = 500;
export const PAGE_SIZE = 10;
/** Distinct words whose terms are remembered per language (a few MiB at most). */
const TERM_CACHE_SIZE = 50_000;
export const MAX_PAGE = 50;

/** Typos forgiven by the length of the typed word: one from 5 letters, two from 9. */
export function editsAllowed(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}
/** A letter swapped for a key next to it is a closer slip than any other: forgiven from 4 letters. */
const MIN_ADJACENT_KEY = 4;
/**
 * What a word found through a phone typo (swapped neighbours, a key next to the right one) weighs
 * against the word as typed (1): like one edit of MiniSearch's fuzzy matching, so exact matches
 * stay first.
 */
const TYPO_WEIGHT = 0.3;

/** The query as the search reads it: trimmed, one space between words, at most 100 characters. */
export function normalizeQuery(raw: unknown): string {
  return typeof raw === 'string' ? Array.from(raw.trim().replace(/\s+/g, ' ')).slice(0, MAX_QUERY_LENGTH).join('').trim() : '';
}

export interface SearchHit {
  document: SearchDocument;
  score: number;
  title: MarkedText;
  snippet: MarkedText;
}

export interface SearchAnswer {
  query: string;
  type: SearchableType | null;
  /** Results of every type (before the type filter), per type. */
  counts: Record<SearchableType, number>;
  /** Results of the chosen type (or of every type). */
  total: number;
  page: number;
  pageCount: number;
  hits: SearchHit[];
}

export interface SearchOptions {
  type?: SearchableType | null;
  page?: number;
  pageSize?: number;
  /** The moment of the query: an entry shown only for a time (a notice) is found only while in force. */
  now?: Date;
}

const emptyCounts = () => Object.fromEntries(SEARCHABLE_TYPES.map((type) => [type, 0])) as Record<SearchableType, number>;

export class SearchIndex {
  readonly locale: LocaleCode;
  private readonly documents = new Map<string, SearchDocument>();
  private readonly mini: MiniSearch<SearchDocument>;
  private readonly stem: (word: string) => string;
  private readonly termCache = new Map<string, string[]>();

  constructor(locale: LocaleCode) {
    this.locale = locale;
    this.stem = stemmerFor(locale);
    this.mini = new MiniSearch<SearchDocument>({
      idField: 'id',
      fields: ['title', 'summary', 'body', 'related'],
      tokenize: (value) => words(value),
      // Each word is indexed folded (for prefix and typo matching) and as its folded stem.
      processTerm: (word) => this.indexTerms(word),
    });
  }

  /** The terms a word of the text is indexed under (memoized: words repeat, stemming costs). */
  indexTerms(word: string): string[] {
    const known = this.termCache.get(word);
    if (known) return known;
    const folded = foldText(word);
    const stem = folded ? this.queryTerm(word) : '';
    const terms = !folded ? [] : stem && stem !== folded ? [folded, stem] : [folded];
    if (this.termCache.size >= TERM_CACHE_SIZE) this.termCache.clear();
    this.termCache.set(word, terms);
    return terms;
  }

  /**
   * The term a typed word is looked up by: its stem in the index's language. Folded before
   * stemming, so the word typed without its diacritics or with another letter variant (ه for ة)
   * meets the stemmer as the text's word did.
   */
  queryTerm(word: string): string {
    const folded = foldText(word);
    return folded ? this.stem(folded) || folded : '';
  }

  get size(): number {
    return this.documents.size;
  }

  has(id: string): boolean {
    return this.documents.has(id);
  }

  get(id: string): SearchDocument | undefined {
    return this.documents.get(id);
  }

  all(): IterableIterator<SearchDocument> {
    return this.documents.values();
  }

  /** Adds or replaces one entry. */
  upsert(document: SearchDocument): void {
    if (this.documents.has(document.id)) this.mini.discard(document.id);
    this.documents.set(document.id, document);
    this.mini.add(document);
  }

  remove(id: string): void {
    if (!this.documents.delete(id)) return;
    this.mini.discard(id);
  }

  /**
   * Whether an entry is found at `now`: a notice only while in force. Checked at each query, as the
   * index is fed by changes and a notice's start or end is none.
   */
  private findable(id: string | number, now: Date): boolean {
    const period = this.documents.get(String(id))?.inForce;
    return !period || isNoticeInForce(period, now);
  }

  private rank(query: string, now: Date): { results: MiniSearchResult[] } {
    const typed = words(query)
      .filter((word) => foldText(word).length >= 2 || /\p{N}/u.test(word))
      .slice(0, MAX_QUERY_WORDS);
    if (typed.length === 0) return { results: [] };
    // Per typed word: its stem (typo-tolerant by the word's length, a prefix if it is the last
    // word), or the word itself exactly as typed, folded, which adds to the score: exact first.
    const perWord = typed.map((word, index): Query => {
      const folded = foldText(word);
      const stem = this.queryTerm(word) || folded;
      const last = index === typed.length - 1;
      const byStem: Query = { queries: [stem], prefix: last && folded.length >= MIN_PREFIX, fuzzy: editsAllowed(folded.length) };
      const alternatives: Query[] = [byStem];
      // The word as typed, folded: its exact match adds to the stem's; its typos are forgiven too
      // (a stemmer cuts a misspelt word elsewhere than the right one).
      if (stem !== folded) alternatives.push({ queries: [folded], prefix: false, fuzzy: editsAllowed(folded.length) });
      alternatives.push(...this.typoQueries(folded, last));
      return alternatives.length === 1 ? byStem : { combineWith: 'OR', queries: alternatives };
    });
    const options = {
      // The terms are processed above; the index must not process them again.
      tokenize: (value: string) => [value],
      processTerm: (term: string) => term,
      boost: BOOST,
      weights: WEIGHTS,
      maxFuzzy: 2,
      filter: (result: MiniSearchResult) => this.findable(result.id, now),
    };
    // Every word must match (in any order); when no entry has them all, the entries with some.
    let results = this.mini.search({ combineWith: 'AND', queries: perWord }, options);
    if (results.length === 0 && perWord.length > 1) results = this.mini.search({ combineWith: 'OR', queries: perWord }, options);
    return { results: results.slice(0, MAX_RESULTS) };
  }

  /**
   * The typed word's phone typos undone (typo-variants.ts): each swap of neighbouring letters, one
   * edit as Damerau counts it (in a long word, one more edit is forgiven on top), and each letter
   * replaced by a key next to it. Looked up in the index's terms, weighed as a one-edit match.
   */
  private typoQueries(folded: string, last: boolean): QueryCombination[] {
    const length = Array.from(folded).length;
    const edits = editsAllowed(length);
    const prefix = last && length >= MIN_PREFIX;
    const boostTerm = () => TYPO_WEIGHT;
    const queries: QueryCombination[] = [];
    if (edits >= 1) queries.push({ queries: transpositions(folded), fuzzy: edits - 1, prefix, boostTerm });
    // Exact terms only: a prefix of each of the dozens of spellings would cost more than it finds.
    if (length >= MIN_ADJACENT_KEY) queries.push({ queries: adjacentKeySubstitutions(folded), fuzzy: false, prefix: false, boostTerm });
    return queries.filter((query) => query.queries.length > 0);
  }

  search(rawQuery: string, options: SearchOptions = {}): SearchAnswer {
    const query = normalizeQuery(rawQuery);
    const type = options.type ?? null;
    const pageSize = Math.max(1, Math.min(options.pageSize ?? PAGE_SIZE, 50));
    const counts = emptyCounts();
    const { results } = this.rank(query, options.now ?? new Date());
    const chosen: MiniSearchResult[] = [];
    for (const result of results) {
      const document = this.documents.get(String(result.id));
      if (!document) continue;
      counts[document.type] += 1;
      if (!type || document.type === type) chosen.push(result);
    }
    const pageCount = Math.max(1, Math.ceil(chosen.length / pageSize));
    const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount, MAX_PAGE);
    const hits = chosen.slice((page - 1) * pageSize, page * pageSize).map((result): SearchHit => {
      const document = this.documents.get(String(result.id)) as SearchDocument;
      const matched = new Set(result.terms);
      const isMatch = (word: string) => this.indexTerms(word).some((term) => matched.has(term));
      return {
        document,
        score: result.score,
        title: snippetOf(document.title, isMatch, Infinity),
        snippet: bestSnippet(document, isMatch),
      };
    });
    return { query, type, counts, total: chosen.length, page, pageCount, hits };
  }

  /** The documentIds of the results, best first (for the relevance tests and the benchmark). */
  ids(query: string, limit = 5, now = new Date()): string[] {
    return this.rank(normalizeQuery(query), now)
      .results.slice(0, limit)
      .map((result) => this.documents.get(String(result.id))?.documentId ?? '');
  }
}

const SNIPPET_LENGTH = 180;

/** The summary when a matched word is in it (or nothing else is), else the body around the first match. */
function bestSnippet(document: SearchDocument, isMatch: (word: string) => boolean): MarkedText {
  const summary = snippetOf(document.summary, isMatch, SNIPPET_LENGTH);
  if (summary.some((part) => part.mark)) return summary;
  for (const text of [document.body, document.related]) {
    const snippet = snippetOf(text, isMatch, SNIPPET_LENGTH);
    if (snippet.some((part) => part.mark)) return snippet;
  }
  return summary.length ? summary : snippetOf(document.body, isMatch, SNIPPET_LENGTH);
}

/**
 * The index of one language from its own entries and the Italian ones: an entry without a
 * translation is indexed in Italian (its `locale` says so) and found in this language's search.
 */
export function buildSearchIndex(locale: LocaleCode, own: Iterable<SearchDocument>, italian: Iterable<SearchDocument>): SearchIndex {
  const index = new SearchIndex(locale);
  for (const document of own) index.upsert(document);
  if (locale !== 'it') for (const document of italian) if (!index.has(document.id)) index.upsert(document);
  return index;
}
