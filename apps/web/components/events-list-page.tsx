import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ListViewName, LocaleCode } from '@welfare/types';
import { EventList } from '@/components/event-card';
import { NotFoundPage } from '@/components/not-found-page';
import { Pagination } from '@/components/pagination';
import { PortalPage } from '@/components/portal-page';
import { hrefsForEveryLocale } from '@/lib/alternates';
import { listEntries } from '@/lib/cms/content';
import { listMetadata } from '@/lib/page/list-metadata';
import type { ListSelection } from '@/lib/page/list-selection';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site-url';
import type { ListPageProps } from './list-pages';

/**
 * The events list, in two views of one page each at a time (`portal.lists` of the registry):
 * upcoming events, soonest first (`/events`, `/events/page/<n>`), and the archive of past events,
 * latest first (`/events/archive`, `/events/archive/page/<n>`).
 */
type EventsView = ListViewName<'event'>;

const viewPath = (view: EventsView, locale: LocaleCode, page = 1): string => routes.listView('event', view, locale, {}, page);

export async function eventsMetadata(locale: LocaleCode, view: EventsView, selection: ListSelection): Promise<Metadata> {
  const metadata = await listMetadata('event', view, locale, selection);
  return { ...metadata, alternates: { ...metadata.alternates, types: { 'text/calendar': absoluteUrl(routes.calendarFeed(locale)) } } };
}

export async function EventsListPage({ locale, view, selection: { page } }: ListPageProps<'event'>) {
  const [t, list, events] = await Promise.all([
    getTranslations('Events'),
    getTranslations('Lists.event'),
    listEntries('event', view, locale, { page }),
  ]);
  // A page past the end: only the first page may be empty.
  if (page > 1 && events.items.length === 0) return <NotFoundPage locale={locale} />;
  const hrefs = hrefsForEveryLocale((code) => viewPath(view, code, page));
  const feed = absoluteUrl(routes.calendarFeed(locale));
  const pagination = <Pagination pagination={events.pagination} hrefFor={(target) => viewPath(view, locale, target)} />;

  return (
    <PortalPage locale={locale} hrefs={hrefs} current="event" notices={{ kind: 'site' }}>
      {(tools) => (
        <>
          <h1>{list('title')}</h1>
          {tools}
          {view === 'upcoming' ? (
            <section aria-labelledby="upcoming">
              <h2 id="upcoming">{list('views.upcoming.heading')}</h2>
              <EventList events={events.items} locale={locale} empty={list('views.upcoming.empty')} />
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
                <a href={viewPath('archive', locale)}>{list('views.archive.heading')}</a>
              </p>
            </section>
          ) : (
            <section aria-labelledby="past">
              <h2 id="past">{list('views.archive.heading')}</h2>
              <EventList events={events.items} locale={locale} empty={list('views.archive.empty')} />
              {pagination}
              <p>
                <a href={viewPath('upcoming', locale)}>{list('views.upcoming.heading')}</a>
              </p>
            </section>
          )}
        </>
      )}
    </PortalPage>
  );
}
