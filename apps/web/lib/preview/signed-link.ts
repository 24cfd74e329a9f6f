import 'server-only';
import { createHmac } from 'node:crypto';
import { PREVIEW_LINK_LIFETIME_SECONDS, previewSignaturePayload } from '@welfare/types';
import { matchesSecret } from '@/lib/shared-secrets';
import type { PreviewLink } from './preview-link';

/**
 * Checks the CMS's signed preview links (the CMS's src/preview/preview-url.ts): an HMAC-SHA256 with
 * PREVIEW_SECRET over what the link names (@welfare/types previewSignaturePayload) and its expiry.
 * A link altered in any field, signed with another secret, expired, or valid for longer than the
 * CMS ever signs (a forged far-future expiry would need the secret anyway) opens nothing.
 */
export type SignatureCheck = { ok: true } | { ok: false; message: string };

/** Clocks of the CMS and the portal may differ a little. */
const CLOCK_SKEW_SECONDS = 60;

export function signPreviewLink(link: PreviewLink, expires: number, secret: string): string {
  const slug = 'slug' in link ? link.slug : undefined;
  return createHmac('sha256', secret)
    .update(
      previewSignaturePayload({ type: link.type, documentId: link.documentId, slug, locale: link.locale, status: link.status, expires }),
    )
    .digest('base64url');
}

export function checkPreviewSignature(query: URLSearchParams, link: PreviewLink, secret: string, now = Date.now()): SignatureCheck {
  const expires = Number(query.get('expires'));
  const signature = query.get('signature');
  if (!Number.isSafeInteger(expires) || !signature) {
    return { ok: false, message: 'Invalid preview link: it is not signed. Open the preview again from the CMS.' };
  }
  if (!matchesSecret(signature, signPreviewLink(link, expires, secret))) {
    return {
      ok: false,
      message:
        'Invalid preview link: its signature does not match (altered, or signed with another secret). Open the preview again from the CMS.',
    };
  }
  const nowSeconds = Math.floor(now / 1000);
  if (expires < nowSeconds)
    return { ok: false, message: 'This preview link has expired (links are valid for 10 minutes). Open the preview again from the CMS.' };
  if (expires > nowSeconds + PREVIEW_LINK_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS) {
    return { ok: false, message: 'Invalid preview link: it claims to be valid for longer than the CMS signs links for.' };
  }
  return { ok: true };
}
