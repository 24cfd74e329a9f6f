import { SECRET_NAMES, secret, unsafeSecrets } from './secrets';

const goodSecrets = () => Object.fromEntries(SECRET_NAMES.map((name) => [name, `s3cr3t-${name}-${Math.random().toString(36).slice(2)}`]));

describe('the preview secrets', () => {
  it('requires PREVIEW_SECRET in production, like the other secrets', () => {
    const env = { ...goodSecrets(), PREVIEW_SECRET: '' };
    expect(unsafeSecrets(env)).toEqual(['PREVIEW_SECRET']);
    expect(unsafeSecrets({ ...env, PREVIEW_SECRET: 'development-only-preview-secret' })).toEqual(['PREVIEW_SECRET']);
    expect(unsafeSecrets({ ...env, PREVIEW_SECRET: 'change-me' })).toEqual(['PREVIEW_SECRET']);
  });

  it('lets production leave CMS_API_TOKEN unset (no portal token), never at a published value', () => {
    expect(unsafeSecrets(goodSecrets())).toEqual([]);
    expect(unsafeSecrets({ ...goodSecrets(), CMS_API_TOKEN: '' })).toEqual([]);
    expect(unsafeSecrets({ ...goodSecrets(), CMS_API_TOKEN: 'development-only-portal-api-token' })).toEqual(['CMS_API_TOKEN']);
    expect(unsafeSecrets({ ...goodSecrets(), CMS_API_TOKEN: 'change-me' })).toEqual(['CMS_API_TOKEN']);
  });

  it('gives development fixed, clearly-named values, and production none', () => {
    expect(secret('PREVIEW_SECRET', {})).toBe('development-only-preview-secret');
    expect(secret('CMS_API_TOKEN', { CMS_API_TOKEN: '' })).toBe('development-only-portal-api-token');
    expect(secret('CMS_API_TOKEN', { NODE_ENV: 'production' })).toBe('');
    expect(secret('PREVIEW_SECRET', { NODE_ENV: 'production', PREVIEW_SECRET: 'abc' })).toBe('abc');
  });
});
