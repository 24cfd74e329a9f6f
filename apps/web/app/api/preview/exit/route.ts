import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { environment } from '@/lib/environment';
import { safeReturnPath } from '@/lib/preview/preview-link';
import { endPreviewSession } from '@/lib/preview/preview-session';

/** "Exit preview" (the preview banner's link): draft mode off, back to the same page as the public sees it. */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  await endPreviewSession(environment().development);
  const path = safeReturnPath(request.nextUrl.searchParams.get('path'));
  return new Response(null, { status: 307, headers: { Location: path, 'Cache-Control': 'private, no-store' } });
}
