/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { entryBase, startFakeStrapi, type FakeEntry, type FakeStrapi } from '@/test/fake-strapi';
import { MAX_QUERY_LENGTH, normalizeQuery, searchContent } from './search';

function titled(id: number, documentId: string, locale: string, slug: string, title: string, summary: string | null): FakeEntry {
  return { ...entryBase(id, documentId, locale), slug, title, summary };
}

const COLLECTIONS = {
  services: [
    titled(1, 'svc-mediation', 'it', 'mediazione-linguistica', 'Mediazione linguistico-culturale', 'Mediatori in ospedale e ai servizi'),
    titled(2, 'svc-mediation', 'en', 'language-mediation', 'Language and cultural mediation', 'Mediators at the hospital'),
  ],
  mediators: [{ ...entryBase(3, 'med-amina', 'it'), slug: 'amina', displayName: 'Amina', bio: 'Mediazione in arabo e in francese' }],
  'school-workshops': [titled(4, 'ws-incontri', 'it', 'incontri-in-classe', 'Incontri in classe', 'Laboratorio di mediazione per le classi terze')],
  events: [titled(5, 'evt-bienno', 'it', 'impariamo-conoscendoci', 'Impariamo conoscendoci', 'Mediazione e cucina a Bienno')],
  pages: [titled(6, 'page-fami', 'it', 'progetto-fami', 'Il progetto FAMI', null), titled(7, 'page-privacy', 'it', 'privacy', 'Privacy', 'Informativa')],
};

let cms: FakeStrapi;
const savedUrl = process.env.CMS_URL;

beforeEach(async () => {
  cms = await startFakeStrapi(structuredClone(COLLECTIONS));
  process.env.CMS_URL = cms.url;
});

afterEach(async () => {
  process.env.CMS_URL = savedUrl;
  await cms.close();
});

describe('normalizeQuery', () => {
  it('trims and collapses white space', () => {
    expect(normalizeQuery('  mediazione \t  culturale\n')).toBe('mediazione culturale');
  });

  it(`caps the query at ${MAX_QUERY_LENGTH} characters`, () => {
    expect(normalizeQuery('x'.repeat(500))).toBe('x'.repeat(MAX_QUERY_LENGTH));
  });

  it('turns anything but a string into an empty query', () => {
    expect(normalizeQuery(null)).toBe('');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(['a', 'b'])).toBe('');
    expect(normalizeQuery(42)).toBe('');
  });
});

describe('searchContent', () => {
  it('searches every type with the CMS full-text filter and links each result to its page', async () => {
    const results = await searchContent('it', '  mediazione ');
    expect(results).toEqual([
      { type: 'service', documentId: 'svc-mediation', title: 'Mediazione linguistico-culturale', summary: 'Mediatori in ospedale e ai servizi', href: '/it/services/mediazione-linguistica' },
      { type: 'mediator', documentId: 'med-amina', title: 'Amina', summary: 'Mediazione in arabo e in francese', href: '/it/mediators' },
      { type: 'workshop', documentId: 'ws-incontri', title: 'Incontri in classe', summary: 'Laboratorio di mediazione per le classi terze', href: '/it/school-workshops/incontri-in-classe' },
      { type: 'event', documentId: 'evt-bienno', title: 'Impariamo conoscendoci', summary: 'Mediazione e cucina a Bienno', href: '/it/events/impariamo-conoscendoci' },
    ]);
    expect(cms.requests.map((received) => received.path).sort()).toEqual(['/api/events', '/api/mediators', '/api/pages', '/api/school-workshops', '/api/services']);
    for (const received of cms.requests) {
      expect(received.query.get('_q')).toBe('mediazione');
      expect(received.query.get('locale')).toBe('it');
    }
  });

  it('searches in the visitor’s language and links to the localized slug', async () => {
    const results = await searchContent('en', 'mediation');
    expect(results).toEqual([expect.objectContaining({ type: 'service', title: 'Language and cultural mediation', href: '/en/services/language-mediation' })]);
  });

  it('keeps entries without a summary', async () => {
    expect(await searchContent('it', 'FAMI')).toEqual([{ type: 'page', documentId: 'page-fami', title: 'Il progetto FAMI', summary: null, href: '/it/pages/progetto-fami' }]);
  });

  it('answers [] to queries shorter than two characters without asking the CMS', async () => {
    expect(await searchContent('it', 'm')).toEqual([]);
    expect(await searchContent('it', '   ')).toEqual([]);
    expect(cms.requests).toHaveLength(0);
  });
});
