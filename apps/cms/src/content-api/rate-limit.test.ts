import { FixedWindowRateLimiter, rateLimitedClient } from './rate-limit';

const LIMITS = { anonymousPerMinute: 3, partnerPerMinute: 10 };

describe('rateLimitedClient', () => {
  it('counts the public per IP', () => {
    expect(rateLimitedClient(undefined, '203.0.113.7', LIMITS)).toEqual({ key: 'ip:203.0.113.7', limit: 3 });
    expect(rateLimitedClient({ strategy: { name: 'users-permissions' }, credentials: null }, '203.0.113.7', LIMITS)).toEqual({
      key: 'ip:203.0.113.7',
      limit: 3,
    });
  });

  it('counts read-only and custom tokens per token, with the partner limit', () => {
    for (const type of ['read-only', 'custom']) {
      const auth = { strategy: { name: 'content-api-token' }, credentials: { id: 42, type } };
      expect(rateLimitedClient(auth, '203.0.113.7', LIMITS)).toEqual({ key: 'token:42', limit: 10 });
    }
  });

  it('never limits full-access tokens', () => {
    const auth = { strategy: { name: 'content-api-token' }, credentials: { id: 1, type: 'full-access' } };
    expect(rateLimitedClient(auth, '203.0.113.7', LIMITS)).toBeUndefined();
  });
});

describe('FixedWindowRateLimiter', () => {
  let now: number;
  const limiter = () => new FixedWindowRateLimiter(60_000, () => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows exactly the limit within a window, then refuses until the window ends', () => {
    const rate = limiter();
    expect([1, 2, 3].map(() => rate.hit('ip:a', 3).remaining)).toEqual([2, 1, 0]);
    now += 20_000;
    expect(rate.hit('ip:a', 3)).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 40 });
    now += 39_001;
    expect(rate.hit('ip:a', 3)).toMatchObject({ allowed: false, resetSeconds: 1 });
    now += 999;
    expect(rate.hit('ip:a', 3)).toEqual({ allowed: true, limit: 3, remaining: 2, resetSeconds: 60 });
  });

  it('counts each client on its own', () => {
    const rate = limiter();
    for (let i = 0; i < 3; i += 1) rate.hit('ip:a', 3);
    expect(rate.hit('ip:a', 3).allowed).toBe(false);
    expect(rate.hit('ip:b', 3).allowed).toBe(true);
    expect(rate.hit('token:1', 10).remaining).toBe(9);
  });

  it('forgets the clients whose window has ended', () => {
    const rate = limiter();
    rate.hit('ip:a', 3);
    rate.hit('ip:b', 3);
    expect(rate.size).toBe(2);
    now += 60_000;
    rate.hit('ip:c', 3);
    expect(rate.size).toBe(1);
  });
});
