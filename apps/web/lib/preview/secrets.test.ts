/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { randomBytes } from 'node:crypto';
import { DEVELOPMENT_SHARED_SECRETS, readSecret, type SharedSecretName } from '@welfare/types/secrets';
import { readPortalEnvironment } from '../environment';
import { matchesSecret } from '../shared-secrets';
import { previewConfiguration } from './secrets';

const strong = () => randomBytes(32).toString('base64');

describe('the preview secret check (matchesSecret)', () => {
  it('accepts the secret and nothing else', () => {
    expect(matchesSecret('s3cr3t-value', 's3cr3t-value')).toBe(true);
    expect(matchesSecret('s3cr3t-valuE', 's3cr3t-value')).toBe(false);
    expect(matchesSecret('s3cr3t-value ', 's3cr3t-value')).toBe(false);
    expect(matchesSecret('s3cr3t', 's3cr3t-value')).toBe(false);
    expect(matchesSecret('s3cr3t-value-and-more', 's3cr3t-value')).toBe(false);
  });

  it('refuses a missing or empty secret', () => {
    expect(matchesSecret(null, 's3cr3t')).toBe(false);
    expect(matchesSecret(undefined, 's3cr3t')).toBe(false);
    expect(matchesSecret('', 's3cr3t')).toBe(false);
  });

  it('compares inputs of any length without throwing (timingSafeEqual wants equal lengths)', () => {
    expect(() => matchesSecret('x'.repeat(10000), 'short')).not.toThrow();
    expect(matchesSecret('ü', 'u')).toBe(false);
  });
});

describe('previewConfiguration', () => {
  it('gives NODE_ENV=development the fixed values when unset or empty', () => {
    const expected = {
      enabled: true,
      secret: DEVELOPMENT_SHARED_SECRETS.PREVIEW_SECRET,
      token: DEVELOPMENT_SHARED_SECRETS.CMS_PREVIEW_TOKEN,
    };
    expect(previewConfiguration(readPortalEnvironment({ NODE_ENV: 'development' }))).toEqual(expected);
    expect(previewConfiguration(readPortalEnvironment({ NODE_ENV: 'development', PREVIEW_SECRET: '', CMS_PREVIEW_TOKEN: ' ' }))).toEqual(
      expected,
    );
  });

  it.each([undefined, 'production', 'test'])(
    'turns preview off with NODE_ENV=%p and no PREVIEW_SECRET or no CMS_PREVIEW_TOKEN',
    (NODE_ENV) => {
      expect(previewConfiguration(readPortalEnvironment({ NODE_ENV, CMS_PREVIEW_TOKEN: strong() }))).toEqual({
        enabled: false,
        problem: expect.stringContaining('PREVIEW_SECRET'),
      });
      expect(previewConfiguration(readPortalEnvironment({ NODE_ENV, PREVIEW_SECRET: strong() }))).toEqual({
        enabled: false,
        problem: expect.stringContaining('CMS_PREVIEW_TOKEN'),
      });
      // Never the published-content token: it cannot read drafts.
      expect(previewConfiguration(readPortalEnvironment({ NODE_ENV, PREVIEW_SECRET: strong(), CMS_API_TOKEN: strong() })).enabled).toBe(
        false,
      );
    },
  );

  it('is on with both secrets strong', () => {
    const [secret, token] = [strong(), strong()];
    expect(
      previewConfiguration(readPortalEnvironment({ NODE_ENV: 'production', PREVIEW_SECRET: secret, CMS_PREVIEW_TOKEN: token })),
    ).toEqual({ enabled: true, secret, token });
  });
});

describe('the shared secrets, read by the one policy of both apps (@welfare/types readSecret; the CMS’s environment test checks its side)', () => {
  const names = Object.keys(DEVELOPMENT_SHARED_SECRETS) as SharedSecretName[];

  it.each(['development', 'production', 'test', undefined])('with NODE_ENV=%p', (NODE_ENV) => {
    for (const shared of [{}, Object.fromEntries(names.map((name) => [name, strong()]))]) {
      const env = { NODE_ENV, ...shared };
      const portal = readPortalEnvironment(env).secrets;
      for (const name of names) expect(portal[name]).toBe(readSecret(name, env).value);
    }
  });

  it('refuses a weak value, naming it', () => {
    const settings = readPortalEnvironment({ NODE_ENV: 'production', CMS_API_TOKEN: 'portal' });
    expect(settings.secrets.CMS_API_TOKEN).toBeUndefined();
    expect(settings.problems).toContainEqual(expect.stringMatching(/^CMS_API_TOKEN is 6 characters long/));
  });
});
