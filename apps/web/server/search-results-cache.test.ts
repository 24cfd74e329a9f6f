import type { IncomingMessage, ServerResponse } from 'node:http';
import { startPipelineServer } from '@/test/pipeline-server';
import { contentSecurityPolicy } from './content-security-policy.mjs';
import { cachingSearchAnswers } from './search-results-cache.mjs';

/**
 * The search answers' memory in the server's real pipeline (test/pipeline-server.ts), with a
 * stand-in for Next that renders a search page as Next does for each request: a fresh nonce in the
 * policy and on the scripts, the page streamed in parts.
 */
let renders = 0;
let version: number | undefined = 1;
let clock = 0;
let bodyRepeat = 1;

function asNext(request: IncomingMessage, response: ServerResponse) {
  renders += 1;
  const url = new URL(request.url ?? '/', 'http://portal');
  if (url.searchParams.get('q') === 'broken') {
    response.statusCode = 500;
    response.end('<html id="__next_error__"></html>');
    return;
  }
  const nonce = `n${renders}`;
  const policy = contentSecurityPolicy({ frameAncestors: "frame-ancestors 'self'", https: false, development: false, nonce });
  response.setHeader('Content-Security-Policy', policy);
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
  // As next-intl's middleware: the locale cookie for a visitor whose cookie or language differs.
  const localeCookie = /NEXT_LOCALE=(\w+)/.exec(request.headers.cookie ?? '')?.[1];
  if (localeCookie ? localeCookie !== 'it' : request.headers['accept-language'] !== 'it')
    response.setHeader('Set-Cookie', 'NEXT_LOCALE=it; Path=/; SameSite=lax');
  if (url.searchParams.get('q') === 'cookie') response.appendHeader('Set-Cookie', 'session=abc; Path=/');
  const text = `<p>${'Risultati '.repeat(200 * bodyRepeat)}</p><p>render ${renders}: ${url.searchParams.get('q')}</p>`;
  response.write(`<!DOCTYPE html><html><body>${text}`);
  setTimeout(() => response.end(`<script nonce="${nonce}">self.__next_f.push([1,"ok"])</script></body></html>`), 5);
}

describe('search answers kept in memory', () => {
  let server: Awaited<ReturnType<typeof startPipelineServer>>;
  let base = '';

  beforeAll(async () => {
    server = await startPipelineServer(cachingSearchAnswers({ now: () => clock, indexVersion: () => version }), asNext);
    base = server.base;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    renders = 0;
    version = (version ?? 0) + 1;
    clock = 0;
    bodyRepeat = 1;
  });

  const get = async (pathname: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${pathname}`, { headers: { 'accept-encoding': 'br, gzip', ...headers } });
    return { response, text: await response.text() };
  };

  it('sends a repeated query again as rendered, nonce and policy together, without rendering it', async () => {
    const first = await get('/it/search?q=mediazione');
    const second = await get('/it/search?q=mediazione');
    expect(renders).toBe(1);
    expect(first.response.headers.get('x-search-cache')).toBe('MISS');
    expect(second.response.headers.get('x-search-cache')).toBe('HIT');
    expect(second.text).toBe(first.text);
    expect(second.response.headers.get('content-security-policy')).toBe(first.response.headers.get('content-security-policy'));
    expect(second.response.headers.get('content-security-policy')).toContain("'nonce-n1'");
    expect(second.text).toContain('<script nonce="n1">');
    // Compressed like any page, and this request's own id.
    expect(second.response.headers.get('content-encoding')).toBe('br');
    expect(second.response.headers.get('x-request-id')).not.toBe(first.response.headers.get('x-request-id'));
  });

  it('compresses a kept answer once: every visitor then gets the same compressed copy, its length known', async () => {
    await get('/it/search?q=casa');
    const copies = [];
    for (const encoding of ['br', 'br', 'gzip', 'gzip']) {
      const { response, text } = await get('/it/search?q=casa', { 'accept-encoding': encoding });
      expect(text).toContain('render 1: casa');
      copies.push([response.headers.get('content-encoding'), response.headers.get('content-length')]);
    }
    expect(copies[0]).toEqual(copies[1]);
    expect(copies[2]).toEqual(copies[3]);
    expect(copies.map(([encoding]) => encoding)).toEqual(['br', 'br', 'gzip', 'gzip']);
    // Sent whole from the copy, not streamed through on-the-fly compression.
    expect(copies.every(([, length]) => Number(length) > 0)).toBe(true);
  });

  it('renders again for another query, type, page, language or scheme; other parameters share an answer', async () => {
    await get('/it/search?q=mediazione');
    await get('/it/search?q=mediazione&utm_source=poster');
    expect(renders).toBe(1);
    for (const other of [
      '/it/search?q=Mediazione',
      '/it/search?q=mediazione&type=service',
      '/it/search?q=mediazione&page=2',
      '/ar/search?q=mediazione',
      '/it/search',
    ])
      await get(other);
    expect(renders).toBe(6);
    await get('/it/search?q=mediazione', { 'x-forwarded-proto': 'https' });
    expect(renders).toBe(7);
  });

  it('renders again once the index has changed, and after a minute whatever happens', async () => {
    await get('/it/search?q=corso');
    version = (version ?? 0) + 1;
    const afterChange = await get('/it/search?q=corso');
    expect(afterChange.response.headers.get('x-search-cache')).toBe('MISS');
    expect(afterChange.text).toContain('render 2');
    clock += 59_000;
    await get('/it/search?q=corso');
    expect(renders).toBe(2);
    clock += 2_000;
    await get('/it/search?q=corso');
    expect(renders).toBe(3);
  });

  it('sets the locale cookie as Next would for each visitor, and keeps no answer setting another cookie', async () => {
    const visitors: Array<Record<string, string>> = [
      {},
      { 'accept-language': 'it' },
      { cookie: 'NEXT_LOCALE=ar' },
      { cookie: 'theme=dark; NEXT_LOCALE=it' },
    ];
    const cookies = [];
    for (const visitor of [...visitors, ...visitors]) {
      const { response } = await get('/it/search?q=lingua', visitor);
      cookies.push(response.headers.get('set-cookie'));
    }
    expect(renders).toBe(visitors.length);
    expect(cookies.slice(visitors.length)).toEqual(cookies.slice(0, visitors.length));
    expect(cookies.slice(0, visitors.length).map(Boolean)).toEqual([true, false, true, false]);
  });

  it('keeps nothing before the index exists, nor an error, nor an answer setting a cookie', async () => {
    version = undefined;
    await get('/it/search?q=prima');
    await get('/it/search?q=prima');
    version = 100;
    await get('/it/search?q=broken');
    const broken = await get('/it/search?q=broken');
    await get('/it/search?q=cookie');
    await get('/it/search?q=cookie');
    expect(renders).toBe(6);
    expect(broken.response.status).toBe(500);
  });

  it('leaves navigations, previews, other methods and other pages to Next', async () => {
    const requests: Array<[string, RequestInit['headers']?]> = [
      ['/it/search?q=rsc', { rsc: '1' }],
      ['/it/search?q=rsc&_rsc=abc'],
      ['/it/search?q=prefetch', { 'next-router-prefetch': '1' }],
      ['/it/search?q=preview', { cookie: '__prerender_bypass=secret' }],
      ['/it/services'],
      ['/api/search?q=mediazione&locale=it'],
      ['/xx/search?q=mediazione'],
    ];
    for (const [pathname, headers] of requests) {
      await fetch(`${base}${pathname}`, { headers }).then((response) => response.text());
      const again = await fetch(`${base}${pathname}`, { headers });
      await again.text();
      expect(again.headers.get('x-search-cache')).toBeNull();
    }
    await fetch(`${base}/it/search?q=post`, { method: 'POST' }).then((response) => response.text());
    await fetch(`${base}/it/search?q=post`, { method: 'POST' }).then((response) => response.text());
    expect(renders).toBe(requests.length * 2 + 2);
  });

  it('holds a bounded memory: a flood of queries pushes the oldest answers out', async () => {
    bodyRepeat = 150; // about 300 kB an answer: 16 MB hold some fifty
    await get('/it/search?q=oldest');
    for (let query = 0; query < 60; query += 1) await get(`/it/search?q=flood${query}`);
    await get(`/it/search?q=flood59`);
    expect(renders).toBe(61);
    await get('/it/search?q=oldest');
    expect(renders).toBe(62);
  });
});
