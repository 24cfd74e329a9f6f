import type { LocaleCode } from '@welfare/types';

/**
 * The cache tags of every CMS fetch: by content type, by type and locale, by document. A change to
 * one entry can then revalidate exactly the pages that show it (its page, the lists of its type in
 * its locale, the sitemap, the fallback pages of other locales).
 */
export type CmsType = 'global' | 'service' | 'mediator' | 'school-workshop' | 'event' | 'page' | 'category' | 'place' | 'language';

export const cacheTags = {
  all: 'cms',
  type: (type: CmsType) => `cms:${type}`,
  typeInLocale: (type: CmsType, locale: LocaleCode) => `cms:${type}:${locale}`,
  document: (documentId: string) => `cms:doc:${documentId}`,
};

export function tagsFor(type: CmsType, locale?: LocaleCode, documentIds: string[] = []): string[] {
  return [
    cacheTags.all,
    cacheTags.type(type),
    ...(locale ? [cacheTags.typeInLocale(type, locale)] : []),
    ...documentIds.map(cacheTags.document),
  ];
}
