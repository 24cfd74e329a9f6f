import { getFormatter, getTranslations } from 'next-intl/server';
import type { Event, LocaleCode } from '@welfare/types';
import type { ListedEntry } from '@/lib/cms/localized-entries';
import { routes } from '@/lib/routes';

export async function EventCard({ listed, locale, headingLevel = 3 }: { listed: ListedEntry<Event>; locale: LocaleCode; headingLevel?: 2 | 3 }) {
  const [format, fallback] = await Promise.all([getFormatter(), getTranslations('Fallback')]);
  const { entry: event, isFallback, contentLocale } = listed;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card" lang={isFallback ? contentLocale : undefined} dir={isFallback ? 'ltr' : undefined}>
      <p className="meta">
        <time dateTime={event.startsAt}>{format.dateTime(new Date(event.startsAt), 'dateTime')}</time>
        {event.place ? ` · ${event.place.name}` : null}
      </p>
      <Heading>
        <a href={routes.event(locale, event.slug)}>{event.title}</a>
      </Heading>
      <p>{event.summary}</p>
      {isFallback ? (
        <p className="badge" lang={locale}>
          {fallback('listBadge')}
        </p>
      ) : null}
    </article>
  );
}
