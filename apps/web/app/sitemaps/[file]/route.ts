import { connection } from 'next/server';
import { SITEMAP_TYPES } from '@welfare/types';
import { listSitemapEntries } from '@/lib/cms/sitemap-entries';
import { entriesSitemapXml, listsSitemapXml, parseSitemapFileName, SITEMAP_CACHE_CONTROL, xmlResponse } from '@/lib/sitemap-xml';
import { cacheControlFor } from '@/lib/preview/draft-cache-control';

/** One sitemap file: `lists.xml`, or `<type>-<page>.xml` (one CMS page of that type's entries). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  // Rendered at request time, so the build never needs the CMS; the CMS answers are cached.
  await connection();
  const file = parseSitemapFileName((await params).file, SITEMAP_TYPES);
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (file === 'lists') return xmlResponse(listsSitemapXml(), await cacheControlFor(SITEMAP_CACHE_CONTROL));
  const entries = await listSitemapEntries(file.type, file.page);
  if (entries.length === 0) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return xmlResponse(entriesSitemapXml(entries), await cacheControlFor(SITEMAP_CACHE_CONTROL));
}
