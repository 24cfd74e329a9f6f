import type { LocaleCode } from '@welfare/types/locales';
import { demoDocuments } from '@welfare/test-support/demo-entries';
import { searchDocument, type SearchDocument } from '@/lib/search/search-document';

/**
 * The demo content as the portal's search indexes it: the entries as the CMS answers them
 * (@welfare/test-support/demo-entries), through `searchDocument`, the function the portal indexes
 * the CMS's answers with. For the relevance test and the search store's test.
 */
export const fixtureDocuments = (): Map<LocaleCode, SearchDocument[]> => demoDocuments(searchDocument);
