import 'server-only';
import { z } from '@welfare/types';
import { DEFAULT_LOCALE, LocalizationSchema, type LocaleCode } from '@welfare/types';
import { cmsGetAll } from './client';
import { tagsFor, type CmsType } from './cache-tags';
import { routes } from '../routes';

/** Every entry with a page of its own, with its slug in each language it exists in. */
export interface SitemapEntry {
  slugs: Partial<Record<LocaleCode, string>>;
  updatedAt: string;
  path: (locale: LocaleCode, slug: string) => string;
}

const Entry = z.object({ documentId: z.string(), slug: z.string(), updatedAt: z.string(), localizations: z.array(LocalizationSchema).optional() });

const WITH_PAGES: Array<{ type: CmsType; path: string; route: (locale: LocaleCode, slug: string) => string }> = [
  { type: 'service', path: '/services', route: routes.service },
  { type: 'school-workshop', path: '/school-workshops', route: routes.workshop },
  { type: 'event', path: '/events', route: routes.event },
  { type: 'page', path: '/pages', route: routes.page },
];

export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const groups = await Promise.all(
    WITH_PAGES.map(async ({ type, path, route }) => {
      // Italian is the master language: every entry exists in it, with its translations as localizations.
      const entries = await cmsGetAll(path, Entry, {
        params: { locale: DEFAULT_LOCALE, fields: ['slug', 'updatedAt'], populate: { localizations: { fields: ['slug', 'locale', 'updatedAt'] } } },
        tags: tagsFor(type),
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
