import { NextResponse, type NextRequest } from 'next/server';
import { isLocaleCode } from '@welfare/types';
import { CmsUnavailableError } from '@/lib/cms/client';
import { cacheControlFor } from '@/lib/preview/draft-cache-control';
import { searchPortal, searchRequest } from '@/lib/search/portal-search';

/**
 * The search box's data as you type (SWR): the same answer the server-rendered /search page
 * shows, from the portal's in-memory index. The browser asks the portal, never the CMS.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = params.get('locale');
  if (!isLocaleCode(locale)) {
    return NextResponse.json({ error: 'The parameter "locale" must be one of the portal\'s languages.' }, { status: 400 });
  }
  const { query, type, page } = searchRequest({
    q: params.get('q') ?? undefined,
    type: params.get('type') ?? undefined,
    page: params.get('page') ?? undefined,
  });
  try {
    const answer = await searchPortal(locale, query, type, page);
    // Answers change when content is published: short-lived in browsers, never shared by proxies.
    return NextResponse.json(answer, { headers: { 'Cache-Control': await cacheControlFor('private, max-age=10') } });
  } catch (error) {
    if (error instanceof CmsUnavailableError) {
      return NextResponse.json({ error: 'Search is temporarily unavailable.' }, { status: 503, headers: { 'Retry-After': '30' } });
    }
    throw error;
  }
}
