import { getFormatter, getTranslations } from 'next-intl/server';
import type { Event, LocaleCode } from '@welfare/types';
import type { ListedEntry } from '@/lib/cms/localized-entries';
import { nextOccurrence } from '@/lib/event-calendar';
import { inLocale } from '@/lib/in-locale';
import { routes } from '@/lib/routes';
import { ListedCard, cardTitleId } from './listed-card';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';

async function EventCard({ listed, locale }: { listed: ListedEntry<Event>; locale: LocaleCode }) {
  const [format, t] = await Promise.all([getFormatter(), getTranslations('Events')]);
  const { entry: event } = listed;
  // A repeating event shows its next date (its first in the archive, where none is left).
  const start = (event.recurrence ? nextOccurrence(event)?.start : undefined) ?? new Date(event.startsAt);
  return (
    <ListedCard listed={listed} locale={locale}>
      <p className="meta">
        <time dateTime={start.toISOString()} {...inLocale(locale)}>
          <BidiText text={format.dateTime(start, 'dateTime')} dir={inLocale(locale).dir} />
        </time>
        {event.recurrence ? <span {...inLocale(locale)}>{` · ${t('recurring')}`}</span> : null}
        {event.place ? (
          <>
            {' '}
            · <BidiText text={event.place.name} dir={textDirection(event, locale)} />
          </>
        ) : null}
      </p>
      <h3 id={cardTitleId(event.documentId)}>
        <a href={routes.entry('event', locale, event.slug)}>
          <BidiText text={event.title} dir={textDirection(event, locale)} />
        </a>
      </h3>
      <p>
        <BidiText text={event.summary} dir={textDirection(event, locale)} />
      </p>
    </ListedCard>
  );
}

/** Events as cards, or a sentence when there are none. */
export function EventList({ events, locale, empty }: { events: Array<ListedEntry<Event>>; locale: LocaleCode; empty: string }) {
  if (events.length === 0) return <p>{empty}</p>;
  return (
    <ul className="card-list">
      {events.map((listed) => (
        <li key={listed.entry.documentId}>
          <EventCard listed={listed} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
