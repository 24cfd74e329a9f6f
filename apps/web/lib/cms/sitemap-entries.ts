import 'server-only';
import { z } from '@welfare/types';
import {
  DEFAULT_LOCALE,
  LocalizationSchema,
  SITEMAP_TYPES,
  contentType,
  listResponseSchema,
  type EntryPageType,
  type ListResponse,
  type LocaleCode,
} from '@welfare/types';
import { cmsGet } from './client';
import { cacheTags } from './cache-tags';

/**
 * The sitemap's entries, one file per CMS page of Italian entries: each file costs one request and
 * holds at most SITEMAP_FILE_ENTRIES entries × the number of languages URLs, whatever the size of
 * the catalogue. Italian is the master language: every entry exists in it, with its translations.
 */
export const SITEMAP_FILE_ENTRIES = 100;

export interface SitemapEntry {
  type: EntryPageType;
  slugs: Partial<Record<LocaleCode, string>>;
  updatedAt: string;
}

const Entry = z.object({
  documentId: z.string(),
  slug: z.string(),
  updatedAt: z.string(),
  localizations: z.array(LocalizationSchema.extend({ updatedAt: z.string().optional() })).optional(),
});
type Entry = z.infer<typeof Entry>;

async function italianPage(
  type: EntryPageType,
  pagination: { page: number; pageSize: number },
  withTranslations: boolean,
): Promise<ListResponse<Entry>> {
  return cmsGet<ListResponse<Entry>>(contentType(type).restPath, listResponseSchema<Entry>(Entry), {
    params: {
      locale: DEFAULT_LOCALE,
      fields: ['slug', 'updatedAt'],
      sort: ['documentId:asc'],
      populate: withTranslations ? { localizations: { fields: ['slug', 'locale', 'updatedAt'] } } : undefined,
      pagination,
    },
    tags: [cacheTags.sitemap],
  });
}

/** The sitemap files of each type with entry pages: `{ type, page }`, one per CMS page. */
export async function listSitemapFiles(): Promise<Array<{ type: EntryPageType; page: number }>> {
  const counts = await Promise.all(
    SITEMAP_TYPES.map(async (type) => {
      const { total } = (await italianPage(type, { page: 1, pageSize: 1 }, false)).meta.pagination;
      return { type, pages: Math.ceil(total / SITEMAP_FILE_ENTRIES) };
    }),
  );
  return counts.flatMap(({ type, pages }) => Array.from({ length: pages }, (_, index) => ({ type, page: index + 1 })));
}

export async function listSitemapEntries(type: EntryPageType, page: number): Promise<SitemapEntry[]> {
  const response = await italianPage(type, { page, pageSize: SITEMAP_FILE_ENTRIES }, true);
  return response.data.map((entry) => {
    const slugs: SitemapEntry['slugs'] = { [DEFAULT_LOCALE]: entry.slug };
    let updatedAt = entry.updatedAt;
    for (const localization of entry.localizations ?? []) {
      if (localization.slug) slugs[localization.locale] = localization.slug;
      if (localization.updatedAt && localization.updatedAt > updatedAt) updatedAt = localization.updatedAt;
    }
    return { type, slugs, updatedAt };
  });
}
