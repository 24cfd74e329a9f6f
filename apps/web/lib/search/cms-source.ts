import 'server-only';
import { contentType, restPath, singleResponseSchema, z, type LocaleCode, type QueryValue, type SearchableType } from '@welfare/types';
import { cmsGet, cmsGetAll, CmsResponseError } from '../cms/client';
import { cacheTags } from '../cms/cache-tags';
import { namesPopulate, searchDocument, type SearchDocument } from './search-document';

/**
 * The search index's reads from the CMS, through the portal's CMS client: published content,
 * read fresh (never a draft, never a stale cached answer), whole lists paged and bounded.
 */

/** At most 100 × 100 entries of one type in one language are indexed. */
const MAX_PAGES = 100;

// Any entry with a documentId: its fields are read by the registry's field lists, tolerantly.
const entrySchema = z.object({ documentId: z.string() }).catchall(z.unknown());
type Entry = z.infer<typeof entrySchema>;

function toDocuments(type: SearchableType, locale: LocaleCode, entries: Entry[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const entry of entries) {
    const document = searchDocument(type, entry, locale);
    if (document) documents.push(document);
    else console.warn(`search: skipped ${type} ${entry.documentId} (${locale}): no title`);
  }
  return documents;
}

const params = (type: SearchableType, locale: LocaleCode) => ({ locale, populate: namesPopulate(type) as Record<string, QueryValue> });

/** Every published entry of the searchable type in a language. */
export async function readAll(type: SearchableType, locale: LocaleCode): Promise<SearchDocument[]> {
  const entries = await cmsGetAll(
    restPath(type),
    entrySchema,
    { params: params(type, locale), tags: [cacheTags.entries(type, locale)], fresh: true },
    { maxPages: MAX_PAGES },
  );
  return toDocuments(type, locale, entries);
}

/** One published entry in a language, or null when it is not published in it (any more). */
export async function readOne(type: SearchableType, documentId: string, locale: LocaleCode): Promise<SearchDocument | null> {
  if (contentType(type).kind !== 'collectionType') return null;
  try {
    const response = await cmsGet(`${restPath(type)}/${encodeURIComponent(documentId)}`, singleResponseSchema(entrySchema), {
      params: params(type, locale),
      tags: [cacheTags.entries(type, locale)],
      fresh: true,
    });
    return toDocuments(type, locale, [response.data])[0] ?? null;
  } catch (error) {
    if (error instanceof CmsResponseError && error.status === 404) return null;
    throw error;
  }
}
