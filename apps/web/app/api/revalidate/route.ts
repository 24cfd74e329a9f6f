import { revalidateTag } from 'next/cache';
import { NextResponse } from 'next/server';
import { tagsForChange } from '@/lib/cms/cache-tags';
import { readNoticeRequest } from '@/lib/revalidation/notice-request';
import { applySearchChange } from '@/lib/search/portal-search';
import { sharedSecret } from '@/lib/shared-secrets';

/**
 * The CMS's change notices (the CMS's src/portal-notification): refreshes exactly the pages that
 * show the changed entry. Expired at once rather than served stale once more, so the staff member
 * who just clicked Publish sees the change on the next load. Replaying a notice is harmless.
 */
export async function POST(request: Request) {
  const secret = sharedSecret('REVALIDATE_SECRET');
  if (!secret) {
    console.error('revalidate: refused a notice, REVALIDATE_SECRET is not set to a secret value');
    return NextResponse.json({ error: 'Notifications are not configured on this portal.' }, { status: 503 });
  }
  const read = await readNoticeRequest(request, secret);
  if (!read.ok) {
    console.warn(`revalidate: refused (${read.status}) ${read.message}`);
    return NextResponse.json({ error: read.message }, { status: read.status });
  }
  const { notice } = read;
  const tags = tagsForChange(notice);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  // The search index re-reads just this entry (here and, over Redis, on every other instance).
  await applySearchChange(notice);
  console.info(
    `revalidate: ${notice.event} ${notice.type} ${notice.documentId} [${notice.locales.join(',')}] → ${tags.length} tags: ${tags.join(' ')}`,
  );
  return NextResponse.json({ revalidated: tags });
}
