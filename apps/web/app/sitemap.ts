import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { LOCALE_CODES, type LocaleCode } from '@welfare/types';
import { listSitemapEntries } from '@/lib/cms/sitemap-entries';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site-url';



const LISTS = [routes.home, routes.services, routes.mediators, routes.workshops, routes.events];

function languages(hrefs: Partial<Record<LocaleCode, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(hrefs).map(([locale, href]) => [locale, absoluteUrl(href)]));
}

/** Every page in every language it exists in, each with its alternates (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Rendered at request time, so the build never needs the CMS; the CMS responses are cached.
  await connection();
  const lists = LISTS.flatMap((route) => {
    const hrefs = Object.fromEntries(LOCALE_CODES.map((locale) => [locale, route(locale)]));
    return LOCALE_CODES.map((locale) => ({ url: absoluteUrl(route(locale)), alternates: { languages: languages(hrefs) } }));
  });
  const entries = (await listSitemapEntries()).flatMap((entry) => {
    const hrefs = Object.fromEntries(Object.entries(entry.slugs).map(([locale, slug]) => [locale, entry.path(locale as LocaleCode, slug)]));
    return Object.keys(hrefs).map((locale) => ({
      url: absoluteUrl(hrefs[locale]),
      lastModified: entry.updatedAt,
      alternates: { languages: languages(hrefs) },
    }));
  });
  return [...lists, ...entries];
}
