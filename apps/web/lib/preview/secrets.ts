import { DEVELOPMENT_SHARED_SECRETS } from '@welfare/types';
import { sharedSecret } from '@/lib/shared-secrets';

/**
 * What the preview needs from the one .env both apps read: PREVIEW_SECRET (the CMS's preview links
 * carry it; development gets the CMS's fixed value, production never accepts a published one, see
 * lib/shared-secrets.ts) and CMS_PREVIEW_TOKEN (the full-access token that reads drafts; every other
 * page reads published content with CMS_API_TOKEN, which cannot).
 */
type Environment = Record<string, string | undefined>;


export type PreviewConfiguration = { enabled: true; secret: string } | { enabled: false; problem: string };

const isProduction = (env: Environment) => env.NODE_ENV === 'production';

/** The secret preview links must carry, or why preview is off (production without real values). */
export function previewConfiguration(env: Environment = process.env): PreviewConfiguration {
  const secret = sharedSecret('PREVIEW_SECRET', env);
  if (!secret) {
    return { enabled: false, problem: "PREVIEW_SECRET is missing or left at an example value: set it to the CMS's secret random value" };
  }
  if (isProduction(env) && !env.CMS_PREVIEW_TOKEN?.trim()) {
    return { enabled: false, problem: 'CMS_PREVIEW_TOKEN is not set: the portal has no full-access token to read drafts with' };
  }
  return { enabled: true, secret };
}

/** The token the preview reads drafts with. */
export function draftReadingToken(env: Environment = process.env): string | undefined {
  const token = env.CMS_PREVIEW_TOKEN?.trim();
  if (token) return token;
  return isProduction(env) ? undefined : DEVELOPMENT_SHARED_SECRETS.CMS_PREVIEW_TOKEN;
}
