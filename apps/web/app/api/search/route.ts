import { NextResponse, type NextRequest } from 'next/server';
import { isLocaleCode } from '@welfare/types';
import { CmsUnavailableError } from '@/lib/cms/client';
import { normalizeQuery, searchContent } from '@/lib/cms/search';
import { cacheControlFor } from '@/lib/preview/draft-cache-control';

/** The search box's data as you type (SWR): the browser asks the portal, never the CMS. */
export async function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.get('locale');
  if (!isLocaleCode(locale)) {
    return NextResponse.json({ error: 'The parameter "locale" must be one of the portal\'s languages.' }, { status: 400 });
  }
  const query = normalizeQuery(request.nextUrl.searchParams.get('q'));
  try {
    const results = await searchContent(locale, query);
    return NextResponse.json({ query, results }, { headers: { 'Cache-Control': await cacheControlFor('public, max-age=60') } });
  } catch (error) {
    if (error instanceof CmsUnavailableError) {
      return NextResponse.json({ error: 'Search is temporarily unavailable.' }, { status: 503, headers: { 'Retry-After': '30' } });
    }
    throw error;
  }
}
