// @ts-check
/**
 * Every answer of the built portal carries the security headers (apps/web/proxy.ts,
 * lib/security-headers.ts): pages and their 404s, the API, calendars, the sitemap, and the media,
 * which are sandboxed and never a page on the portal's origin unless an image or a PDF. One
 * Content-Security-Policy (apps/web/server/content-security-policy.mjs), whose script-src never
 * holds 'unsafe-inline'.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { stack } from '../support/stack-env.mjs';

const PORTAL = stack.portalUrl;

/** @param {string} path @param {RequestInit} [init] */
const get = (path, init = {}) => fetch(`${PORTAL}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000), ...init });

/** The directives of a Content-Security-Policy, by name. */
function directives(/** @type {string | null | undefined} */ policy) {
  assert.ok(policy, 'a Content-Security-Policy header');
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

/** The one policy of an answer (fetch would join several Content-Security-Policy headers with commas). */
function policyOf(/** @type {Response} */ response, /** @type {string} */ what) {
  const policies = (response.headers.get('content-security-policy') ?? '').split(/,\s*/).filter(Boolean);
  assert.equal(policies.length, 1, `${what}: one Content-Security-Policy`);
  return policies[0];
}

const HASH = /^'sha256-[A-Za-z0-9+/]+=*'$/;

/** The scripts of a page that run from its own text (not a file, not a JSON-LD data block). */
const inlineScriptsOf = (/** @type {string} */ html) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")([^>]*)>([\s\S]*?)<\/script>/g)].map(
    ([, attributes, text]) => ({ attributes, text }),
  );

function assertCommonHeaders(/** @type {Response} */ response, /** @type {string} */ what) {
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', what);
  assert.match(response.headers.get('permissions-policy') ?? '', /camera=\(\)/, what);
}

function assertPagePolicy(/** @type {Response} */ response, /** @type {string} */ what, { perRequest = false } = {}) {
  const policy = directives(policyOf(response, what));
  assert.deepEqual(policy['object-src'], ["'none'"], what);
  assert.deepEqual(policy['base-uri'], ["'self'"], what);
  assert.deepEqual(policy['form-action'], ["'self'"], what);
  const [self, ...inline] = policy['script-src'];
  assert.equal(self, "'self'", what);
  if (perRequest) {
    assert.equal(inline.length, 1, what);
    assert.match(inline[0], /^'nonce-[A-Za-z0-9+/=]{16,}'$/, what);
  } else {
    // Inline scripts by their hashes only (a page sent whole; nothing for a file or a redirect).
    for (const source of inline) assert.match(source, HASH, `${what}: ${source}`);
  }
  assert.deepEqual(policy['frame-ancestors'], ["'self'", new URL(stack.cmsUrl).origin], what);
  return policy;
}

describe('the security headers of the built portal', () => {
  const kinds = [
    ['a page', '/it', 200],
    ['a cached page, again', '/it', 200],
    ['an entry page', '/ar/services', 200],
    ['a page that does not exist', '/it/services/non-esiste-questa-pagina', 404],
    ['an unknown language', '/de/services', 404],
    ['the search API', '/api/search?locale=it&q=mediazione', 200],
    ['a search refused', '/api/search?locale=xx', 400],
    ['a calendar', '/it/events/calendar.ics', 200],
    ['the sitemap', '/sitemap.xml', 200],
    ['robots.txt', '/robots.txt', 200],
    ['a redirect to the language', '/', 307],
    ['the preview, refused', '/api/preview?type=global&documentId=g1&locale=it', 401],
  ];
  for (const [what, path, status] of kinds) {
    it(`on ${what} (${path})`, async () => {
      const response = await get(String(path));
      assert.equal(response.status, status, `${path}: ${response.status}`);
      assertCommonHeaders(response, String(what));
      assertPagePolicy(response, String(what));
      // Served over plain HTTP here: no HSTS (the proxy in front terminates TLS in production).
      assert.equal(response.headers.get('strict-transport-security'), null);
      await response.arrayBuffer();
    });
  }

  it('gives the pages rendered for each request, which show what a visitor typed, a fresh nonce that every inline script carries', async () => {
    const nonces = new Set();
    for (const path of ['/it/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/ar/search?q=مسودة', '/it/search', '/it/page-rating']) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assertCommonHeaders(response, path);
      const nonce = /'nonce-([^']+)'/.exec(assertPagePolicy(response, path, { perRequest: true })['script-src'][1])?.[1];
      nonces.add(nonce);
      const inlineScripts = inlineScriptsOf(await response.text());
      assert.ok(inlineScripts.length > 0, `${path}: Next's inline scripts`);
      for (const { attributes } of inlineScripts)
        assert.match(attributes, new RegExp(`nonce="${nonce?.replace(/[+/=]/g, '\\$&')}"`), `${path}: <script${attributes}>`);
    }
    assert.equal(nonces.size, 4, 'a new nonce for every answer');
  });

  it('gives a cached page, on its first render and from the cache, the hashes of exactly its inline scripts', async () => {
    const views = [];
    // Pages no other test here renders, so the first view is the first render.
    for (const [path, status] of /** @type {const} */ ([
      ['/uk/school-workshops', 200],
      ['/sq/events/non-esiste-questo-evento', 404],
    ])) {
      views.push({ path, status, cache: 'MISS' }, { path, status, cache: 'HIT' });
    }
    for (const { path, status, cache } of views) {
      const response = await get(path);
      assert.equal(response.status, status, path);
      assert.equal(response.headers.get('x-nextjs-cache'), cache, path);
      const [self, ...hashes] = directives(policyOf(response, path))['script-src'];
      assert.equal(self, "'self'", path);
      const scripts = inlineScriptsOf(await response.text());
      assert.ok(scripts.length > 0, `${path}: Next's inline scripts`);
      const expected = new Set(scripts.map(({ text }) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`));
      assert.deepEqual(new Set(hashes), expected, `${path} (${cache}): every inline script's hash, nothing else (no 'unsafe-inline')`);
    }
  });

  it('adds HSTS and upgrade-insecure-requests when the proxy in front says HTTPS', async () => {
    const response = await get('/it', { headers: { 'X-Forwarded-Proto': 'https' } });
    assert.equal(response.headers.get('strict-transport-security'), 'max-age=31536000; includeSubDomains');
    assert.ok('upgrade-insecure-requests' in directives(policyOf(response, '/it over HTTPS')));
    await response.arrayBuffer();
  });

  it('serves media sandboxed, never sniffed; an image inline', async () => {
    // A poster of the demo events, as the portal links it: the event pages the sitemap (an index of
    // sitemaps) lists.
    const index = await (await get('/sitemap.xml')).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    const eventPages = [];
    for (const sitemap of sitemaps) {
      const text = await (await get(sitemap)).text();
      eventPages.push(
        ...[...text.matchAll(/<loc>([^<]*\/it\/events\/(?!archive|page\/)[^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname),
      );
    }
    let upload;
    for (const page of eventPages) {
      upload = /\/uploads\/[\w.-]+\.(?:png|jpe?g|webp|pdf)/.exec(await (await get(page)).text())?.[0];
      if (upload) break;
    }
    assert.ok(upload, 'a demo event shows a poster from /uploads');
    const response = await get(upload);
    assert.equal(response.status, 200);
    assertCommonHeaders(response, upload);
    const policy = directives(response.headers.get('content-security-policy'));
    assert.ok('sandbox' in policy, 'a sandboxing policy');
    assert.deepEqual(policy['default-src'], ["'none'"]);
    assert.match(response.headers.get('content-disposition') ?? '', /^inline; filename="/);
    assert.match(response.headers.get('content-type') ?? '', /^(image\/(png|jpeg|webp)|application\/pdf)$/);
    await response.arrayBuffer();
  });
});
