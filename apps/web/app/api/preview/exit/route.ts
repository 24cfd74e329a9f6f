import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { safeReturnPath } from '@/lib/preview/preview-link';

/** "Exit preview" (the preview banner's link): draft mode off, back to the same page as the public sees it. */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  const path = safeReturnPath(request.nextUrl.searchParams.get('path'));
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'no-store' } });
}
