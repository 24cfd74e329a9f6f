// @ts-check
import { createHmac } from 'node:crypto';
import { PREVIEW_LINK_LIFETIME_SECONDS, previewSignaturePayload } from '@welfare/types';

/**
 * A preview link signed as the CMS signs them (apps/cms/src/preview/preview-url.ts), for tests that
 * open or forge one: the portal's /api/preview path and query.
 * @param {{ secret: string, type: string, slug?: string, locale: string, status?: 'draft' | 'published', expires?: number }} link
 */
export function signedPreviewPath({ secret, type, slug, locale, status = 'draft', expires = Math.floor(Date.now() / 1000) + PREVIEW_LINK_LIFETIME_SECONDS }) {
  const signature = createHmac('sha256', secret).update(previewSignaturePayload({ type, slug, locale, status, expires })).digest('base64url');
  const query = new URLSearchParams({ type, ...(slug ? { slug } : {}), locale, status, expires: String(expires), signature });
  return `/api/preview?${query}`;
}
