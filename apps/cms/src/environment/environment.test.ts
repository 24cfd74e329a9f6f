import { randomBytes } from 'node:crypto';
import { DEVELOPMENT_SECRETS, readSecret } from '@welfare/types/secrets';
import { OPTIONAL_SECRET_NAMES, SECRET_NAMES, assertEnvironment, readCmsEnvironment } from './environment';

const strong = () => randomBytes(32).toString('base64');
const goodSecrets = () => ({ ...Object.fromEntries(SECRET_NAMES.map((name) => [name, strong()])), APP_KEYS: `${strong()},${strong()}` });
const problemsOf = (env: Record<string, string | undefined>): string => {
  try {
    assertEnvironment(readCmsEnvironment(env), env.NODE_ENV);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the CMS environment', () => {
  // The portal reads them by the same function (apps/web/lib/preview/secrets.test.ts): both apps agree.
  it.each(['development', 'production', 'test', undefined])(
    'reads every secret by the one policy of both apps (readSecret) with NODE_ENV=%p',
    (NODE_ENV) => {
      for (const secrets of [{}, { ...goodSecrets(), ...Object.fromEntries(OPTIONAL_SECRET_NAMES.map((name) => [name, strong()])) }]) {
        const env = { NODE_ENV, ...secrets };
        const environment = readCmsEnvironment(env);
        for (const name of [...SECRET_NAMES, ...OPTIONAL_SECRET_NAMES]) expect(environment.secrets[name]).toBe(readSecret(name, env).value);
      }
    },
  );

  it('gives NODE_ENV=development one default per secret, and the development admin', () => {
    const environment = readCmsEnvironment({ NODE_ENV: 'development' });
    for (const name of [...SECRET_NAMES, ...OPTIONAL_SECRET_NAMES]) expect(environment.secrets[name]).toBe(DEVELOPMENT_SECRETS[name]);
    expect(environment.developmentAdmin).toEqual({});
    expect(environment.seedOnStart).toBe(true);
    expect(environment.rateLimits.anonymousPerMinute).toBe(100_000);
  });

  it.each([undefined, 'production', 'test', 'staging', 'dev'])(
    'gives NODE_ENV=%p no defaults: each missing secret is named',
    (NODE_ENV) => {
      const message = problemsOf({ NODE_ENV });
      for (const name of SECRET_NAMES) expect(message).toContain(`${name} is not set`);
      expect(message).not.toContain('CMS_API_TOKEN');
    },
  );

  it('starts outside development with strong secrets, and then offers no admin, no seeding and the real limits', () => {
    const environment = readCmsEnvironment({ NODE_ENV: 'production', ...goodSecrets() });
    expect(environment.secrets.CMS_API_TOKEN).toBeUndefined();
    expect(environment.developmentAdmin).toBeUndefined();
    expect(environment.seedOnStart).toBe(false);
    expect(environment.rateLimits).toEqual({ anonymousPerMinute: 300, partnerPerMinute: 3000, portalPerMinute: 6000 });
    // .env.example's ADMIN_* values do not make an admin in production.
    expect(
      readCmsEnvironment({ NODE_ENV: 'production', ...goodSecrets(), ADMIN_EMAIL: 'a@b.it', ADMIN_PASSWORD: 'x' }).developmentAdmin,
    ).toBeUndefined();
  });

  it.each([
    ['JWT_SECRET', 'x', /JWT_SECRET is 1 characters long/],
    ['CMS_API_TOKEN', 'portal', /CMS_API_TOKEN is 6 characters long/],
    ['PREVIEW_SECRET', 'change-me', /PREVIEW_SECRET is 9 characters long/],
    ['REVALIDATE_SECRET', 'z'.repeat(40), /REVALIDATE_SECRET (repeats|uses fewer)/],
    ['ENCRYPTION_KEY', 'development-only-encryption-key-longer-than-32', /ENCRYPTION_KEY is an example/],
    ['APP_KEYS', `${strong()},tobemodified`, /APP_KEYS has an entry/],
  ])('refuses a weak %s in production, naming it', (name, value, message) => {
    expect(problemsOf({ NODE_ENV: 'production', ...goodSecrets(), [name]: value })).toMatch(message);
  });

  it('names each other variable it refuses', () => {
    const message = problemsOf({
      NODE_ENV: 'production',
      ...goodSecrets(),
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: 'lots',
      SEED_DEMO_CONTENT: 'yes',
      REDIS_URL: 'localhost:6379',
      PORTAL_URL: 'welfare.example.org',
      CORS_ORIGINS: '*',
    });
    for (const name of ['RATE_LIMIT_ANONYMOUS_PER_MINUTE', 'SEED_DEMO_CONTENT', 'REDIS_URL', 'PORTAL_URL', 'CORS_ORIGINS'])
      expect(message).toContain(name);
  });

  it('reads without throwing, so `strapi build` needs no secrets: the check is at start', () => {
    const settings = readCmsEnvironment({ NODE_ENV: 'production', RATE_LIMIT_ANONYMOUS_PER_MINUTE: 'lots' });
    expect(settings.secrets.JWT_SECRET).toBeUndefined();
    expect(settings.rateLimits.anonymousPerMinute).toBe(300);
    expect(settings.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^RATE_LIMIT_ANONYMOUS_PER_MINUTE: /),
        expect.stringMatching(/^JWT_SECRET is not set/),
      ]),
    );
  });

  it('treats empty values, as .env.example ships them, as unset', () => {
    const environment = readCmsEnvironment({
      NODE_ENV: 'production',
      ...goodSecrets(),
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '',
      REDIS_URL: '',
      CMS_API_TOKEN: '',
      SEED_DEMO_CONTENT: '',
    });
    expect(environment.redisUrl).toBeUndefined();
    expect(environment.rateLimits.anonymousPerMinute).toBe(300);
  });
});

describe('where the CMS listens', () => {
  it('listens on loopback only in development, unless HOST says otherwise', () => {
    expect(readCmsEnvironment({ NODE_ENV: 'development' }).host).toBe('127.0.0.1');
    expect(readCmsEnvironment({ NODE_ENV: 'development', HOST: '' }).host).toBe('127.0.0.1');
    expect(readCmsEnvironment({ NODE_ENV: 'development', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(readCmsEnvironment({ NODE_ENV: 'production', ...goodSecrets() }).host).toBe('0.0.0.0');
    expect(readCmsEnvironment({ NODE_ENV: 'production', ...goodSecrets(), HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });
});

describe('the database password', () => {
  const postgres = (parts: Record<string, string>) => ({ NODE_ENV: 'production', ...goodSecrets(), DATABASE_CLIENT: 'postgres', ...parts });

  it.each<[Record<string, string>, string]>([
    [{ DATABASE_PASSWORD: 'change-me' }, 'DATABASE_PASSWORD'],
    [{ DATABASE_PASSWORD: 'welfare' }, 'DATABASE_PASSWORD'],
    [{ DATABASE_PASSWORD: 'ab'.repeat(20) }, 'DATABASE_PASSWORD'],
    [{ DATABASE_URL: 'postgres://welfare:postgres@db:5432/welfare' }, "DATABASE_URL's password"],
    [
      { DATABASE_URL: `postgres://welfare:${encodeURIComponent('password'.repeat(5))}@db/welfare`, DATABASE_PASSWORD: strong() },
      "DATABASE_URL's password",
    ],
  ])('stops a production CMS on PostgreSQL with a weak one: %p', (parts, variable) => {
    const message = problemsOf(postgres(parts));
    expect(message).toContain(`- ${variable} `);
    expect(message).not.toContain(parts.DATABASE_PASSWORD ?? parts.DATABASE_URL ?? '');
  });

  it('accepts a strong one, none (a trusted connection), SQLite, and development', () => {
    expect(problemsOf(postgres({ DATABASE_PASSWORD: strong() }))).toBe('');
    expect(
      problemsOf(
        postgres({ DATABASE_URL: `postgres://welfare:${encodeURIComponent(strong())}@db/welfare`, DATABASE_PASSWORD: 'change-me' }),
      ),
    ).toBe('');
    expect(problemsOf(postgres({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/welfare_test' }))).toBe('');
    expect(problemsOf({ NODE_ENV: 'production', ...goodSecrets(), DATABASE_PASSWORD: 'change-me' })).toBe('');
    expect(problemsOf({ NODE_ENV: 'development', DATABASE_CLIENT: 'postgres', DATABASE_PASSWORD: 'change-me' })).toBe('');
  });
});
