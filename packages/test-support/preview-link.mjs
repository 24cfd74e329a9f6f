// @ts-check
import { createHmac } from 'node:crypto';
import {
  PREVIEW_LINK_LIFETIME_SECONDS,
  PREVIEW_SESSION_LIFETIME_SECONDS,
  previewSessionSigned,
  previewSignaturePayload,
} from '@welfare/types';

/**
 * A preview link signed as the CMS signs them (apps/cms/src/preview/preview-url.ts), for tests that
 * open or forge one: the portal's /api/preview path and query.
 * @param {{ secret: string, type: string, documentId: string, slug?: string, locale: string, status?: 'draft' | 'published', expires?: number }} link
 */
export function signedPreviewPath({
  secret,
  type,
  documentId,
  slug,
  locale,
  status = 'draft',
  expires = Math.floor(Date.now() / 1000) + PREVIEW_LINK_LIFETIME_SECONDS,
}) {
  const signature = createHmac('sha256', secret)
    .update(previewSignaturePayload({ type, documentId, slug, locale, status, expires }))
    .digest('base64url');
  const query = new URLSearchParams({ type, documentId, ...(slug ? { slug } : {}), locale, status, expires: String(expires), signature });
  return `/api/preview?${query}`;
}

/**
 * A preview session cookie's value as the portal makes it (apps/web/lib/preview/preview-session.ts),
 * for tests that forge one (an expired session, another document).
 * @param {{ secret: string, type: string, documentId: string, slug?: string, locale: string, expires?: number }} session
 */
export function signedPreviewSession({ secret, expires = Math.floor(Date.now() / 1000) + PREVIEW_SESSION_LIFETIME_SECONDS, ...fields }) {
  const payload = Buffer.from(JSON.stringify({ ...fields, expires })).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(previewSessionSigned(payload)).digest('base64url')}`;
}
