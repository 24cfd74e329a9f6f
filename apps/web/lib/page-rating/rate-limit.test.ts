import { createClient } from '@redis/client';
import { GLOBAL_LIMIT, PER_CLIENT_LIMIT, WINDOW_SECONDS } from './rate-limit';

jest.mock('server-only', () => ({}));

/**
 * The bounds on page ratings, counted in memory (no REDIS_URL) and in the shared Redis: one client
 * over its own limit must not use up the budget everyone shares.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function loadLimiter(redisUrl: string | undefined) {
  jest.resetModules();
  if (redisUrl) process.env.REDIS_URL = redisUrl;
  else delete process.env.REDIS_URL;
  process.env.REDIS_KEY_PREFIX = `welfare-test:${process.pid}:${Date.now()}:`;
  return import('./rate-limit');
}

async function redisAnswers(): Promise<boolean> {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 500, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    await client.quit();
    return true;
  } catch {
    return false;
  }
}

afterAll(() => {
  delete process.env.REDIS_URL;
  delete process.env.REDIS_KEY_PREFIX;
});

describe.each([
  ['in memory', undefined],
  ['in Redis', REDIS_URL],
])('page-rating limits %s', (_, redisUrl) => {
  const now = Date.UTC(2026, 11, 6, 12, 0, 0);

  it('a client flooding past its own limit leaves the global budget to everyone else', async () => {
    if (redisUrl && !(await redisAnswers())) throw new Error(`Redis does not answer at ${redisUrl}`);
    const { allowRating } = await loadLimiter(redisUrl);
    const decisions: string[] = [];
    for (let attempt = 0; attempt < GLOBAL_LIMIT + 50; attempt += 1) decisions.push(await allowRating('203.0.113.9', 'shared-key', now));
    expect(decisions.filter((decision) => decision === 'accepted')).toHaveLength(PER_CLIENT_LIMIT);
    expect(decisions.at(-1)).toBe('client-limit');
    // Another visitor in the same window is still heard.
    expect(await allowRating('198.51.100.4', 'shared-key', now)).toBe('accepted');
  }, 60000);

  it('once the accepted ratings reach the global limit, everyone waits for the next window', async () => {
    const { allowRating } = await loadLimiter(redisUrl);
    let accepted = 0;
    for (let client = 0; accepted < GLOBAL_LIMIT; client += 1) {
      for (let rating = 0; rating < PER_CLIENT_LIMIT && accepted < GLOBAL_LIMIT; rating += 1) {
        expect(await allowRating(`10.0.${client >> 8}.${client & 255}`, 'shared-key', now)).toBe('accepted');
        accepted += 1;
      }
    }
    expect(await allowRating('192.0.2.200', 'shared-key', now)).toBe('global-limit');
    expect(await allowRating('192.0.2.200', 'shared-key', now + WINDOW_SECONDS * 1000)).toBe('accepted');
  }, 60000);
});
