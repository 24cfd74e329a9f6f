import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EventList } from '@/components/event-card';
import { PortalPage } from '@/components/portal-page';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { listEvents } from '@/lib/cms/content';
import { isUpcoming } from '@/lib/event-calendar';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { absoluteUrl, routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

// No page is rendered at build time (the build does not need the CMS): it is rendered on its first
// request, then served from the cache and revalidated in the background. Pages that read the query
// string (filters, search) render per request instead; their CMS data is cached all the same.
export function generateStaticParams() {
  return [];
}


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('Events');
  return {
    title: t('title'),
    description: (await getTranslations({ locale, namespace: 'Meta' }))('events'),
    alternates: {
      ...alternatesMetadata(locale, hrefsForEveryLocale(routes.events)),
      types: { 'text/calendar': absoluteUrl(routes.calendarFeed(locale)) },
    },
  };
}

export default async function EventsPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const [t, events] = await Promise.all([getTranslations('Events'), listEvents(locale)]);
  const now = Date.now();
  const upcoming = events.filter(({ entry }) => isUpcoming(entry, now));
  // Past events, most recent first.
  const past = events.filter(({ entry }) => !isUpcoming(entry, now)).reverse();
  const feed = absoluteUrl(routes.calendarFeed(locale));
  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(routes.events)} current="events">
      <h1>{t('title')}</h1>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t('upcoming')}</h2>
        <EventList events={upcoming} locale={locale} empty={t('noUpcoming')} />
        <div className="callout">
          <p>
            <a className="button button-secondary" href={routes.calendarFeed(locale)}>
              {t('subscribe')}
            </a>
          </p>
          <p>
            {t('subscribeHint')}{' '}
            <code dir="ltr">{feed}</code>
          </p>
        </div>
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t('past')}</h2>
        <EventList events={past} locale={locale} empty={t('noPast')} />
      </section>
    </PortalPage>
  );
}
