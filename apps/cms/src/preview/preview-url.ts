import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, contentTypeOfUid, hasEntryPages, isPreviewable, type PreviewableType } from '@welfare/types';
import { portalUrl } from '../environment/portal-url';

/**
 * Strapi's preview (the admin's "Open preview", in its iframe and in a new tab) opens the portal's
 * secret-protected draft-mode route, which maps type + slug + locale to the page (apps/web/lib/routes.ts).
 * The CMS only names the entry: the portal owns its URL structure.
 */
type Environment = Record<string, string | undefined>;

/**
 * The types a preview can show (the registry's `preview`): those with a page per entry, mediators
 * (on the mediators list) and the global settings (on the home page).
 */
export type PreviewType = PreviewableType;

/** The portal's origin, the only one the admin may show in its preview iframe (its CSP frame-src). */
export function portalOrigin(env: Environment = process.env): string {
  try {
    return new URL(portalUrl(env)).origin;
  } catch {
    throw new Error(`PORTAL_URL: "${env.PORTAL_URL}" is not a URL such as https://portal.example.org`);
  }
}

export function previewTypeOf(uid: string): PreviewType | null {
  const type = contentTypeOfUid(uid);
  return type && isPreviewable(type) ? type : null;
}

export interface PreviewLink {
  portalUrl: string;
  secret: string;
  type: PreviewType;
  slug?: string;
  locale: string;
  status: 'draft' | 'published';
}

export function previewLink({ portalUrl: base, secret, type, slug, locale, status }: PreviewLink): string {
  const query = new URLSearchParams({ secret, type, ...(slug ? { slug } : {}), locale, status });
  return `${base}/api/preview?${query}`;
}

interface HandlerParams {
  documentId: string;
  locale?: string | null;
  status?: string;
}

/** The `admin.preview.config.handler` of config/admin.ts: a portal URL, or null for types without a page. */
export function createPreviewHandler(options: { secret: string; env?: Environment; strapi?: () => Core.Strapi }) {
  const getStrapi = options.strapi ?? (() => strapi);
  return async (uid: string, { documentId, locale, status }: HandlerParams): Promise<string | null> => {
    const type = previewTypeOf(uid);
    if (!type) return null;
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
    return previewLink({ portalUrl: portalUrl(options.env), secret: options.secret, type, slug, locale: entryLocale, status: entryStatus });
  };
}
