/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { NextRequest } from 'next/server';
import { entryBase, startFakeStrapi, unreachableUrl, type FakeStrapi } from '@/test/fake-strapi';
import { GET } from './route';

const SERVICES = [
  { ...entryBase(1, 'svc-mediation', 'it'), slug: 'mediazione-linguistica', title: 'Mediazione linguistico-culturale', summary: 'Mediatori in ospedale' },
  { ...entryBase(2, 'svc-mediation', 'ar'), slug: 'wasata-lughawiya', title: 'الوساطة اللغوية والثقافية', summary: 'وسطاء في المستشفى' },
];

let cms: FakeStrapi;
const savedUrl = process.env.CMS_URL;

beforeEach(async () => {
  cms = await startFakeStrapi({ services: structuredClone(SERVICES), mediators: [], 'school-workshops': [], events: [], pages: [] });
  process.env.CMS_URL = cms.url;
});

afterEach(async () => {
  process.env.CMS_URL = savedUrl;
  await cms.close();
});

const search = (query: string) => GET(new NextRequest(`http://localhost:3000/api/search${query}`));

describe('GET /api/search', () => {
  it.each([['?q=mediazione'], ['?locale=de&q=mediazione'], ['?locale=&q=mediazione']])('answers 400 with a JSON error for the locale in %s', async (query) => {
    const response = await search(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ error: expect.stringContaining('locale') });
    expect(cms.requests).toHaveLength(0);
  });

  it('answers 200 with the normalized query and the results in the language asked', async () => {
    const response = await search(`?locale=ar&q=${encodeURIComponent('  الوساطة  ')}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      query: 'الوساطة',
      results: [{ type: 'service', documentId: 'svc-mediation', title: 'الوساطة اللغوية والثقافية', summary: 'وسطاء في المستشفى', href: '/ar/services/wasata-lughawiya' }],
    });
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('answers 200 with no results to a one-letter query', async () => {
    const response = await search('?locale=it&q=m');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ query: 'm', results: [] });
  });

  it('answers 503 with Retry-After when the CMS cannot be reached', async () => {
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
