import { getLocale, type Event, type LocaleCode } from '@welfare/types';
import { eventUid, type CalendarEvent } from './ics';
import { absoluteUrl, routes } from './routes';

/** An event of the CMS as a calendar entry, linking back to its page on the portal. */
export function toCalendarEvent(event: Event, pageLocale: LocaleCode): CalendarEvent {
  const place = event.place;
  const location = place ? [place.name, place.address, [place.postalCode, place.municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ') : undefined;
  return {
    uid: eventUid(event.documentId),
    title: event.title,
    description: event.summary,
    location,
    url: absoluteUrl(routes.entry('event', pageLocale, event.slug)),
    start: new Date(event.startsAt),
    end: event.endsAt ? new Date(event.endsAt) : null,
    lastModified: new Date(event.updatedAt),
    language: getLocale(event.locale).code,
  };
}

export function isUpcoming(event: Pick<Event, 'startsAt' | 'endsAt'>, now: number = Date.now()): boolean {
  return new Date(event.endsAt ?? event.startsAt).getTime() >= now;
}
