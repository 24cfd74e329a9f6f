import { getFormatter, getTranslations } from 'next-intl/server';
import { RichText } from '@/components/rich-text';
import { inLocale } from '@/lib/in-locale';
import type { EntryDetailsProps } from '@/lib/page/entry-page';
import { comingDates } from '@/lib/event-calendar';
import { routes } from '@/lib/routes';
import { ContactsSection } from './contacts-section';
import { Directions } from '@/components/directions';
import { ResponsiveImage } from '@/components/responsive-image';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';
import { directionOf } from '@welfare/types';

/** An event: when and where (Europe/Rome), for whom, cost, organiser, calendar file, description, registration, poster. */
export async function EventDetails({ entry: event, locale }: EntryDetailsProps<'event'>) {
  const [t, format] = await Promise.all([getTranslations('Events'), getFormatter()]);
  const describe = (start: Date, end: Date | null | undefined) => {
    const sameDay = end && format.dateTime(start, 'date') === format.dateTime(end, 'date');
    return !end
      ? format.dateTime(start, 'dateTime')
      : sameDay
        ? `${format.dateTime(start, 'weekdayDate')}, ${t('dateRange', { start: format.dateTime(start, 'time'), end: format.dateTime(end, 'time') })}`
        : t('dateRange', { start: format.dateTime(start, 'dateTime'), end: format.dateTime(end, 'dateTime') });
  };
  // A repeating event: its next date, then the ones after (a bounded number).
  const coming = event.recurrence ? comingDates(event) : [];
  const start = coming[0]?.start ?? new Date(event.startsAt);
  const end = coming[0] ? coming[0].end : event.endsAt ? new Date(event.endsAt) : undefined;
  const when = describe(start, end);
  const poster = event.poster;
  return (
    <>
      <dl className="facts">
        <dt {...inLocale(locale)}>{t('when')}</dt>
        <dd {...inLocale(locale)}>
          <time dateTime={start.toISOString()}>
            <BidiText text={when} dir={directionOf(locale)} />
          </time>
        </dd>
        {coming.length > 1 ? (
          <>
            <dt {...inLocale(locale)}>{t('comingDates')}</dt>
            <dd {...inLocale(locale)}>
              <ul className="coming-dates">
                {coming.slice(1).map((occurrence) => (
                  <li key={occurrence.start.toISOString()}>
                    <time dateTime={occurrence.start.toISOString()}>
                      <BidiText text={describe(occurrence.start, occurrence.end)} dir={directionOf(locale)} />
                    </time>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {event.place ? (
          <>
            <dt {...inLocale(locale)}>{t('where')}</dt>
            <dd>
              <BidiText text={event.place.name} dir={textDirection(event, locale)} />
              {event.place.address ? (
                <>
                  <br />
                  <span dir="ltr" lang="it">
                    {event.place.address}, {event.place.postalCode} {event.place.municipality}
                  </span>
                </>
              ) : null}
              <br />
              <Directions place={event.place} />
            </dd>
          </>
        ) : null}
        {event.audience ? (
          <>
            <dt {...inLocale(locale)}>{t('audience')}</dt>
            <dd>
              <BidiText text={event.audience} dir={textDirection(event, locale)} />
            </dd>
          </>
        ) : null}
        {event.cost ? (
          <>
            <dt {...inLocale(locale)}>{t('cost')}</dt>
            <dd>
              <BidiText text={event.cost} dir={textDirection(event, locale)} />
            </dd>
          </>
        ) : null}
        {event.organizer ? (
          <>
            <dt {...inLocale(locale)}>{t('organizer')}</dt>
            <dd>
              <BidiText text={event.organizer} dir={textDirection(event, locale)} />
            </dd>
          </>
        ) : null}
      </dl>
      <p {...inLocale(locale)}>
        <a className="button" href={routes.eventCalendarFile(locale, event.slug)} download>
          <BidiText text={t('addToCalendar')} dir={directionOf(locale)} />
        </a>
      </p>
      <RichText value={event.description} dir={textDirection(event, locale)} />
      {event.registration && event.registration.length > 0 ? (
        <>
          <h2 {...inLocale(locale)}>{t('registration')}</h2>
          <RichText value={event.registration} dir={textDirection(event, locale)} headingOffset={2} />
        </>
      ) : null}
      <ContactsSection contacts={event.contacts} locale={locale} />
      {poster ? (
        <section className="poster" aria-labelledby="poster">
          <h2 id="poster" {...inLocale(locale)}>
            {t('poster')}
          </h2>
          {poster.mime.startsWith('image/') ? <ResponsiveImage image={poster} /> : null}
          <p>
            <a href={poster.url} download {...inLocale(locale)}>
              {t('downloadPoster')}
            </a>
          </p>
        </section>
      ) : null}
    </>
  );
}
