import { LOCALE_CODES, SEARCHABLE_TYPES, type ChangeNotice, type LocaleCode, type SearchableType } from '@welfare/types';
import { fixtureDocuments } from '@/test/fixture-documents';
import type { SearchDocument } from './search-document';
import { SearchStore, type DocumentSource } from './search-store';

/**
 * The store over the demo content, with a source that counts its reads: a change notice re-reads
 * only the changed entry, in the changed languages, and the index shows it at once.
 */
class CountingSource implements DocumentSource {
  readonly content = fixtureDocuments();
  listReads = 0;
  entryReads: string[] = [];

  async readAll(type: SearchableType, locale: LocaleCode) {
    this.listReads += 1;
    return (this.content.get(locale) ?? []).filter((document) => document.type === type);
  }

  async readOne(type: SearchableType, documentId: string, locale: LocaleCode) {
    this.entryReads.push(`${type}:${documentId}:${locale}`);
    return (this.content.get(locale) ?? []).find((document) => document.type === type && document.documentId === documentId) ?? null;
  }

  edit(locale: LocaleCode, documentId: string, change: Partial<SearchDocument> | null) {
    const documents = this.content.get(locale) ?? [];
    const at = documents.findIndex((document) => document.documentId === documentId);
    if (change === null) documents.splice(at, 1);
    else documents[at] = { ...documents[at], ...change };
  }
}

const notice = (
  type: ChangeNotice['type'],
  documentId: string,
  locales: LocaleCode[],
  shownBy: ChangeNotice['shownBy'] = [],
): ChangeNotice => ({
  event: 'update',
  type,
  documentId,
  locales,
  published: { before: [], after: [] },
  shownBy,
});

/** One paged list per type and language. */
const LISTS = LOCALE_CODES.length * SEARCHABLE_TYPES.length;

let source: CountingSource;
let store: SearchStore;

beforeEach(async () => {
  source = new CountingSource();
  store = new SearchStore(source, 300_000);
  await store.index('it');
});

test('the first use builds every language from paged lists; queries read nothing more', async () => {
  expect(source.listReads).toBe(LISTS);
  expect(store.stats().documents).toBeGreaterThan(8 * 20);
  (await store.index('ar')).search('الوساطة');
  (await store.index('uk')).search('медіація');
  expect(source.listReads).toBe(LISTS);
  expect(source.entryReads).toEqual([]);
});

test('a published change is searchable at once, from one read of that entry', async () => {
  source.edit('en', 'sportello-informativo-stranieri', { title: 'Welcome desk, Zanzibar room' });
  await store.apply(notice('service', 'sportello-informativo-stranieri', ['en']));
  expect(source.entryReads).toEqual(['service:sportello-informativo-stranieri:en']);
  expect(source.listReads).toBe(LISTS);
  expect((await store.index('en')).ids('zanzibar')).toEqual(['sportello-informativo-stranieri']);
  expect((await store.index('it')).ids('zanzibar')).toEqual([]);
});

test('an unpublished translation leaves the Italian text in its place, marked as Italian', async () => {
  source.edit('fr', 'culture-in-dialogo', null);
  await store.apply(notice('school-workshop', 'culture-in-dialogo', ['fr']));
  const [hit] = (await store.index('fr')).search('Culture in dialogo').hits;
  expect(hit.document).toMatchObject({ documentId: 'culture-in-dialogo', locale: 'it' });
});

test('a change to an Italian entry reaches the languages that show it in Italian, not the translated ones', async () => {
  // "Storie di migrazione" is not translated into Urdu, Albanian and Ukrainian (see the fixtures).
  source.edit('it', 'storie-di-migrazione', { title: 'Storie di migrazione: Zanzibar e Valle Camonica' });
  await store.apply(notice('school-workshop', 'storie-di-migrazione', ['it']));
  expect((await store.index('ur')).ids('zanzibar')).toEqual(['storie-di-migrazione']);
  expect((await store.index('sq')).ids('zanzibar')).toEqual(['storie-di-migrazione']);
  expect((await store.index('en')).ids('zanzibar')).toEqual([]);
});

test('a renamed place re-reads the entries that show its name', async () => {
  const renamed = (document: SearchDocument) => ({ related: document.related.replace('Esine', 'Vallecamonica-Esine Nord') });
  for (const document of source.content.get('it') ?? [])
    if (document.relatedIds.includes('ospedale-di-esine')) Object.assign(document, renamed(document));
  await store.apply(notice('place', 'ospedale-di-esine', ['it'], [{ type: 'mediator', documentId: 'amina', locale: 'it', slug: 'amina' }]));
  expect(source.entryReads).toContain('mediator:amina:it');
  expect(source.entryReads.length).toBeLessThan(20);
  expect((await store.index('it')).ids('nord')).toEqual(expect.arrayContaining(['amina', 'mediazione-linguistico-culturale']));
});

test('notices during a rebuild are applied again after it', async () => {
  const rebuilding = store.rebuild();
  source.edit('it', 'privacy', { title: 'Informativa sulla riservatezza' });
  await store.apply(notice('page', 'privacy', ['it']));
  await rebuilding;
  expect((await store.index('it')).ids('riservatezza')).toEqual(['privacy']);
});

test('the whole index is rebuilt in the background when older than the floor', async () => {
  let now = 0;
  const aging = new SearchStore(source, 1000, () => now);
  await aging.index('it');
  source.edit('it', 'privacy', { title: 'Informativa sulla riservatezza' });
  now = 5000;
  await aging.index('it'); // answers at once from the old index, and starts the rebuild
  await aging.rebuild();
  expect((await aging.index('it')).ids('riservatezza')).toEqual(['privacy']);
});

test('its version moves on every build and every notice, indexed type or not, so rendered answers go stale', async () => {
  const versions = [store.stats().version];
  await store.apply(notice('service', 'sportello-informativo-stranieri', ['en']));
  versions.push(store.stats().version);
  // The information desk's contacts, shown with "no result", are in the settings, not in the index.
  await store.apply(notice('global', 'global', ['it']));
  versions.push(store.stats().version);
  await store.rebuild();
  versions.push(store.stats().version);
  expect(new Set(versions).size).toBe(versions.length);
});
