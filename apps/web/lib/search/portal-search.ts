import 'server-only';
import {
  DEFAULT_LOCALE,
  directionOf,
  hasEntryPages,
  LIST_PAGE_TYPES,
  SEARCHABLE_TYPES,
  type ListPageType,
  type ChangeNotice,
  type LocaleCode,
  type SearchableType,
} from '@welfare/types';
import { cmsRevalidateSeconds } from '../cms/client';
import { registerSearchIndex } from '../observability';
import { routes } from '../routes';
import { broadcastChange, listenForChanges } from './change-broadcast';
import { readAll, readOne } from './cms-source';
import { normalizeQuery, type SearchAnswer, type SearchHit } from './search-index';
import type { MarkedText } from './snippet';
import { SearchStore } from './search-store';

/**
 * The portal's search: one store of indexes per server process (kept on globalThis, so the pages
 * and the route handlers share it), fed by the CMS at first use and by its change notices after.
 * A query reads memory only, never the CMS.
 */
const STORE = Symbol.for('welfare.search.store');
type WithStore = typeof globalThis & { [STORE]?: SearchStore };

function store(): SearchStore {
  const global = globalThis as WithStore;
  if (!global[STORE]) {
    const created = new SearchStore({ readAll, readOne }, cmsRevalidateSeconds() * 1000);
    global[STORE] = created;
    registerSearchIndex(() => created.stats());
    listenForChanges((notice) => {
      created
        .apply(notice)
        .catch((error) =>
          console.error(`search: could not apply a change from another instance: ${error instanceof Error ? error.message : error}`),
        );
    });
  }
  return global[STORE];
}

/** From the revalidation endpoint: this instance's index and, over Redis, every other one's. */
export async function applySearchChange(notice: ChangeNotice): Promise<void> {
  await Promise.all([
    broadcastChange(notice),
    store()
      .apply(notice)
      .catch((error) =>
        console.error(`search: could not re-read ${notice.type} ${notice.documentId}: ${error instanceof Error ? error.message : error}`),
      ),
  ]);
}

/** `lang` and `dir` of a language, for the browser (which does not load the locale registry). */
export interface LanguageTag {
  lang: LocaleCode;
  dir: 'ltr' | 'rtl';
}

export interface PortalSearchResult {
  key: string;
  type: SearchableType;
  href: string;
  /** The language of the text when it is not the page's (an untranslated entry, in Italian). */
  lang: LocaleCode | null;
  dir: 'ltr' | 'rtl' | null;
  title: MarkedText;
  snippet: MarkedText;
}

export interface PortalSearchAnswer extends Omit<SearchAnswer, 'hits'> {
  /** The page's language. `counts` lists every searchable type, in the registry's order. */
  language: LanguageTag;
  results: PortalSearchResult[];
  /** When this language has no result: the Italian index's, to read in Italian. */
  italian: PortalSearchResult[];
}

const isListPageType = (type: SearchableType): type is SearchableType & ListPageType =>
  (LIST_PAGE_TYPES as readonly string[]).includes(type);

export const isSearchableType = (value: unknown): value is SearchableType =>
  typeof value === 'string' && (SEARCHABLE_TYPES as readonly string[]).includes(value);

function hrefOf(hit: SearchHit, locale: LocaleCode): string {
  const { type, slug, shownOn } = hit.document;
  if (hasEntryPages(type) && slug) return routes.entry(type, locale, slug);
  // A notice: the page it concerns (its Italian slug leads there too), else the home, where every notice in force shows.
  if (shownOn !== undefined) return shownOn ? routes.entry(shownOn.type, locale, shownOn.slug) : routes.home(locale);
  // Mediators have no page of their own: the mediators page lists them.
  return isListPageType(type) ? routes.list(type, locale) : routes.search(locale);
}

const toResult =
  (locale: LocaleCode) =>
  (hit: SearchHit): PortalSearchResult => {
    const foreign = hit.document.locale !== locale ? hit.document.locale : null;
    return {
      key: hit.document.id,
      type: hit.document.type,
      href: hrefOf(hit, locale),
      lang: foreign,
      dir: foreign ? directionOf(foreign) : null,
      title: hit.title,
      snippet: hit.snippet,
    };
  };

export function emptyAnswer(locale: LocaleCode, query: string, type: SearchableType | null): PortalSearchAnswer {
  const counts = Object.fromEntries(SEARCHABLE_TYPES.map((name) => [name, 0])) as Record<SearchableType, number>;
  return {
    query,
    type,
    counts,
    total: 0,
    page: 1,
    pageCount: 1,
    language: { lang: locale, dir: directionOf(locale) },
    results: [],
    italian: [],
  };
}

/** The query, filter and page as read from a URL's parameters (anything else is ignored). */
export function searchRequest(params: { q?: unknown; type?: unknown; page?: unknown }) {
  const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
  const page = Number.parseInt(String(first(params.page) ?? '1'), 10);
  const type = first(params.type);
  return {
    query: normalizeQuery(first(params.q)),
    type: isSearchableType(type) ? type : null,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export async function searchPortal(
  locale: LocaleCode,
  query: string,
  type: SearchableType | null = null,
  page = 1,
): Promise<PortalSearchAnswer> {
  if (normalizeQuery(query).length < 2) return emptyAnswer(locale, normalizeQuery(query), type);
  const index = await store().index(locale);
  const answer = index.search(query, { type, page });
  const { hits, ...rest } = answer;
  let italian: PortalSearchResult[] = [];
  if (answer.total === 0 && locale !== DEFAULT_LOCALE) {
    // Nothing in this language: what the Italian text holds, linked to this language's pages.
    italian = (await store().index(DEFAULT_LOCALE))
      .search(query, { type, pageSize: 5 })
      .hits.map((hit) => ({ ...toResult(locale)(hit), lang: DEFAULT_LOCALE, dir: directionOf(DEFAULT_LOCALE) }));
  }
  return { ...rest, language: { lang: locale, dir: directionOf(locale) }, results: hits.map(toResult(locale)), italian };
}
