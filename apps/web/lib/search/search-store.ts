import { LOCALE_CODES, SEARCHABLE_TYPES, type ChangeNotice, type LocaleCode, type SearchableType } from '@welfare/types';
import { buildSearchIndex, type SearchIndex } from './search-index';
import { documentKey, type SearchDocument } from './search-document';

/** Where the store reads entries from: the CMS in the portal (cms-source.ts), fixtures in tests. */
export interface DocumentSource {
  readAll(type: SearchableType, locale: LocaleCode): Promise<SearchDocument[]>;
  readOne(type: SearchableType, documentId: string, locale: LocaleCode): Promise<SearchDocument | null>;
}

export interface StoreStats {
  documents: number;
  builtAt: number | null;
  buildMs: number | null;
  updates: number;
  /**
   * Changes whenever what a query can find may have changed (a build, a change notice applied):
   * answers rendered at one version are stale at the next (server/search-results-cache.mjs).
   */
  version: number;
}

interface State {
  indexes: Map<LocaleCode, SearchIndex>;
  /** The keys of the entries translated into each language (the others are shown in Italian). */
  own: Map<LocaleCode, Set<string>>;
  italian: Map<string, SearchDocument>;
}

/** Related entries re-read one by one after a change; beyond, the whole index is rebuilt. */
const MAX_ENTRY_REFRESHES = 200;
const isSearchable = (type: string): type is SearchableType => (SEARCHABLE_TYPES as readonly string[]).includes(type);

/**
 * The indexes of every language, built once from the source, then kept current entry by entry
 * from the CMS's change notices (a changed entry is re-read in the changed languages, nothing
 * else), and rebuilt whole at most every `maxAgeMs` as a floor, in the background, should a notice
 * have been lost. Queries never wait for the source once the first build is done.
 */
export class SearchStore {
  private state: State | null = null;
  private building: Promise<void> | null = null;
  private pending: ChangeNotice[] = [];
  private builtAt: number | null = null;
  private buildMs: number | null = null;
  private updates = 0;
  private version = 0;

  constructor(
    private readonly source: DocumentSource,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The index of a language: built on first use, and refreshed in the background when old. */
  async index(locale: LocaleCode): Promise<SearchIndex> {
    if (!this.state) await this.rebuild();
    else if (this.builtAt !== null && this.now() - this.builtAt > this.maxAgeMs && !this.building) {
      this.rebuild().catch((error) =>
        console.error(`search: background rebuild failed: ${error instanceof Error ? error.message : error}`),
      );
    }
    return (this.state as State).indexes.get(locale) as SearchIndex;
  }

  get isBuilt(): boolean {
    return this.state !== null;
  }

  stats(): StoreStats {
    let documents = 0;
    for (const index of this.state?.indexes.values() ?? []) documents += index.size;
    return { documents, builtAt: this.builtAt, buildMs: this.buildMs, updates: this.updates, version: this.version };
  }

  /** Reads everything and swaps the new indexes in at once; one build at a time. */
  rebuild(): Promise<void> {
    this.building ??= this.build().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async build(): Promise<void> {
    const started = this.now();
    const byLocale = new Map<LocaleCode, SearchDocument[]>();
    // One language at a time, its types side by side: a bounded burst on the CMS.
    for (const locale of LOCALE_CODES) {
      const groups = await Promise.all(SEARCHABLE_TYPES.map((type) => this.source.readAll(type, locale)));
      byLocale.set(locale, groups.flat());
    }
    const italian = byLocale.get('it') ?? [];
    const state: State = {
      indexes: new Map(LOCALE_CODES.map((locale) => [locale, buildSearchIndex(locale, byLocale.get(locale) ?? [], italian)])),
      own: new Map(LOCALE_CODES.map((locale) => [locale, new Set((byLocale.get(locale) ?? []).map((document) => document.id))])),
      italian: new Map(italian.map((document) => [document.id, document])),
    };
    // Notices that arrived while reading may describe changes the reads missed: apply them again.
    const missed = this.pending;
    this.pending = [];
    this.state = state;
    this.builtAt = this.now();
    this.buildMs = this.builtAt - started;
    this.version += 1;
    for (const notice of missed) await this.apply(notice);
  }

  /** A change notice of the CMS: re-reads the changed entry, or the entries showing it. */
  async apply(notice: ChangeNotice): Promise<void> {
    try {
      await this.applyToIndexes(notice);
    } finally {
      // Any notice, even of a type not indexed (the information desk's contacts shown with no result).
      this.version += 1;
    }
  }

  private async applyToIndexes(notice: ChangeNotice): Promise<void> {
    if (this.building) this.pending.push(notice);
    if (!this.state) return; // nothing built yet: the first build reads it
    const targets = new Map<string, { type: SearchableType; documentId: string; locales: Set<LocaleCode> }>();
    const add = (type: SearchableType, documentId: string, locales: Iterable<LocaleCode>) => {
      const key = documentKey(type, documentId);
      const target = targets.get(key) ?? { type, documentId, locales: new Set<LocaleCode>() };
      for (const locale of locales) target.locales.add(locale);
      targets.set(key, target);
    };
    if (isSearchable(notice.type)) add(notice.type, notice.documentId, notice.locales);
    else {
      // A place, category or language renamed: the entries that show its name.
      for (const shown of notice.shownBy) if (isSearchable(shown.type)) add(shown.type, shown.documentId, [shown.locale]);
      // Also those the notice cannot list: shown in Italian in another language's index.
      for (const locale of notice.locales) {
        for (const document of this.state.indexes.get(locale)?.all() ?? []) {
          if (document.relatedIds.includes(notice.documentId)) add(document.type, document.documentId, [document.locale]);
        }
      }
    }
    const refreshes = [...targets.values()].reduce((sum, target) => sum + target.locales.size, 0);
    if (refreshes > MAX_ENTRY_REFRESHES) {
      console.info(`search: ${notice.type} ${notice.documentId} shows in ${refreshes} entries: rebuilding the index`);
      await this.rebuild();
      return;
    }
    for (const target of targets.values()) {
      for (const locale of target.locales) await this.refresh(target.type, target.documentId, locale);
    }
  }

  /** Re-reads one entry in one language and puts it where it shows: that language, or every language showing its Italian text. */
  private async refresh(type: SearchableType, documentId: string, locale: LocaleCode): Promise<void> {
    const document = await this.source.readOne(type, documentId, locale);
    const state = this.state as State;
    const key = documentKey(type, documentId);
    this.updates += 1;
    if (locale === 'it') {
      if (document) state.italian.set(key, document);
      else state.italian.delete(key);
      for (const [other, index] of state.indexes) {
        if (other !== 'it' && state.own.get(other)?.has(key)) continue;
        if (document) index.upsert(document);
        else index.remove(key);
      }
      return;
    }
    const index = state.indexes.get(locale);
    if (!index) return;
    const own = state.own.get(locale) as Set<string>;
    if (document) {
      own.add(key);
      index.upsert(document);
    } else {
      own.delete(key);
      const italian = state.italian.get(key);
      if (italian) index.upsert(italian);
      else index.remove(key);
    }
  }
}
