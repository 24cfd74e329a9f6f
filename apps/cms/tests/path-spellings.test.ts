import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { adminLogin, cmsUrl, createApiToken } from './support/admin-api';
import { APP_DIR } from './support/cms-process';

/**
 * Strapi's router matches a path whatever its letter case and trailing slash; every guard compares
 * the path's canonical spelling (src/http/request-path.ts), so no other spelling of a guarded route
 * gets past its guard. Each guarded route is asked in many spellings, with Strapi's read-only
 * token type (it may list the media library and the roles when nothing stops it).
 */

/** Spellings of one path, each of which Strapi's router (or a lenient proxy) may take for it. */
function spellingsOf(canonical: string): string[] {
  const segments = canonical.split('/').filter(Boolean);
  const mixed = (text: string) => [...text].map((character, index) => (index % 2 === 0 ? character.toUpperCase() : character)).join('');
  const encodeFirstLetter = (text: string) => text.replace(/[a-z]/, (letter) => `%${letter.charCodeAt(0).toString(16)}`);
  const last = segments.length - 1;
  return [
    canonical,
    canonical.toUpperCase(),
    `/${segments.map(mixed).join('/')}`,
    `${canonical}/`,
    `${canonical}//`,
    `/${segments.join('//')}`,
    `//${segments.join('/')}`,
    `/${segments.map((segment, index) => (index === last ? encodeFirstLetter(segment) : segment)).join('/')}`,
    `/${segments.map((segment, index) => (index === 1 ? encodeFirstLetter(segment) : segment)).join('/')}`,
    `/${segments.slice(0, -1).join('/')}%2F${segments[last]}`,
    `/${segments.slice(0, -1).join('/')}%2f${segments[last]}`.toUpperCase().replace('%2F', '%2f'),
    `/${segments[0]}/./${segments.slice(1).join('/')}`,
    `/${segments.slice(0, -1).join('/')}/x/../${segments[last]}`,
    `/${segments.map((segment) => segment.toUpperCase()).join('/')}/`,
  ];
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** A request with its path sent exactly as written (fetch's URL parser would resolve `.` and `..`). */
function fetchRaw(rawPath: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const base = new URL(cmsUrl());
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: base.hostname, port: base.port, method: init.method ?? 'GET', path: rawPath, headers: init.headers },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text }));
      },
    );
    outgoing.on('error', (error) => reject(new Error(`${rawPath}: ${error.message}`)));
    outgoing.end(init.body);
  });
}

const errorMessage = (response: RawResponse): string =>
  (JSON.parse(response.text) as { error?: { message?: string } }).error?.message ?? '';

let readOnlyToken: string;

beforeAll(async () => {
  readOnlyToken = await createApiToken(await adminLogin(), `path-spellings-${Date.now()}`, 'read-only');
});

const CLOSED_ROUTES = ['/api/upload/files', '/api/users-permissions/roles', '/api/users', '/api/users-permissions/permissions'];

describe.each(CLOSED_ROUTES)('%s, closed to every token', (route) => {
  it.each(spellingsOf(route))('stays closed when spelled %s', async (spelling) => {
    const response = await fetchRaw(spelling, { headers: { Authorization: `Bearer ${readOnlyToken}` } });
    const text = response.text;
    // 403 (the guard) or 404 (no route): never the listing.
    expect([403, 404]).toContain(response.status);
    expect(text).not.toMatch(/"(mime|hash|roles|nb_users)"/);
  });
});

describe('the media library’s blocked upload from URLs', () => {
  it.each(spellingsOf('/upload/actions/upload-from-urls'))('stays blocked when spelled %s', async (spelling) => {
    const response = await fetchRaw(spelling, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await adminLogin()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ urls: ['http://127.0.0.1:9/evil.svg'] }),
    });
    expect(response.status).not.toBe(201);
    expect(response.status).not.toBe(200);
    if (response.status === 400) expect(errorMessage(response)).toMatch(/from a URL is off/);
  });
});

describe('multipart bodies', () => {
  const boundary = 'path-spellings-boundary';
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="files"; filename="evil.svg"',
    'Content-Type: image/svg+xml',
    '',
    '<svg/>',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  it.each(['/api/services', '/API/Services', '/api/services/', '/api//services', '/api/%73ervices', '/UPLOAD/actions/upload-from-urls/'])(
    'are refused unread on %s',
    async (spelling) => {
      const response = await fetchRaw(spelling, {
        method: 'POST',
        body,
        headers: { Authorization: `Bearer ${readOnlyToken}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      });
      expect(response.status).toBe(415);
    },
  );
});

describe('the rate limit', () => {
  it.each(['/API/services?locale=it', '/api/services/?locale=it', '/api/Services?locale=it', '/Api/SERVICES/?locale=it'])(
    'counts a listing spelled %s like any other',
    async (spelling) => {
      const before = await fetchRaw('/api/services?locale=it', { headers: { Authorization: `Bearer ${readOnlyToken}` } });
      const remainingBefore = Number(before.headers['ratelimit-remaining']);
      const response = await fetchRaw(spelling, { headers: { Authorization: `Bearer ${readOnlyToken}` } });
      if (response.status === 200) {
        expect(Number(response.headers['ratelimit-remaining'])).toBeLessThan(remainingBefore);
      } else {
        expect(response.status).toBe(404);
      }
    },
  );

  it.each(['/API/services', '/api/services/', '/Api//Services'])('counts a wrong token on %s against its sender', async (spelling) => {
    const response = await fetchRaw(spelling, { headers: { Authorization: 'Bearer not-a-token-of-this-cms' } });
    if (response.status === 401) expect(response.headers['ratelimit-limit']).toBeDefined();
    else expect(response.status).toBe(404);
  });
});

describe('/uploads', () => {
  const spellings: Array<[string, (name: string) => string]> = [
    ['a doubled slash', (name) => `/uploads//${name}`],
    ['a dot segment', (name) => `/uploads/./${name}`],
    ['capital letters', (name) => `/Uploads/${name}`],
    ['a percent-encoded letter', (name) => `/uploads/%${name.charCodeAt(0).toString(16)}${name.slice(1)}`],
    ['an encoded slash', (name) => `/uploads%2F${name}`],
  ];
  it.each(spellings)('serves a file asked with %s sandboxed, or not at all', async (_kind, spell) => {
    const name = `legacy-${Date.now()}.html`;
    const file = path.join(APP_DIR, 'public', 'uploads', name);
    fs.writeFileSync(file, '<!doctype html><script>alert(1)</script>');
    try {
      const served = await fetchRaw(spell(name));
      if (served.status === 200) {
        expect(served.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
        expect(served.headers['content-disposition']).toMatch(/^attachment/);
      } else {
        expect(served.status).toBe(404);
      }
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});

describe('a path that cannot be decoded', () => {
  it.each(['/api/%E0%A4%A', '/api/%C0%AFservices', '/api/%2575%2525%252575pload/files'])(
    'is a 400 with a message: %s',
    async (spelling) => {
      const response = await fetchRaw(spelling);
      expect(response.status).toBe(400);
      expect(errorMessage(response)).toMatch(/percent-encod/);
    },
  );
});
