import { DEFAULT_LOCALE, cardEmbeds, hasEntryPages, type ChangeNotice, type ContentType, type LocaleCode } from '@welfare/types';

/**
 * The cache tags of the portal's CMS requests, and the tags a change in the CMS refreshes. A page's
 * cache entry carries the tags of every request it made, so refreshing a tag refreshes exactly the
 * pages that asked for that data:
 * - `entries`: the entries of a type in a language, as lists show them (lists, home, search,
 *   calendars, filters), or a single type (the global settings every page shows);
 * - `entry`: one entry looked up by its slug in a language: its page, and, for Italian, the page
 *   in every language that lacks a translation (that page looks the Italian slug up);
 * - `slugs`: the published slugs of a type (known-slugs.ts), which every entry page of the type
 *   reads before it asks for its entry: refreshed only when a slug appears, changes or goes;
 * - `sitemap`: the sitemap, which lists every entry page in every language.
 */
export const cacheTags = {
  entries: (type: ContentType, locale: LocaleCode) => `cms:${type}:${locale}`,
  entry: (type: ContentType, locale: LocaleCode, slug: string) => `cms:${type}:${locale}:slug:${slug}`,
  slugs: (type: ContentType) => `cms:${type}:slugs`,
  sitemap: 'cms:sitemap',
};

/** The tags that a change (what the CMS notifies, see @welfare/types ChangeNotice) makes stale. */
export function tagsForChange(notice: ChangeNotice): string[] {
  const { type, locales, published } = notice;
  const versions = [...published.before, ...published.after];
  const slugsIn = (locale: LocaleCode) =>
    versions.filter((version) => version.locale === locale && version.slug).map((version) => version.slug as string);

  const tags = new Set<string>();
  for (const locale of locales) {
    tags.add(cacheTags.entries(type, locale));
    if (!hasEntryPages(type)) continue;
    // Its page under the slug it had and the slug it has (a changed slug, a new or removed page).
    for (const slug of slugsIn(locale)) tags.add(cacheTags.entry(type, locale, slug));
    // A translation appearing or disappearing: the page at the Italian slug in this language turns
    // from the Italian text (fallback) into a redirect to the translation, or back.
    if (locale !== DEFAULT_LOCALE) for (const slug of slugsIn(DEFAULT_LOCALE)) tags.add(cacheTags.entry(type, locale, slug));
  }
  if (hasEntryPages(type)) tags.add(cacheTags.sitemap);
  // A slug published, renamed or withdrawn: the lists of known slugs (an edit keeps them as they are).
  if (hasEntryPages(type)) {
    const slugSet = (versions: ChangeNotice['published']['before']) =>
      new Set(versions.filter((version) => version.slug).map((version) => `${version.locale} ${version.slug}`));
    const before = slugSet(published.before);
    const after = slugSet(published.after);
    if (before.size !== after.size || [...before].some((slug) => !after.has(slug))) tags.add(cacheTags.slugs(type));
  }

  // The entries that show this one through a relation: their pages always (they show everything
  // they are related to), their lists only when a list shows that relation.
  for (const shown of notice.shownBy) {
    if (shown.slug && hasEntryPages(shown.type)) tags.add(cacheTags.entry(shown.type, shown.locale, shown.slug));
    if (cardEmbeds(shown.type).includes(type)) tags.add(cacheTags.entries(shown.type, shown.locale));
  }
  return [...tags].sort();
}
