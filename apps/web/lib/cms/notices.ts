import 'server-only';
import { isNoticeInForce, noticeFilters, sortNotices, type LocaleCode, type Notice, type NoticeConcern } from '@welfare/types';
import { listPageWithFallback, type ListedEntry } from './localized-entries';

/**
 * The notices a page shows at `now`: in force, concerning it, in the visitor's language or in
 * Italian (marked). Cached like every CMS request, with the notices' tags in both languages, so a
 * change to a notice refreshes every page that shows notices. A notice's start and end are no
 * changes, but the CMS sends the same notice at those moments (its portal-notification/
 * notice-boundaries.ts), so a notice appears and goes within a second of its times.
 */
export async function noticesFor(locale: LocaleCode, concern: NoticeConcern, now = new Date()): Promise<Array<ListedEntry<Notice>>> {
  const { items } = await listPageWithFallback('notice', locale, {
    filters: noticeFilters(concern, now),
    sort: ['startsAt:desc'],
    pageSize: NOTICE_LIMIT,
  });
  return sortNotices(
    items.filter(({ entry }) => isNoticeInForce(entry, now)),
    ({ entry }) => entry,
  );
}

/**
 * The notices in force with the events and places they concern, for the calendar feeds (which
 * put an event's notices in its description): one request, at most NOTICE_LIMIT, like the home.
 */
export async function calendarNotices(locale: LocaleCode, now = new Date()): Promise<Notice[]> {
  const { items } = await listPageWithFallback('notice', locale, {
    filters: noticeFilters({ kind: 'home' }, now),
    sort: ['startsAt:desc'],
    pageSize: NOTICE_LIMIT,
    populate: { events: { fields: ['slug'] }, places: { fields: ['name'] } },
  });
  return sortNotices(
    items.filter(({ entry }) => isNoticeInForce(entry, now)),
    ({ entry }) => entry,
  ).map(({ entry }) => entry);
}

/** More notices at once than a page can usefully show is a mistake in the admin: the first ten. */
const NOTICE_LIMIT = 10;
