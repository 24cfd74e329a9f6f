import { CONTENT_TYPE_REGISTRY, type ContentType, type QueryValue } from './content-types';
import { NOTICE_SEVERITIES, type NoticeSeverity } from './content';

/**
 * When a notice is in force and which pages show it. Instants are compared, so a notice set in the
 * admin in Italian time (Europe/Rome) starts and ends at the right moment across daylight-saving
 * changes; the portal shows its dates in Europe/Rome.
 */
export interface NoticeTimes {
  startsAt: string;
  endsAt: string | null;
}

const instant = (value: string | null | undefined): number | null => {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
};

/**
 * In force from its start (included) until its end (excluded), or until unpublished when it has
 * no end. A notice whose start cannot be read, or which ends before it starts, is never in force.
 */
export function isNoticeInForce(notice: NoticeTimes, now: Date): boolean {
  const start = instant(notice.startsAt);
  if (start === null || now.getTime() < start) return false;
  if (!notice.endsAt) return true;
  const end = instant(notice.endsAt);
  return end !== null && now.getTime() < end;
}

/**
 * What a page is about, for its notices: the home (every notice in force), an entry page (the
 * notices for the whole site and those concerning the entry or one of its places), or any other
 * page (the notices for the whole site only).
 */
export type NoticeConcern =
  | { kind: 'home' }
  | { kind: 'entry'; services?: readonly string[]; events?: readonly string[]; places?: readonly string[] }
  | { kind: 'site' };

const MINUTE = 60_000;

/**
 * The CMS filter for the notices a page may show during `now`'s minute (the same filter all
 * minute long, so the requests of one render share their answer): not ended before the minute,
 * starting before its end, and concerning the page. The portal checks `isNoticeInForce` at `now`
 * on what comes back, so a page rendered the second a notice starts or ends (the CMS's change
 * notice at that moment) shows or hides it then, not at the next minute.
 */
export function noticeFilters(concern: NoticeConcern, now: Date): Record<string, QueryValue> {
  const minute = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const from = new Date(minute).toISOString();
  const until = new Date(minute + MINUTE).toISOString();
  const inForce: QueryValue[] = [{ startsAt: { $lt: until } }, { $or: [{ endsAt: { $gt: from } }, { endsAt: { $null: true } }] }];
  if (concern.kind === 'home') return { $and: inForce };
  const about: QueryValue[] = [{ wholeSite: { $eq: true } }];
  if (concern.kind === 'entry') {
    const ids = (list: readonly string[] | undefined) => [...new Set(list ?? [])].sort();
    for (const [relation, list] of [
      ['services', concern.services],
      ['events', concern.events],
      ['places', concern.places],
    ] as const) {
      if (ids(list).length > 0) about.push({ [relation]: { documentId: { $in: ids(list) } } });
    }
  }
  return { $and: [...inForce, { $or: about }] };
}

/**
 * What an entry page is about, for its notices, from the notice's relations in the registry: the
 * entry itself when notices relate to its type (services, events), and the entries it relates to
 * that notices relate to as well (a service's or an event's places), when populated.
 */
export function noticeConcernOf(type: ContentType, entry: { documentId: string }): NoticeConcern {
  const concern: { kind: 'entry'; services?: string[]; events?: string[]; places?: string[] } = { kind: 'entry' };
  const related = entry as unknown as Record<string, unknown>;
  for (const [relation, target] of Object.entries(CONTENT_TYPE_REGISTRY.notice.relations) as Array<
    ['services' | 'events' | 'places', ContentType]
  >) {
    const ids: string[] = target === type ? [entry.documentId] : [];
    // Only the entry's own relations (not those inside components): what its page shows.
    for (const [attribute, relatedType] of Object.entries(CONTENT_TYPE_REGISTRY[type].relations)) {
      if (relatedType !== target || attribute.includes('.')) continue;
      const value = related[attribute];
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = (item as { documentId?: unknown } | null | undefined)?.documentId;
        if (typeof id === 'string') ids.push(id);
      }
    }
    if (ids.length > 0) concern[relation] = ids;
  }
  return concern;
}

/** The most urgent first, then the most recent. */
export function sortNotices<T>(
  items: readonly T[],
  notice: (item: T) => NoticeTimes & { severity: NoticeSeverity; documentId: string },
): T[] {
  const rank = (severity: NoticeSeverity) => NOTICE_SEVERITIES.indexOf(severity);
  return [...items].sort((first, second) => {
    const a = notice(first);
    const b = notice(second);
    return (
      rank(b.severity) - rank(a.severity) ||
      (instant(b.startsAt) ?? 0) - (instant(a.startsAt) ?? 0) ||
      a.documentId.localeCompare(b.documentId)
    );
  });
}
