import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { acceptsBrotli, compressBuildFiles, compressedAssets } from './compressed-assets.mjs';

describe('acceptsBrotli', () => {
  it('takes br as browsers send it, not when refused', () => {
    expect(acceptsBrotli('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsBrotli('br;q=0.5, gzip')).toBe(true);
    expect(acceptsBrotli('gzip, br;q=0')).toBe(false);
    expect(acceptsBrotli('gzip')).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});

/** A server answering build files as server/index.mjs does, and the rest as Next would ("from Next"). */
async function startAssetServer(build: string): Promise<{ base: string; fromNext: jest.Mock; close: () => Promise<void> }> {
  const serve = compressedAssets(build);
  const fromNext = jest.fn();
  const server: Server = createServer((request, response) => {
    if (serve(request, response)) return;
    fromNext(request.url);
    response.end('from Next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    fromNext,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(build, { recursive: true, force: true });
    },
  };
}

describe('compressedAssets', () => {
  const build = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-assets-'));
  const script = `self.chunk=${JSON.stringify('مرحبا '.repeat(2000))};`;
  fs.mkdirSync(path.join(build, 'static', 'chunks'), { recursive: true });
  fs.writeFileSync(path.join(build, 'static', 'chunks', 'a1b2.js'), script);
  fs.writeFileSync(path.join(build, 'secret.json'), '{}');
  let server: Awaited<ReturnType<typeof startAssetServer>>;
  let base = '';
  let fromNext: jest.Mock;

  beforeAll(async () => {
    server = await startAssetServer(build);
    ({ base, fromNext } = server);
  });
  afterAll(() => server.close());

  const get = (pathname: string, encoding = 'gzip, deflate, br') =>
    fetch(`${base}${pathname}`, { headers: { 'accept-encoding': encoding } });
  const until = async (check: () => Promise<boolean>) => {
    for (let attempt = 0; attempt < 100 && !(await check()); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  it('leaves the first request to Next, then serves the brotli copy, immutable, with the same content', async () => {
    expect(await (await get('/_next/static/chunks/a1b2.js')).text()).toBe('from Next');
    await until(async () => (await get('/_next/static/chunks/a1b2.js')).headers.get('content-encoding') === 'br');
    const response = await get('/_next/static/chunks/a1b2.js');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=UTF-8');
    expect(Number(response.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(await response.text()).toBe(script);
  });

  it('leaves to Next a browser without brotli, invented names and anything outside the build files', async () => {
    fromNext.mockClear();
    for (const pathname of [
      '/_next/static/chunks/invented.js',
      '/_next/static/../secret.json',
      '/_next/static/chunks/%2e%2e/x.js',
      '/it',
    ]) {
      await (await get(pathname)).arrayBuffer();
    }
    expect(await (await get('/_next/static/chunks/a1b2.js', 'gzip')).text()).toBe('from Next');
    expect(fromNext).toHaveBeenCalledTimes(5);
  });
});

describe('compressedAssets with the copies the build made', () => {
  const build = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-assets-built-'));
  const script = `self.chunk=${JSON.stringify('Servizi sociali '.repeat(2000))};`;
  const style = `.notice{color:#222}${'.a{margin:0}'.repeat(500)}`;
  fs.mkdirSync(path.join(build, 'static', 'chunks'), { recursive: true });
  fs.writeFileSync(path.join(build, 'static', 'chunks', 'c3d4.js'), script);
  fs.writeFileSync(path.join(build, 'static', 'chunks', 'e5f6.css'), style);
  let server: Awaited<ReturnType<typeof startAssetServer>>;
  let base = '';
  let fromNext: jest.Mock;

  beforeAll(async () => {
    expect(compressBuildFiles(build).files).toBe(2);
    server = await startAssetServer(build);
    ({ base, fromNext } = server);
  });
  afterAll(() => server.close());

  it('serves the first request of each file after a start from its copy', async () => {
    for (const [pathname, content, type] of [
      ['/_next/static/chunks/c3d4.js', script, 'application/javascript; charset=UTF-8'],
      ['/_next/static/chunks/e5f6.css', style, 'text/css; charset=UTF-8'],
    ]) {
      const response = await fetch(`${base}${pathname}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('content-type')).toBe(type);
      expect(await response.text()).toBe(content);
    }
    expect(fromNext).not.toHaveBeenCalled();
  });
});
