import 'server-only';
import { z } from '@welfare/types';
import { DEFAULT_LOCALE, LocalizationSchema, type EntryPageType, type LocaleCode } from '@welfare/types';
import { cmsGetAll } from './client';
import { cacheTags } from './cache-tags';
import { entryPages } from '../routes';

/** Every entry with a page of its own, with its slug in each language it exists in. */
export interface SitemapEntry {
  slugs: Partial<Record<LocaleCode, string>>;
  updatedAt: string;
  path: (locale: LocaleCode, slug: string) => string;
}

const Entry = z.object({ documentId: z.string(), slug: z.string(), updatedAt: z.string(), localizations: z.array(LocalizationSchema).optional() });

/** Where the CMS's REST API lists each type that has entry pages. */
const API_PATHS: Record<EntryPageType, string> = { service: '/services', 'school-workshop': '/school-workshops', event: '/events', page: '/pages' };

export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const groups = await Promise.all(
    (Object.keys(API_PATHS) as EntryPageType[]).map(async (type) => {
      const route = entryPages[type];
      // Italian is the master language: every entry exists in it, with its translations as localizations.
      const entries = await cmsGetAll(API_PATHS[type], Entry, {
        params: { locale: DEFAULT_LOCALE, fields: ['slug', 'updatedAt'], populate: { localizations: { fields: ['slug', 'locale', 'updatedAt'] } } },
        tags: [cacheTags.sitemap],
      });
      return entries.map((entry) => {
        const slugs: SitemapEntry['slugs'] = { [DEFAULT_LOCALE]: entry.slug };
        for (const localization of entry.localizations ?? []) if (localization.slug) slugs[localization.locale] = localization.slug;
        return { slugs, updatedAt: entry.updatedAt, path: route };
      });
    }),
  );
  return groups.flat();
}
