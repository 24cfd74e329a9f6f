import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { LocaleCode } from '@welfare/types';
import { EventList } from '@/components/event-card';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { Pagination } from '@/components/pagination';
import { PortalPage } from '@/components/portal-page';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { listPastEvents, listUpcomingEvents } from '@/lib/cms/content';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site-url';

/**
 * The events list, in two views of one page each at a time: upcoming events, soonest first
 * (`/events`, `/events/page/<n>`), and the archive of past events, latest first
 * (`/events/archive`, `/events/archive/page/<n>`).
 */
export type EventsView = 'upcoming' | 'archive';

export const eventsViewPath = (view: EventsView, locale: LocaleCode, page = 1): string =>
  view === 'upcoming' ? routes.listPage('event', locale, page) : routes.eventArchive(locale, page);

export async function eventsMetadata(locale: LocaleCode, view: EventsView, page: number | null): Promise<Metadata> {
  if (page === null) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: 'Events' });
  const heading = view === 'upcoming' ? t('title') : t('past');
  return {
    title: page > 1 ? `${heading} (${page})` : heading,
    description: (await getTranslations({ locale, namespace: 'Meta' }))('events'),
    alternates: {
      ...alternatesMetadata(
        locale,
        hrefsForEveryLocale((code) => eventsViewPath(view, code, page)),
      ),
      types: { 'text/calendar': absoluteUrl(routes.calendarFeed(locale)) },
    },
  };
}

export async function EventsListPage({ locale, view, page }: { locale: LocaleCode; view: EventsView; page: number | null }) {
  if (page === null) return <NotFoundPage locale={locale} />;
  const [t, events] = await Promise.all([
    getTranslations('Events'),
    view === 'upcoming' ? listUpcomingEvents(locale, { page }) : listPastEvents(locale, { page }),
  ]);
  // A page past the end: only the first page may be empty.
  if (page > 1 && events.items.length === 0) return <NotFoundPage locale={locale} />;
  const hrefs = hrefsForEveryLocale((code) => eventsViewPath(view, code, page));
  const feed = absoluteUrl(routes.calendarFeed(locale));
  const pagination = <Pagination pagination={events.pagination} hrefFor={(target) => eventsViewPath(view, locale, target)} />;

  return (
    <PortalPage locale={locale} hrefs={hrefs} current="event" notices={{ kind: 'site' }}>
      {(tools) => (
        <>
          <h1>{t('title')}</h1>
          {tools}
          {view === 'upcoming' ? (
            <section aria-labelledby="upcoming">
              <h2 id="upcoming">{t('upcoming')}</h2>
              <EventList events={events.items} locale={locale} empty={t('noUpcoming')} />
              {pagination}
              <div className="callout">
                <p>
                  <a className="button button-secondary" href={routes.calendarFeed(locale)}>
                    {t('subscribe')}
                  </a>
                </p>
                <p>
                  {t('subscribeHint')} <code dir="ltr">{feed}</code>
                </p>
              </div>
              <p>
                <a href={eventsViewPath('archive', locale)}>{t('past')}</a>
              </p>
            </section>
          ) : (
            <section aria-labelledby="past">
              <h2 id="past">{t('past')}</h2>
              <EventList events={events.items} locale={locale} empty={t('noPast')} />
              {pagination}
              <p>
                <a href={eventsViewPath('upcoming', locale)}>{t('upcoming')}</a>
              </p>
            </section>
          )}
        </>
      )}
    </PortalPage>
  );
}
