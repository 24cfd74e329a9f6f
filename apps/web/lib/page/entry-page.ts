import { permanentRedirect } from 'next/navigation';
import type { LocaleCode } from '@welfare/types';
import type { EntryLookup, LocalizedEntry } from '@/lib/cms/localized-entries';

/**
 * An entry page's lookup result: the entry (translated or Italian fallback), a redirect to the
 * translated slug when the visitor came with the Italian one, or null when there is no such entry
 * (the page then renders <NotFoundPage>, a 404 in the visitor's language).
 */
export function entryOrMissing<T>(lookup: EntryLookup<T>, locale: LocaleCode, path: (locale: LocaleCode, slug: string) => string): LocalizedEntry<T> | null {
  if (!lookup) return null;
  if ('redirectToSlug' in lookup) permanentRedirect(path(locale, lookup.redirectToSlug));
  return lookup.found;
}
