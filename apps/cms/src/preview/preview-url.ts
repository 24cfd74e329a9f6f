import type { Core, UID } from '@strapi/strapi';
import { createHmac } from 'node:crypto';
import { PREVIEW_LINK_LIFETIME_SECONDS, previewSignaturePayload } from '@welfare/types';
import { DEFAULT_LOCALE } from '@welfare/types/locales';
import { contentTypeOfUid, hasEntryPages, isPreviewable, type PreviewableType } from '@welfare/types/registry';

/**
 * Strapi's preview (the admin's "Open preview", in its iframe and in a new tab) opens the portal's
 * draft-mode route, which maps type + slug + locale to the page (apps/web/lib/routes.ts). The CMS
 * only names the entry (the portal owns its URL structure), in a link signed with PREVIEW_SECRET
 * that expires after 10 minutes: the secret never travels, and a link seen in a proxy's log or
 * kept by a translator opens nothing else and nothing later.
 */

/**
 * The types a preview can show (the registry's `preview`): those with a page per entry, mediators
 * (on the mediators list) and the global settings (on the home page).
 */
export type PreviewType = PreviewableType;

/** The portal's origin, the only one the admin may show in its preview iframe (its CSP frame-src). */
export const portalOrigin = (portalUrl: string): string => new URL(portalUrl).origin;

export function previewTypeOf(uid: string): PreviewType | null {
  const type = contentTypeOfUid(uid);
  return type && isPreviewable(type) ? type : null;
}

export interface PreviewLink {
  portalUrl: string;
  secret: string;
  type: PreviewType;
  /** The one document the portal may show the draft of. */
  documentId: string;
  slug?: string;
  locale: string;
  status: 'draft' | 'published';
}

/** The link, valid until `expires` (Unix seconds). */
export function previewLink({ portalUrl: base, secret, type, documentId, slug, locale, status }: PreviewLink, expires: number): string {
  const fields = { type, documentId, slug, locale, status, expires };
  const signature = createHmac('sha256', secret).update(previewSignaturePayload(fields)).digest('base64url');
  const query = new URLSearchParams({ type, documentId, ...(slug ? { slug } : {}), locale, status, expires: String(expires), signature });
  return `${base}/api/preview?${query}`;
}

interface HandlerParams {
  documentId: string;
  locale?: string | null;
  status?: string;
}

/**
 * The `admin.preview.config.handler` of config/admin.ts: a portal URL, or null for types without a
 * page. Strapi calls it only after the route's policy (preview-permission.ts) has checked that the
 * requesting user may read this document in this locale.
 */
export function createPreviewHandler(options: { secret: string; portalUrl: string; strapi?: () => Core.Strapi; now?: () => number }) {
  const getStrapi = options.strapi ?? (() => strapi);
  const now = options.now ?? Date.now;
  return async (uid: string, { documentId, locale, status }: HandlerParams): Promise<string | null> => {
    const type = previewTypeOf(uid);
    if (!type || !documentId) return null;
    const entryLocale = locale || DEFAULT_LOCALE;
    const entryStatus = status === 'published' ? 'published' : 'draft';
    let slug: string | undefined;
    if (hasEntryPages(type)) {
      // The slug is per locale and may differ between the draft and the published version.
      const entry: Record<string, unknown> | null = await getStrapi()
        .documents(uid as UID.CollectionType)
        .findOne({ documentId, locale: entryLocale, status: entryStatus, fields: ['slug'] as never });
      slug = typeof entry?.slug === 'string' ? entry.slug : undefined;
      // Not saved in this locale yet (or no slug): nothing the portal could show.
      if (!slug) return null;
    }
    // The admin asks for the link each time it opens the preview, so a short life costs staff nothing.
    const expires = Math.floor(now() / 1000) + PREVIEW_LINK_LIFETIME_SECONDS;
    return previewLink(
      { portalUrl: options.portalUrl, secret: options.secret, type, documentId, slug, locale: entryLocale, status: entryStatus },
      expires,
    );
  };
}
