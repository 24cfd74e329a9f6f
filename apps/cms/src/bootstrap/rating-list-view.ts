import type { Core } from '@strapi/strapi';

const RATING = 'api::page-rating.page-rating';
/** What staff need to read ratings per page and language: the page, its language, score, reason, comment, when. */
const LIST_COLUMNS = ['path', 'pageLocale', 'score', 'reason', 'comment', 'createdAt'];

interface Configuration {
  settings: Record<string, unknown>;
  layouts: { list: string[] } & Record<string, unknown>;
  metadatas: Record<string, unknown>;
}

interface ContentTypesService {
  findContentType(uid: string): { uid: string } | undefined;
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/**
 * The admin's list of page ratings shows the useful columns, sorted by page, filterable by page and
 * language (Strapi's list filters), so staff read every page's ratings together; the admin home's widget
 * (src/admin/page-rating-summary.tsx) sums them up per page and language. Set at every start.
 */
export async function ensureRatingListView(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as unknown as ContentTypesService;
  const contentType = service.findContentType(RATING);
  if (!contentType) return;
  const configuration = await service.findConfiguration(contentType);
  const settings = { ...configuration.settings, defaultSortBy: 'path', defaultSortOrder: 'ASC', mainField: 'path', pageSize: 50 };
  const same =
    JSON.stringify(configuration.layouts.list) === JSON.stringify(LIST_COLUMNS) &&
    Object.entries(settings).every(([key, value]) => configuration.settings[key] === value);
  if (same) return;
  await service.updateConfiguration(contentType, {
    settings,
    metadatas: configuration.metadatas,
    layouts: { ...configuration.layouts, list: LIST_COLUMNS },
  });
}
