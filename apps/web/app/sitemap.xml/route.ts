import { listSitemapFiles } from '@/lib/cms/sitemap-entries';
import { sitemapFilePath, sitemapIndexXml, xmlResponse } from '@/lib/sitemap-xml';

/** The sitemap index: the lists, then one file per page of each type's entries. */
export async function GET() {
  const files = await listSitemapFiles();
  return xmlResponse(sitemapIndexXml([sitemapFilePath('lists'), ...files.map(sitemapFilePath)]));
}
