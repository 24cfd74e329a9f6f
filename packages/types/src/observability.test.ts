import { REQUEST_ID_PATTERN, loggableUrl, requestIdOf, scrubSecrets, secretValuesOf, traceparentFor } from './observability';

describe('request ids', () => {
  it("keeps nginx's id, else the traceparent's trace id, else makes one of the same form", () => {
    const nginx = '0123456789abcdef0123456789abcdef';
    expect(requestIdOf({ requestId: nginx })).toBe(nginx);
    expect(requestIdOf({ traceparent: traceparentFor(nginx) })).toBe(nginx);
    const made = requestIdOf({ requestId: 'evil\nline', traceparent: 'garbage' });
    expect(made).toMatch(REQUEST_ID_PATTERN);
    expect(made).not.toBe(requestIdOf({}));
  });

  it('refuses an id that could forge a log line or grow without bound', () => {
    for (const given of ['x'.repeat(5000), 'a"b', `${'a'.repeat(32)}\n{"level":"error"}`])
      expect(requestIdOf({ requestId: given })).toMatch(REQUEST_ID_PATTERN);
  });
});

describe('secrets in logs', () => {
  const env = {
    REDIS_URL: 'redis://default:s3cr3t-redis-pw@redis:6379',
    DATABASE_URL: 'postgres://welfare:p%40ss-word-123@db:5432/welfare',
    APP_KEYS: 'firstkey-aaaaaaaa,secondkey-bbbbbbbb',
    CMS_API_TOKEN: 'token-value-0123456789',
    DATABASE_PASSWORD: 'database-password-1',
    PORT: '1337',
    PORTAL_URL: 'https://portal.example.org',
    LOG_LEVEL: 'info',
  };

  it("lists every credential of the environment, the URLs' passwords included, and nothing else", () => {
    const secrets = secretValuesOf(env);
    for (const value of [
      's3cr3t-redis-pw',
      'p@ss-word-123',
      'firstkey-aaaaaaaa',
      'secondkey-bbbbbbbb',
      'token-value-0123456789',
      'database-password-1',
    ])
      expect(secrets).toContain(value);
    expect(secrets).not.toContain('1337');
    expect(secrets).not.toContain('https://portal.example.org');
  });

  it('scrubs them from a message, and the password of any URL', () => {
    const secrets = secretValuesOf(env);
    const line = scrubSecrets(`Redis at ${env.REDIS_URL} failed; token token-value-0123456789; other amqp://u:pw@host`, secrets);
    expect(line).not.toContain('s3cr3t-redis-pw');
    expect(line).not.toContain('token-value-0123456789');
    expect(line).not.toContain(':pw@');
    expect(line).toContain('redis://default:[redacted]@redis:6379');
  });

  it('logs a URL as its origin only', () => {
    expect(loggableUrl(env.REDIS_URL)).toBe('redis://redis:6379');
    expect(loggableUrl('not a url')).toBe('(not a URL)');
  });
});
