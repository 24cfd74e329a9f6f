import type { IncomingMessage, ServerResponse } from 'node:http';
import { startPipelineServer } from '@/test/pipeline-server';
import { servingCachedPagesFromMemory } from './cached-pages-memory.mjs';
import { observability } from './observability.mjs';

/**
 * The cached pages' memory in the server's real pipeline (test/pipeline-server.ts), with a stand-in
 * for Next that answers as its cache does: `X-Nextjs-Cache` HIT, MISS or STALE, 404s
 * and redirects, and a render that can take a while.
 */
let renders = 0;
let generation = 1;
let clock = 0;
let nextCache: 'HIT' | 'MISS' | 'STALE' = 'HIT';
let renderDelayMs = 0;
let onRender: () => void = () => {};

function asNext(request: IncomingMessage, response: ServerResponse) {
  renders += 1;
  onRender();
  const url = new URL(request.url ?? '/', 'http://portal');
  if (url.pathname.endsWith('/missing')) {
    response.statusCode = 404;
    response.setHeader('X-Nextjs-Cache', 'HIT');
    response.end('<html><body>Non trovato</body></html>');
    return;
  }
  if (url.pathname.endsWith('/')) {
    response.statusCode = 308;
    response.setHeader('Location', url.pathname.slice(0, -1));
    response.end();
    return;
  }
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('X-Nextjs-Cache', nextCache);
  response.setHeader(
    'Cache-Control',
    url.pathname.endsWith('/private') ? 'private, no-cache, no-store' : 's-maxage=300, stale-while-revalidate=31535700',
  );
  const body = `<!DOCTYPE html><html><body><p>${'Servizi '.repeat(300)}</p><p>render ${renders} ${url.pathname}</p></body></html>`;
  setTimeout(() => response.end(body), renderDelayMs);
}

describe('cached pages kept in memory', () => {
  let server: Awaited<ReturnType<typeof startPipelineServer>>;
  let base = '';

  beforeAll(async () => {
    server = await startPipelineServer(servingCachedPagesFromMemory({ now: () => clock, generation: () => generation }), asNext);
    base = server.base;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    renders = 0;
    generation += 1;
    clock = 0;
    nextCache = 'HIT';
    renderDelayMs = 0;
    onRender = () => {};
  });

  const get = async (pathname: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${pathname}`, { headers: { 'accept-encoding': 'br', ...headers }, redirect: 'manual' });
    return { response, text: await response.text(), memory: response.headers.get('x-page-cache') };
  };

  it('sends a page Next had in its cache again without asking Next, finished as any page', async () => {
    const hits = async () =>
      (await observability().memoryAnswers.get()).values.find((value) => value.labels.memory === 'pages' && value.labels.result === 'hit')
        ?.value ?? 0;
    const hitsBefore = await hits();
    const first = await get('/it/services');
    const second = await get('/it/services');
    expect(renders).toBe(1);
    expect([first.memory, second.memory]).toEqual(['MISS', 'HIT']);
    expect(second.text).toBe(first.text);
    expect(second.response.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(second.response.headers.get('etag')).toBe(first.response.headers.get('etag'));
    expect(second.response.headers.get('content-encoding')).toBe('br');
    // A returning visitor with that version: a 304, still from memory.
    const returning = await get('/it/services', { 'if-none-match': String(first.response.headers.get('etag')) });
    expect(returning.response.status).toBe(304);
    expect(renders).toBe(1);
    // Counted for the operators' metrics.
    expect((await hits()) - hitsBefore).toBe(2);
  });

  it('asks Next again as soon as any page may have changed, and after 30 s whatever happens', async () => {
    await get('/ar/events');
    generation += 1;
    const afterChange = await get('/ar/events');
    expect(afterChange.memory).toBe('MISS');
    expect(afterChange.text).toContain('render 2');
    clock += 29_000;
    expect((await get('/ar/events')).memory).toBe('HIT');
    clock += 2_000;
    expect((await get('/ar/events')).memory).toBe('MISS');
    expect(renders).toBe(3);
  });

  it('keeps no page read before a change that ended after it', async () => {
    renderDelayMs = 30;
    onRender = () => setTimeout(() => (generation += 1), 5);
    await get('/it/mediators');
    onRender = () => {};
    renderDelayMs = 0;
    expect((await get('/it/mediators')).memory).toBe('MISS');
    expect((await get('/it/mediators')).memory).toBe('HIT');
    expect(renders).toBe(2);
  });

  it('keeps only fresh pages from Next’s cache: not a render, a stale page, a private page, a 404, a redirect', async () => {
    for (const cache of ['MISS', 'STALE'] as const) {
      nextCache = cache;
      await get(`/it/events/${cache}`);
      expect((await get(`/it/events/${cache}`)).memory).toBeNull();
    }
    nextCache = 'HIT';
    for (const pathname of ['/it/private', '/it/missing', '/it/events/']) {
      await get(pathname);
      expect((await get(pathname)).memory).toBeNull();
    }
    expect(renders).toBe(10);
  });

  it('leaves to Next what has a query string, navigations, previews, other methods and other addresses', async () => {
    const requests: Array<[string, Record<string, string>?]> = [
      ['/it/services?category=&language=ar'],
      ['/it/services?utm_source=poster'],
      ['/it/services', { rsc: '1' }],
      ['/it/services', { 'next-router-prefetch': '1' }],
      ['/it/services', { cookie: '__prerender_bypass=secret' }],
      ['/xx/services'],
      ['/api/health'],
      ['/sw.js'],
    ];
    for (const [pathname, headers] of requests) {
      await get(pathname, headers);
      expect((await get(pathname, headers)).memory).toBeNull();
    }
    await fetch(`${base}/it/services`, { method: 'POST' }).then((response) => response.text());
    expect(renders).toBe(requests.length * 2 + 1);
  });
});
