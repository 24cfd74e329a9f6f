import { connection } from 'next/server';
import { listSitemapFiles } from '@/lib/cms/sitemap-entries';
import { sitemapFilePath, sitemapIndexXml, SITEMAP_CACHE_CONTROL, xmlResponse } from '@/lib/sitemap-xml';
import { cacheControlFor } from '@/lib/preview/draft-cache-control';

/** The sitemap index: the lists, then one file per page of each type's entries. */
export async function GET() {
  // Rendered at request time, so the build never needs the CMS; the CMS answers are cached.
  await connection();
  const files = await listSitemapFiles();
  return xmlResponse(
    sitemapIndexXml([sitemapFilePath('lists'), ...files.map(sitemapFilePath)]),
    await cacheControlFor(SITEMAP_CACHE_CONTROL),
  );
}
