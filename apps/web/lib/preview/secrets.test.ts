/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { secret as cmsSecret } from '../../../cms/src/environment/secrets';
import { matchesSecret, sharedSecret } from '../shared-secrets';
import { DEVELOPMENT_SHARED_SECRETS } from '@welfare/types';
import { draftReadingToken, previewConfiguration } from './secrets';

const DEVELOPMENT_PREVIEW_SECRET = 'development-only-preview-secret';

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
  it('gives development the fixed value when PREVIEW_SECRET is unset or empty', () => {
    expect(previewConfiguration({ NODE_ENV: 'development' })).toEqual({ enabled: true, secret: DEVELOPMENT_PREVIEW_SECRET });
    expect(previewConfiguration({ PREVIEW_SECRET: '' })).toEqual({ enabled: true, secret: DEVELOPMENT_PREVIEW_SECRET });
    expect(previewConfiguration({ PREVIEW_SECRET: 'mine' })).toEqual({ enabled: true, secret: 'mine' });
  });

  it.each([undefined, '', '  ', 'change-me', 'CHANGEME', 'tobemodified', DEVELOPMENT_PREVIEW_SECRET, 'example-secret'])(
    'turns preview off in production with PREVIEW_SECRET=%p',
    (value) => {
      const configuration = previewConfiguration({ NODE_ENV: 'production', PREVIEW_SECRET: value, CMS_PREVIEW_TOKEN: 'a-real-token' });
      expect(configuration).toEqual({ enabled: false, problem: expect.stringContaining('PREVIEW_SECRET') });
    },
  );

  it('turns preview off in production without a token to read drafts', () => {
    expect(previewConfiguration({ NODE_ENV: 'production', PREVIEW_SECRET: 'a-real-secret-value' })).toEqual({ enabled: false, problem: expect.stringContaining('CMS_PREVIEW_TOKEN') });
    expect(previewConfiguration({ NODE_ENV: 'production', PREVIEW_SECRET: 'a-real-secret-value', CMS_PREVIEW_TOKEN: 'a-real-token' })).toEqual({
      enabled: true,
      secret: 'a-real-secret-value',
    });
  });
});

describe('draftReadingToken', () => {
  it('is CMS_PREVIEW_TOKEN (never the published-content CMS_API_TOKEN), else the development token outside production only', () => {
    expect(draftReadingToken({ CMS_PREVIEW_TOKEN: 'preview', CMS_API_TOKEN: 'portal' })).toBe('preview');
    expect(draftReadingToken({ CMS_PREVIEW_TOKEN: '', CMS_API_TOKEN: 'portal' })).toBe(DEVELOPMENT_SHARED_SECRETS.CMS_PREVIEW_TOKEN);
    expect(draftReadingToken({ NODE_ENV: 'production', CMS_PREVIEW_TOKEN: '', CMS_API_TOKEN: 'portal' })).toBeUndefined();
  });
});

describe('the development values', () => {
  it('are the CMS’s, so `npm run dev` previews with no setup', () => {
    expect(sharedSecret('PREVIEW_SECRET', {})).toBe(cmsSecret('PREVIEW_SECRET', {}));
    expect(DEVELOPMENT_SHARED_SECRETS.CMS_API_TOKEN).toBe(cmsSecret('CMS_API_TOKEN', {}));
    expect(DEVELOPMENT_SHARED_SECRETS.CMS_PREVIEW_TOKEN).toBe(cmsSecret('CMS_PREVIEW_TOKEN', {}));
  });
});
