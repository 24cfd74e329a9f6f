import { comingOccurrences, exceptionStarts, getLocale, rruleValue, type Event, type LocaleCode, type Notice } from '@welfare/types';
import { eventUid, type CalendarEvent } from './ics';
import { routes } from './routes';
import { absoluteUrl } from './site-url';

/**
 * Of the notices in force (calendarNotices), those about an event, as its page shows them: about
 * the event itself or its place. Not those for the whole site: about the offices, not this event.
 */
export function noticesAbout(event: Pick<Event, 'documentId' | 'place'>, notices: readonly Notice[]): Notice[] {
  const names = (refs: Notice['events'], documentId: string | undefined) =>
    documentId !== undefined && (refs ?? []).some((ref) => ref.documentId === documentId);
  return notices.filter((notice) => names(notice.events, event.documentId) || names(notice.places, event.place?.documentId));
}

/**
 * An event of the CMS as a calendar entry, linking back to its page on the portal. The notices in
 * force about it (cancelled, moved) open its description, each by its title, so a subscribed
 * calendar shows them on the event.
 */
export function toCalendarEvent(event: Event, pageLocale: LocaleCode, notices: readonly Notice[] = []): CalendarEvent {
  const place = event.place;
  const location = place
    ? [place.name, place.address, [place.postalCode, place.municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    : undefined;
  return {
    uid: eventUid(event.documentId),
    title: event.title,
    description:
      [...noticesAbout(event, notices).map((notice) => `${notice.title}: ${notice.summary}`), event.summary].filter(Boolean).join('\n\n') ||
      undefined,
    location,
    url: absoluteUrl(routes.entry('event', pageLocale, event.slug)),
    start: new Date(event.startsAt),
    end: event.endsAt ? new Date(event.endsAt) : null,
    lastModified: new Date(event.updatedAt),
    language: getLocale(event.locale).code,
    // A repeating event is one entry with its rule: DTSTART is its first date.
    ...(event.recurrence
      ? {
          rrule: rruleValue(event.recurrence, new Date(event.startsAt)),
          exdates: exceptionStarts(event.recurrence, new Date(event.startsAt)),
        }
      : {}),
  };
}

/** Whether an event (any date of it, when it repeats) has not ended at `now`. */
export function isUpcoming(event: Pick<Event, 'startsAt' | 'endsAt' | 'recurrence'>, now: number = Date.now()): boolean {
  return nextOccurrence(event, new Date(now)) !== undefined;
}

/** How many coming dates an event page lists. */
export const COMING_DATES_SHOWN = 10;

/** The event's next date that has not ended at `now` (the event itself when it does not repeat). */
export function nextOccurrence(event: Pick<Event, 'startsAt' | 'endsAt' | 'recurrence'>, now: Date = new Date()) {
  return comingOccurrences(event, now, 1)[0];
}

/** The event's coming dates, soonest first, at most `limit`. */
export function comingDates(event: Pick<Event, 'startsAt' | 'endsAt' | 'recurrence'>, now: Date = new Date(), limit = COMING_DATES_SHOWN) {
  return comingOccurrences(event, now, limit);
}
