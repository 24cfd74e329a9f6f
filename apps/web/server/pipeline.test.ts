import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import { cmsHealth } from './cms-health.mjs';
import { contentSecurityPolicy } from './content-security-policy.mjs';
import { responseFinishers } from './finishers.mjs';
import { finishing, pipeline, type Stage } from './pipeline.mjs';

/**
 * The server's response pipeline on a real HTTP server, compression included, with a stand-in for
 * Next's handler that answers as Next does: a cached page in one piece, a page streamed in parts, a
 * 500 set by writeHead or by statusCode.
 */
const policy = contentSecurityPolicy({ frameAncestors: "frame-ancestors 'self'", https: false, development: false });
const bootstrap = '(self.__next_f=self.__next_f||[]).push([0])';
const payload = 'self.__next_f.push([1,"ok"])';
const page = `<!DOCTYPE html><html><body><p>${'Servizi '.repeat(200)}</p><script>${bootstrap}</script><script>${payload}</script></body></html>`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scriptSources = (header: string | null) => /(?:^|;)\s*script-src ([^;]*)/.exec(header ?? '')?.[1].split(' ');

/** As the proxy: the policy on every response. */
function asNext(response: ServerResponse, path: string) {
  response.setHeader('Content-Security-Policy', policy);
  if (path.endsWith('/whole')) {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(path.includes('/v2/') ? page.replace('Servizi', 'Avvisi') : page);
  } else if (path.endsWith('/streamed')) {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    const [head, tail] = [page.slice(0, 40), page.slice(40)];
    response.write(head);
    setTimeout(() => response.end(tail), 10);
  } else if (path.endsWith('/broken-by-writehead')) {
    response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private' });
    response.end('<html id="__next_error__"></html>');
  } else {
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.write('<html id="__next_error__">');
    response.end('</html>');
  }
}

describe('the response pipeline of the portal server', () => {
  const messagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-messages-'));
  fs.writeFileSync(
    path.join(messagesDir, 'ar.json'),
    JSON.stringify({ Unavailable: { title: 'الخدمة غير متاحة مؤقتًا', text: 'نص', retry: 'أعد المحاولة' } }),
  );
  fs.writeFileSync(
    path.join(messagesDir, 'it.json'),
    JSON.stringify({ Unavailable: { title: 'Servizio non disponibile', text: 'Testo', retry: 'Riprova' } }),
  );
  const cms = cmsHealth();
  let server: Server;
  let base = '';

  beforeAll(async () => {
    const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2 } } }) as unknown as Stage;
    server = createServer(
      pipeline([compress, finishing(responseFinishers({ messagesDir, cms })), (request, response) => asNext(response, request.url ?? '/')]),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(messagesDir, { recursive: true, force: true });
  });

  const get = (pathname: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${pathname}`, { headers: { 'accept-encoding': 'br, gzip', ...headers } });

  it('tags a page sent whole with one version whatever its encoding, and answers 304 to a visitor who has it', async () => {
    const encodings = ['br', 'gzip', 'identity'];
    const responses = await Promise.all(encodings.map((encoding) => get('/it/whole', { 'accept-encoding': encoding })));
    expect(responses.map((response) => response.headers.get('content-encoding'))).toEqual(['br', 'gzip', null]);
    for (const response of responses) expect(await response.text()).toBe(page);
    const [etag] = responses.map((response) => response.headers.get('etag'));
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(new Set(responses.map((response) => response.headers.get('etag')))).toEqual(new Set([etag]));
    expect(responses[0].headers.get('vary')).toMatch(/accept-encoding/i);

    const again = await get('/it/whole', { 'if-none-match': String(etag) });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // Another version of the page (staff published a change): sent whole again, under another tag.
    const changed = await get('/it/v2/whole', { 'if-none-match': String(etag) });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('Avvisi');
  });

  it('sends the same compressed copy of a version to every visitor, with its length', async () => {
    const [first, second] = await Promise.all([get('/it/whole'), get('/it/whole')]);
    const [a, b] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await second.arrayBuffer())];
    expect(a.equals(b)).toBe(true);
    expect(first.headers.get('content-encoding')).toBe('br');
    // fetch decodes: the length on the wire is the copy's, smaller than the page.
    expect(Number(first.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(page) / 4);
  });

  it('gives a streamed page or an error no version, compressing it on the fly', async () => {
    const streamed = await get('/it/streamed');
    expect(streamed.headers.get('etag')).toBeNull();
    expect(streamed.headers.get('content-encoding')).toBe('br');
    expect(await streamed.text()).toBe(page);
    const broken = await get('/it/broken-by-status');
    expect(broken.status).toBe(500);
    expect(broken.headers.get('etag')).toBeNull();
  });

  it('gives a page sent whole one policy with the hashes of exactly its inline scripts, compressed', async () => {
    const response = await get('/it/whole');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toBe(page);
    expect(scriptSources(response.headers.get('content-security-policy'))).toEqual(["'self'", sha256(bootstrap), sha256(payload)]);
  });

  it("fails closed: a streamed page, whose scripts cannot be hashed, gets no 'unsafe-inline' and no hash", async () => {
    const response = await get('/it/streamed');
    expect(await response.text()).toBe(page);
    expect(scriptSources(response.headers.get('content-security-policy'))).toEqual(["'self'"]);
  });

  it("leaves Next's 500 alone while the CMS answers", async () => {
    const response = await get('/ar/broken-by-writehead');
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('__next_error__');
  });

  it('answers the localized outage page instead of a 500 once the CMS was found unavailable, however Next set the status', async () => {
    cms.reportUnavailable();
    for (const [pathname, lang] of [
      ['/ar/broken-by-writehead', 'ar'],
      ['/it/broken-by-status', 'it'],
    ]) {
      const response = await get(pathname);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('60');
      expect(response.headers.get('cache-control')).toBe('no-store');
      // The proxy's policy stays: the page has no script, and its own <style> applies.
      expect(scriptSources(response.headers.get('content-security-policy'))).toEqual(["'self'"]);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).not.toContain('__next_error__');
    }
  });
});
