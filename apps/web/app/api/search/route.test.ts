/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { NextRequest } from 'next/server';
import { entryBase, startFakeStrapi, unreachableUrl, type FakeStrapi } from '@/test/fake-strapi';
import { GET } from './route';

const SERVICES = [
  {
    ...entryBase(1, 'svc-mediation', 'it'),
    slug: 'mediazione-linguistica',
    title: 'Mediazione linguistico-culturale',
    summary: 'Mediatori in ospedale',
  },
  { ...entryBase(2, 'svc-mediation', 'ar'), slug: 'wasata-lughawiya', title: 'الوساطة اللغوية والثقافية', summary: 'وسطاء في المستشفى' },
  {
    ...entryBase(3, 'svc-desk', 'it'),
    slug: 'sportello',
    title: 'Sportello informativo per stranieri',
    summary: 'Informazioni e orientamento',
  },
];

const HOUR = 3_600_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();
const NOTICES = [
  {
    ...entryBase(10, 'notice-strike', 'it'),
    title: 'Sciopero del personale',
    summary: 'Martedì il servizio resta chiuso.',
    severity: 'urgent',
    startsAt: at(-HOUR),
    endsAt: at(HOUR),
    services: [{ documentId: 'svc-desk', slug: 'sportello' }],
    places: [],
    events: [],
  },
  {
    ...entryBase(11, 'notice-heat', 'it'),
    title: 'Caldo: uffici chiusi il pomeriggio',
    summary: 'Per il caldo gli uffici chiudono alle 13.',
    severity: 'info',
    startsAt: at(-HOUR),
    endsAt: null,
    wholeSite: true,
    services: [],
    places: [],
    events: [],
  },
  {
    ...entryBase(12, 'notice-later', 'it'),
    title: 'Sciopero di dicembre',
    summary: 'Un altro giorno chiuso.',
    severity: 'warning',
    startsAt: at(24 * HOUR),
    endsAt: at(48 * HOUR),
    wholeSite: true,
    services: [],
    places: [],
    events: [],
  },
];

let cms: FakeStrapi;
const savedUrl = process.env.CMS_URL;
const STORE = Symbol.for('welfare.search.store');

beforeEach(async () => {
  cms = await startFakeStrapi({
    services: structuredClone(SERVICES),
    mediators: [],
    'school-workshops': [],
    events: [],
    pages: [],
    notices: structuredClone(NOTICES),
  });
  process.env.CMS_URL = cms.url;
  // Each test starts with no index, as a portal just started.
  delete (globalThis as Record<symbol, unknown>)[STORE];
});

afterEach(async () => {
  process.env.CMS_URL = savedUrl;
  await cms.close();
});

const search = (query: string) => GET(new NextRequest(`http://localhost:3000/api/search${query}`));
const text = (parts: Array<{ text: string }>) => parts.map((part) => part.text).join('');

describe('GET /api/search', () => {
  it.each([['?q=mediazione'], ['?locale=de&q=mediazione'], ['?locale=&q=mediazione']])(
    'answers 400 with a JSON error for the locale in %s',
    async (query) => {
      const response = await search(query);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toEqual({ error: expect.stringContaining('locale') });
      expect(cms.requests).toHaveLength(0);
    },
  );

  it('answers from the index in the language asked, letter variants folded, words marked', async () => {
    const response = await search(`?locale=ar&q=${encodeURIComponent('  الوساطه  ')}`);
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer).toMatchObject({ query: 'الوساطه', total: 1, counts: { service: 1, mediator: 0 }, language: { lang: 'ar', dir: 'rtl' } });
    expect(answer.results[0]).toMatchObject({ type: 'service', href: '/ar/services/wasata-lughawiya', lang: null });
    expect(text(answer.results[0].title)).toBe('الوساطة اللغوية والثقافية');
    expect(answer.results[0].title[0]).toEqual({ text: 'الوساطة', mark: true });
    expect(response.headers.get('cache-control')).toBe('private, max-age=10');
  });

  it('asks the CMS nothing per query once the index is built', async () => {
    await search('?locale=it&q=mediazione');
    const built = cms.requests.length;
    expect(built).toBeGreaterThan(0);
    for (const query of ['sportello', 'mediazone', 'stranieri informativo', 'ospedale'])
      expect((await (await search(`?locale=it&q=${query}`)).json()).total).toBe(1);
    expect(cms.requests).toHaveLength(built);
  });

  it('shows an untranslated entry in Italian, marked as such', async () => {
    const answer = await (await search('?locale=ar&q=sportello')).json();
    expect(answer.results).toEqual([expect.objectContaining({ href: '/ar/services/sportello', lang: 'it', dir: 'ltr' })]);
  });

  it('finds a notice in force, in Italian in another language, leading to the page it concerns or the home', async () => {
    const strike = await (await search('?locale=it&q=sciopero')).json();
    // The strike of December is not in force yet: not a result.
    expect(strike).toMatchObject({ total: 1, counts: { notice: 1 } });
    expect(strike.results[0]).toMatchObject({ type: 'notice', href: '/it/services/sportello', lang: null });
    const closed = await (await search('?locale=ar&q=caldo')).json();
    expect(closed.results).toEqual([expect.objectContaining({ type: 'notice', href: '/ar', lang: 'it', dir: 'ltr' })]);
  });

  it('answers 200 with no results to a one-letter query, without building anything', async () => {
    const response = await search('?locale=it&q=m');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ query: 'm', total: 0, results: [] });
    expect(cms.requests).toHaveLength(0);
  });

  it('answers 503 with Retry-After when the CMS cannot be reached for the first build', async () => {
    process.env.CMS_URL = await unreachableUrl();
    const response = await search('?locale=it&q=mediazione');
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });

  it('answers 503 when the CMS fails with a server error', async () => {
    cms.override = () => ({ status: 502, body: { data: null, error: { status: 502, name: 'BadGateway', message: 'Bad Gateway' } } });
    const response = await search('?locale=it&q=mediazione');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).not.toBeNull();
  });
});
