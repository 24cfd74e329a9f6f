import { LIST_PAGE_TYPES, LOCALE_CODES, type EntryPageType, type LocaleCode } from '@welfare/types';
import type { SitemapEntry } from '@/lib/cms/sitemap-entries';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site-url';

/**
 * The sitemap as XML (sitemaps.org 0.9 with xhtml:link hreflang alternates): an index that names
 * one file for the portal's lists and one per page of each type's entries.
 */
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A sitemap file's name: `lists.xml`, or `<type>-<page>.xml`. */
export const sitemapFileName = (file: { type: EntryPageType; page: number } | 'lists') =>
  file === 'lists' ? 'lists.xml' : `${file.type}-${file.page}.xml`;
export const sitemapFilePath = (file: Parameters<typeof sitemapFileName>[0]) => `/sitemaps/${sitemapFileName(file)}`;

export function parseSitemapFileName(
  name: string,
  types: readonly EntryPageType[],
): { type: EntryPageType; page: number } | 'lists' | null {
  if (name === 'lists.xml') return 'lists';
  const match = /^([a-z-]+)-([1-9][0-9]{0,5})\.xml$/.exec(name);
  const type = types.find((candidate) => candidate === match?.[1]);
  return type && match ? { type, page: Number(match[2]) } : null;
}

export function sitemapIndexXml(files: string[]): string {
  const items = files.map((path) => `<sitemap><loc>${escapeXml(absoluteUrl(path))}</loc></sitemap>`).join('\n');
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

interface UrlItem {
  hrefs: Partial<Record<LocaleCode, string>>;
  lastModified?: string;
}

function urlSetXml(items: UrlItem[]): string {
  const urls = items.flatMap(({ hrefs, lastModified }) => {
    const alternates = Object.entries(hrefs)
      .map(([locale, href]) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(absoluteUrl(href as string))}"/>`)
      .join('');
    return Object.values(hrefs).map(
      (href) =>
        `<url><loc>${escapeXml(absoluteUrl(href as string))}</loc>${lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ''}${alternates}</url>`,
    );
  });
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

const everyLocale = (build: (locale: LocaleCode) => string) => Object.fromEntries(LOCALE_CODES.map((locale) => [locale, build(locale)]));

/** The home page and the list pages, in every language. */
export function listsSitemapXml(): string {
  return urlSetXml([
    { hrefs: everyLocale(routes.home) },
    ...LIST_PAGE_TYPES.map((type) => ({ hrefs: everyLocale((locale) => routes.list(type, locale)) })),
  ]);
}

/** Entry pages in every language they are translated into, each with its alternates. */
export function entriesSitemapXml(entries: SitemapEntry[]): string {
  return urlSetXml(
    entries.map((entry) => ({
      hrefs: Object.fromEntries(
        Object.entries(entry.slugs).map(([locale, slug]) => [locale, routes.entry(entry.type, locale as LocaleCode, slug as string)]),
      ),
      lastModified: entry.updatedAt,
    })),
  );
}

/** The public's caching of sitemaps; a draft-mode request gets `private, no-store` instead (lib/preview/draft-cache-control.ts). */
export const SITEMAP_CACHE_CONTROL = 'public, max-age=300';

export function xmlResponse(body: string, cacheControl: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': cacheControl } });
}
