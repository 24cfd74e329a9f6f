import 'server-only';
import { contentType, listResponseSchema, z, type EntryPageType, type ListResponse, type LocaleCode } from '@welfare/types';
import { cmsGet } from './client';
import { cacheTags } from './cache-tags';

/**
 * The published slugs of a type in a language: an entry page asks the CMS for its entry only when
 * its slug is one of them, so an invented address costs no CMS request and stores nothing per
 * address (the portal's CMS budget and the shared cache stay out of visitors' reach).
 *
 * One list per type and language, the slugs only (100 a request), in Next's data cache under
 * `cacheTags.slugs(type)`: the CMS's change notice refreshes it when a slug appears, changes or goes
 * (cache-tags.ts `tagsForChange`), not on every edit. Bounded: at most MAX_PAGES requests of
 * PAGE_SIZE slugs; a catalogue beyond that (never the case at this agency's size) is looked up slug
 * by slug, as without this list.
 */
const PAGE_SIZE = 100;
const MAX_PAGES = 50;

const SlugOnly = z.object({ slug: z.string() });
type SlugOnly = z.infer<typeof SlugOnly>;

export interface KnownSlugs {
  has(slug: string): boolean;
}

/** Every slug may exist: the list was too long to hold. */
const ANY_SLUG: KnownSlugs = { has: () => true };

export async function knownSlugs(type: EntryPageType, locale: LocaleCode): Promise<KnownSlugs> {
  const schema = listResponseSchema<SlugOnly>(SlugOnly);
  const slugs = new Set<string>();
  for (let page = 1; ; page += 1) {
    const response = await cmsGet<ListResponse<SlugOnly>>(contentType(type).restPath, schema, {
      params: { locale, fields: ['slug'], sort: ['documentId:asc'], pagination: { page, pageSize: PAGE_SIZE } },
      tags: [cacheTags.slugs(type)],
    });
    for (const entry of response.data) slugs.add(entry.slug);
    if (page >= response.meta.pagination.pageCount) return slugs;
    if (page >= MAX_PAGES) {
      console.warn(`cms: ${type} has more than ${MAX_PAGES * PAGE_SIZE} entries in ${locale}: its pages look their slugs up one by one`);
      return ANY_SLUG;
    }
  }
}
