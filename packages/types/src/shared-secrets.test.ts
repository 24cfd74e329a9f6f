import { randomBytes } from 'node:crypto';
import { DEVELOPMENT_SECRETS, readSecret, secretWeakness } from './shared-secrets';

const strong = () => randomBytes(32).toString('base64');

describe('secretWeakness', () => {
  it('accepts 32 random bytes, in base64 or hex', () => {
    expect(secretWeakness('PREVIEW_SECRET', strong())).toBeUndefined();
    expect(secretWeakness('PREVIEW_SECRET', randomBytes(32).toString('hex'))).toBeUndefined();
    expect(secretWeakness('APP_KEYS', `${strong()},${strong()}`)).toBeUndefined();
  });

  it.each([
    ['x', /1 characters long/],
    ['portal', /at least 32/],
    ['a'.repeat(64), /repeats|distinct/],
    ['abcd'.repeat(12), /repeats/],
    ['change-me-change-me-change-me-change-me', /example/],
    ['development-only-preview-secret-but-longer', /example/],
    ['my-preview-secret-for-the-portal-2026', /example/],
    ['0101010101010101010101201010101010101010', /distinct/],
  ])('refuses %p', (value, reason) => {
    expect(secretWeakness('PREVIEW_SECRET', value)).toMatch(reason);
  });

  it('checks every key of APP_KEYS', () => {
    expect(secretWeakness('APP_KEYS', `${strong()},short`)).toMatch(/entry/);
    expect(secretWeakness('APP_KEYS', `${strong()},`)).toMatch(/empty/);
  });
});

describe('readSecret', () => {
  it('gives the development default only with NODE_ENV=development', () => {
    expect(readSecret('PREVIEW_SECRET', { NODE_ENV: 'development' })).toEqual({ value: DEVELOPMENT_SECRETS.PREVIEW_SECRET });
    expect(readSecret('PREVIEW_SECRET', { NODE_ENV: 'development', PREVIEW_SECRET: ' ' })).toEqual({
      value: DEVELOPMENT_SECRETS.PREVIEW_SECRET,
    });
    for (const NODE_ENV of [undefined, 'test', 'production', 'Development', 'dev']) {
      expect(readSecret('PREVIEW_SECRET', { NODE_ENV })).toEqual({ value: undefined });
    }
  });

  it('takes any value in development, only strong ones elsewhere, naming the variable', () => {
    expect(readSecret('CMS_API_TOKEN', { NODE_ENV: 'development', CMS_API_TOKEN: 'portal' })).toEqual({ value: 'portal' });
    const refused = readSecret('CMS_API_TOKEN', { NODE_ENV: 'test', CMS_API_TOKEN: 'portal' });
    expect(refused.value).toBeUndefined();
    expect(refused.problem).toMatch(/^CMS_API_TOKEN is 6 characters long/);
    const value = strong();
    expect(readSecret('CMS_API_TOKEN', { NODE_ENV: 'production', CMS_API_TOKEN: ` ${value} ` })).toEqual({ value });
  });
});
