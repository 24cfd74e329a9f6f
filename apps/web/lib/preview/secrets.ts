import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The preview's two shared values, read from the one .env both apps use: PREVIEW_SECRET (the CMS
 * signs its preview links with it) and CMS_API_TOKEN (the full-access token that reads drafts).
 * Development gets the CMS's fixed, clearly-named values (apps/cms/src/environment/secrets.ts), so
 * `npm run dev` previews with no setup; production never accepts them, nor an example value.
 */
type Environment = Record<string, string | undefined>;

export const DEVELOPMENT_PREVIEW_SECRET = 'development-only-preview-secret';
export const DEVELOPMENT_CMS_API_TOKEN = 'development-only-portal-api-token';

/** The CMS's test for a published value: `.env.example`'s `change-me`, Strapi's `tobemodified`, the development values. */
const PLACEHOLDER = /change-?me|tobemodified|development-only|example/i;

export type PreviewConfiguration = { enabled: true; secret: string } | { enabled: false; problem: string };

const isProduction = (env: Environment) => env.NODE_ENV === 'production';

/** The secret preview links must carry, or why preview is off (production with no real secret). */
export function previewConfiguration(env: Environment = process.env): PreviewConfiguration {
  const secret = env.PREVIEW_SECRET?.trim();
  if (!isProduction(env)) return { enabled: true, secret: secret || DEVELOPMENT_PREVIEW_SECRET };
  if (!secret || PLACEHOLDER.test(secret)) {
    return { enabled: false, problem: 'PREVIEW_SECRET is missing or left at an example value: set it to the CMS\'s secret random value' };
  }
  if (!env.CMS_API_TOKEN?.trim()) {
    return { enabled: false, problem: 'CMS_API_TOKEN is not set: the portal has no full-access token to read drafts with' };
  }
  return { enabled: true, secret };
}

/** The token the preview reads drafts with (the CMS makes the development one at start). */
export function draftReadingToken(env: Environment = process.env): string | undefined {
  const token = env.CMS_API_TOKEN?.trim();
  if (token) return token;
  return isProduction(env) ? undefined : DEVELOPMENT_CMS_API_TOKEN;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Constant time whatever the input: equal-length digests, compared with timingSafeEqual. */
export function secretMatches(given: string | null | undefined, expected: string): boolean {
  if (!given || !expected) return false;
  return timingSafeEqual(digest(given), digest(expected));
}
