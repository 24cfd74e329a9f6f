import 'server-only';
import { environment, type PortalEnvironment } from '@/lib/environment';

/**
 * What the preview needs from the one .env both apps read: PREVIEW_SECRET (the key of the CMS's
 * signed preview links) and CMS_PREVIEW_TOKEN (the full-access token that reads drafts; every other
 * page reads published content with CMS_API_TOKEN, which cannot).
 */
export type PreviewConfiguration = { enabled: true; secret: string; token: string } | { enabled: false; problem: string };

/** The secret preview links are signed with and the token drafts are read with, or why preview is off. */
export function previewConfiguration(settings: PortalEnvironment = environment()): PreviewConfiguration {
  const { PREVIEW_SECRET: secret, CMS_PREVIEW_TOKEN: token } = settings.secrets;
  if (!secret) return { enabled: false, problem: "PREVIEW_SECRET is not set: set it to the CMS's secret random value" };
  if (!token) return { enabled: false, problem: 'CMS_PREVIEW_TOKEN is not set: the portal has no full-access token to read drafts with' };
  return { enabled: true, secret, token };
}

/** The token the preview reads drafts with. */
export const draftReadingToken = (): string | undefined => environment().secrets.CMS_PREVIEW_TOKEN;
