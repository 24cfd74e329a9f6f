import { TEST_ADMIN, createApiToken, logIn } from './support/admin-api';
import { startExtraCms, type ExtraCms } from './support/extra-cms';
import { startTestRedis, type TestRedis } from './support/redis-server';

/**
 * The content API's rate limit, on CMS instances of its own with limits of a few requests a minute:
 * the public per IP (IPv6 per /64), partners per token, the agency's own systems never, wrong tokens
 * counted too; 429 with Retry-After past the limit and not before; behind a proxy, the client IP the
 * proxy reports. Two instances share their counts in a Redis of the test's own; with that Redis
 * stopped, each instance still limits on its own.
 */
const ANONYMOUS_LIMIT = 5;
const PARTNER_LIMIT = 8;
const PARTNER_ORIGIN = 'https://scuola.example.edu';

let redis: TestRedis;
let direct: ExtraCms;
let twin: ExtraCms;
let proxied: ExtraCms;
let partner: string;
let otherPartner: string;
let agency: string;

beforeAll(async () => {
  redis = await startTestRedis();
  const shared = {
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(ANONYMOUS_LIMIT),
    RATE_LIMIT_PARTNER_PER_MINUTE: String(PARTNER_LIMIT),
    IS_PROXIED: 'false',
    CORS_ORIGINS: `${PARTNER_ORIGIN},https://asst.example.org`,
    REDIS_URL: redis.url,
  };
  [direct, twin, proxied] = await Promise.all([
    startExtraCms(shared),
    startExtraCms(shared),
    // Counting in its own memory (no REDIS_URL).
    startExtraCms({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2', IS_PROXIED: 'true' }),
  ]);
  const jwt = await logIn(TEST_ADMIN.email, TEST_ADMIN.password, direct.url);
  [partner, otherPartner, agency] = await Promise.all([
    createApiToken(jwt, 'scuola', 'read-only', direct.url),
    createApiToken(jwt, 'comune', 'read-only', direct.url),
    createApiToken(jwt, 'portale', 'full-access', direct.url),
  ]);
}, 360000);

afterAll(async () => {
  await Promise.all([direct?.stop(), twin?.stop(), proxied?.stop()]);
  await redis?.stop();
});

function call(cms: ExtraCms, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${cms.url}${path}`, { headers });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function expectTooManyRequests(response: Response, limit: number): Promise<void> {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  // A sliding window: at most to the end of this minute and into the next.
  expect(retryAfter).toBeLessThanOrEqual(120);
  expect(response.headers.get('ratelimit-limit')).toBe(String(limit));
  expect(response.headers.get('ratelimit-remaining')).toBe('0');
  expect(await response.json()).toEqual({
    data: null,
    error: {
      status: 429,
      name: 'RateLimitError',
      message: expect.stringContaining(`${limit} a minute`),
      details: { retryAfterSeconds: retryAfter },
    },
  });
}

describe('the public, counted per IP', () => {
  it('is served up to its limit, whatever it reads and whatever the answer, then gets 429 with Retry-After', async () => {
    // Every read of a content type counts, refused ones too.
    const reads = ['/api/services', '/api/events?locale=ar', '/api/global', '/api/categories/nothing-here', '/api/services?status=draft'];
    expect(reads.length).toBe(ANONYMOUS_LIMIT);
    const answers = [];
    for (const path of reads) answers.push(await call(direct, path));
    expect(answers.map((response) => response.status)).toEqual([200, 200, 404, 404, 403]);
    expect(answers.map((response) => response.headers.get('ratelimit-remaining'))).toEqual(['4', '3', '2', '1', '0']);
    expect(answers.every((response) => response.headers.get('retry-after') === null)).toBe(true);

    await expectTooManyRequests(await call(direct, '/api/services'), ANONYMOUS_LIMIT);
  });

  it('is the same count on another CMS instance (shared in Redis)', async () => {
    await expectTooManyRequests(await call(twin, '/api/services'), ANONYMOUS_LIMIT);
  });

  it('cannot start again by claiming another IP when the CMS is not behind a proxy', async () => {
    await expectTooManyRequests(await call(direct, '/api/services', { 'X-Forwarded-For': '198.51.100.23' }), ANONYMOUS_LIMIT);
  });

  it('still gets the locales list, the documentation and the admin', async () => {
    for (const path of ['/api/i18n/locales', '/api/openapi.json', '/documentation', '/admin/init']) {
      expect({ path, status: (await call(direct, path)).status }).toEqual({ path, status: 200 });
    }
  });

  it('lets a page on an allowed origin read the 429 and its Retry-After', async () => {
    const response = await call(direct, '/api/services', { Origin: PARTNER_ORIGIN });
    expect(response.status).toBe(429);
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toEqual(
      expect.arrayContaining(['Retry-After', 'RateLimit-Remaining']),
    );
  });
});

describe('partners, counted per token', () => {
  it('get their own, higher limit, then 429 with Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < PARTNER_LIMIT; i += 1) answers.push(await call(direct, '/api/events', bearer(partner)));
    expect(answers.map((response) => response.status)).toEqual(Array(PARTNER_LIMIT).fill(200));
    expect(answers.map((response) => response.headers.get('ratelimit-limit'))).toEqual(Array(PARTNER_LIMIT).fill(String(PARTNER_LIMIT)));

    await expectTooManyRequests(await call(direct, '/api/events', bearer(partner)), PARTNER_LIMIT);
  });

  it('each have their own count', async () => {
    const response = await call(direct, '/api/events', bearer(otherPartner));
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-remaining')).toBe(String(PARTNER_LIMIT - 1));
  });
});

describe('the agency’s own systems (full-access tokens, the portal’s server)', () => {
  it('are never limited', async () => {
    const answers = await Promise.all(Array.from({ length: PARTNER_LIMIT * 2 }, () => call(direct, '/api/services', bearer(agency))));
    expect(answers.map((response) => response.status)).toEqual(Array(PARTNER_LIMIT * 2).fill(200));
    expect(answers.every((response) => response.headers.get('ratelimit-limit') === null)).toBe(true);
  });
});

describe('behind a reverse proxy (IS_PROXIED=true)', () => {
  const from = (...addresses: string[]) => ({ 'X-Forwarded-For': addresses.join(', ') });

  it('counts each client IP the proxy reports', async () => {
    expect((await call(proxied, '/api/services', from('203.0.113.10'))).status).toBe(200);
    expect((await call(proxied, '/api/services', from('203.0.113.10'))).status).toBe(200);
    await expectTooManyRequests(await call(proxied, '/api/services', from('203.0.113.10')), 2);

    expect((await call(proxied, '/api/services', from('203.0.113.11'))).status).toBe(200);
  });

  it('takes the address the proxy added, not the ones the client sent before it', async () => {
    await expectTooManyRequests(await call(proxied, '/api/services', from('198.51.100.99', '203.0.113.10')), 2);
  });

  it('counts IPv6 clients per /64: rotating addresses inside it does not start again', async () => {
    expect((await call(proxied, '/api/services', from('2001:db8:5:6::1'))).status).toBe(200);
    expect((await call(proxied, '/api/services', from('2001:db8:5:6:a:b:c:d'))).status).toBe(200);
    await expectTooManyRequests(await call(proxied, '/api/services', from('2001:0db8:0005:0006:ffff:ffff:ffff:fffe')), 2);
    expect((await call(proxied, '/api/services', from('2001:db8:5:7::1'))).status).toBe(200);
  });
});

describe('wrong API tokens', () => {
  const from = (address: string) => ({ 'X-Forwarded-For': address, Authorization: 'Bearer a-guessed-token-that-does-not-exist' });

  it('count as requests: 401, then 429 before the token is even checked', async () => {
    expect((await call(proxied, '/api/services', from('203.0.113.77'))).status).toBe(401);
    expect((await call(proxied, '/api/events', from('203.0.113.77'))).status).toBe(401);
    await expectTooManyRequests(await call(proxied, '/api/services', from('203.0.113.77')), 2);
    // Another client's first wrong token is a plain 401.
    expect((await call(proxied, '/api/services', from('203.0.113.78'))).status).toBe(401);
  });
});

describe('with Redis stopped', () => {
  it('each instance still limits, counting alone in its memory', async () => {
    await redis.stop();
    for (const cms of [direct, twin]) {
      const statuses = [];
      for (let i = 0; i <= ANONYMOUS_LIMIT; i += 1) statuses.push((await call(cms, '/api/services')).status);
      // Its own count starts again from nothing (the shared one is out of reach), and ends at the limit.
      expect(statuses).toEqual([...Array(ANONYMOUS_LIMIT).fill(200), 429]);
      await expectTooManyRequests(await call(cms, '/api/services'), ANONYMOUS_LIMIT);
    }
  });
});

describe('configuration', () => {
  it('refuses to start with a limit that is not a whole number of requests', async () => {
    await expect(startExtraCms({ RATE_LIMIT_PARTNER_PER_MINUTE: 'lots' })).rejects.toThrow(/- RATE_LIMIT_PARTNER_PER_MINUTE: /);
  }, 120000);
});
