import 'server-only';
import { environment } from '@/lib/environment';

/** The portal's public URL (PORTAL_URL), read at run time on the server: one build serves any address. */
export const siteUrl = (): string => environment().portalUrl;

/** A portal path as an absolute URL (canonical links, sitemap, JSON-LD, calendar feeds). */
export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`;
