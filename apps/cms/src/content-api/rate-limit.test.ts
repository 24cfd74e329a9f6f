import { RateLimiterMemory } from 'rate-limiter-flexible';
import { clientAddressKey } from './client-address';
import { SlidingWindowRateLimiter, rateLimitedClient } from './rate-limit';

const LIMITS = { anonymousPerMinute: 3, partnerPerMinute: 10, portalPerMinute: 50 };

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

  it('counts the portal’s own tokens on a budget of their own, apart from the partners’', () => {
    const portal = { strategy: { name: 'content-api-token' }, credentials: { id: 7, type: 'custom', name: 'Portal server' } };
    expect(rateLimitedClient(portal, '203.0.113.7', LIMITS)).toEqual({ key: 'portal-token:7', limit: 50 });
    // A partner token cannot share the portal's counter, whatever its id.
    const partner = { strategy: { name: 'content-api-token' }, credentials: { id: 7, type: 'read-only', name: 'Scuola media Bienno' } };
    expect(rateLimitedClient(partner, '203.0.113.7', LIMITS)).toEqual({ key: 'token:7', limit: 10 });
  });

  it('never limits full-access tokens', () => {
    const auth = { strategy: { name: 'content-api-token' }, credentials: { id: 1, type: 'full-access' } };
    expect(rateLimitedClient(auth, '203.0.113.7', LIMITS)).toBeUndefined();
  });
});

describe('SlidingWindowRateLimiter', () => {
  let now: number;
  // The library's memory store, as the insurance uses it; the windows follow the test's clock.
  const limiter = () =>
    new SlidingWindowRateLimiter(new RateLimiterMemory({ points: Number.MAX_SAFE_INTEGER, duration: 3600 }), 60_000, () => now);

  beforeEach(() => {
    // 50 s into a clock minute: the edge where fixed windows allow a double burst.
    now = 1_000 * 60_000 + 50_000;
  });

  it('allows the limit, then refuses with the wait until one more request fits', async () => {
    const rate = limiter();
    const verdicts = [];
    for (let i = 0; i < 3; i += 1) verdicts.push(await rate.hit('ip:a', 3));
    expect(verdicts.map((verdict) => [verdict.allowed, verdict.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ]);
    // Next minute, this minute's 3 carry over: 3 × (1 − t) + 1 ≤ 3 from t = 1/3 (20 s in), so 30 s from now.
    expect(await rate.hit('ip:a', 3)).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 30 });
  });

  it('allows no second burst just after the minute turns', async () => {
    const rate = limiter();
    for (let i = 0; i < 10; i += 1) expect((await rate.hit('ip:a', 10)).allowed).toBe(true);
    now += 15_000; // 5 s into the next minute: a fixed window would allow 10 more
    const next = [];
    for (let i = 0; i < 10; i += 1) next.push((await rate.hit('ip:a', 10)).allowed);
    // 10 × (55/60) ≈ 9.2 carried: one more fits, not ten.
    expect(next.filter(Boolean)).toHaveLength(0);
    now += 30_000; // 35 s in: 10 × 25/60 ≈ 4.2 carried
    const later = [];
    for (let i = 0; i < 10; i += 1) later.push((await rate.hit('ip:a', 10)).allowed);
    expect(later.filter(Boolean)).toHaveLength(5);
  });

  it('lets a client hammering it through at the limit’s pace, never in a double burst', async () => {
    const rate = limiter();
    const allowedAt: number[] = [];
    // A client trying every 250 ms for 5 minutes.
    for (let step = 0; step < 1200; step += 1) {
      if ((await rate.hit('ip:a', 20)).allowed) allowedAt.push(now);
      now += 250;
    }
    const mostWithin = (ms: number) =>
      Math.max(...allowedAt.map((start) => allowedAt.filter((time) => time >= start && time < start + ms).length));
    // Fixed windows would allow 40 within seconds across the edge (20 before it, 20 after).
    expect(mostWithin(10_000)).toBeLessThanOrEqual(20 + Math.ceil(20 / 6));
    // The estimate assumes the previous minute's requests were spread evenly: after a burst at its
    // very end, the next minute admits them again gradually (at most 1.8 × the limit in a 60 s span).
    expect(mostWithin(60_000)).toBeLessThanOrEqual(36);
    // And it is not starved either: about 20 a minute over 5 minutes.
    expect(allowedAt.length).toBeGreaterThanOrEqual(95);
    expect(allowedAt.length).toBeLessThanOrEqual(125);
  });

  it('does not count refused requests, and counts each client on its own', async () => {
    const rate = limiter();
    for (let i = 0; i < 5; i += 1) await rate.hit('ip:a', 2);
    expect((await rate.peek('ip:a', 2)).allowed).toBe(false);
    expect((await rate.hit('ip:b', 2)).remaining).toBe(1);
    expect((await rate.hit('token:1', 10)).remaining).toBe(9);
    now += 120_000;
    // Two minutes later only the 2 allowed ones were ever counted: all forgotten.
    expect(await rate.peek('ip:a', 2)).toMatchObject({ allowed: true, remaining: 2 });
  });
});

describe('clientAddressKey', () => {
  it('counts an IPv6 client by its /64, however it writes the address', () => {
    const key = clientAddressKey('2001:db8:abcd:12::1');
    expect(key).toBe('2001:db8:abcd:12::/64');
    for (const address of [
      '2001:db8:abcd:12:ffff:ffff:ffff:ffff',
      '2001:0db8:abcd:0012:0000:0000:0000:0002',
      '2001:DB8:ABCD:12:1:2:3:4',
      '[2001:db8:abcd:12::9]',
    ]) {
      expect(clientAddressKey(address)).toBe(key);
    }
    expect(clientAddressKey('2001:db8:abcd:13::1')).not.toBe(key);
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('counts IPv4 by address, also when written as IPv4-mapped IPv6', () => {
    expect(clientAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressKey('203.0.113.8')).not.toBe(clientAddressKey('203.0.113.7'));
  });

  it('keys the public by it', () => {
    expect(rateLimitedClient(undefined, '2001:db8:1:2:3:4:5:6', LIMITS)).toEqual({ key: 'ip:2001:db8:1:2::/64', limit: 3 });
  });
});
