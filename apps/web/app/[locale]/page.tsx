import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { directionOf } from '@welfare/types';
import { ContactList, PhoneNumber } from '@/components/contact-list';
import { EventList } from '@/components/event-card';
import { PortalPage } from '@/components/portal-page';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { getGlobalSettings, listEntries } from '@/lib/cms/content';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { describePage } from '@/lib/page/meta-description';
import { routes } from '@/lib/routes';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';

type Props = { params: Promise<{ locale: string }> };

// No page is rendered at build time (the build does not need the CMS): it is rendered on its first
// request, then served from the cache and revalidated in the background. Pages that read the query
// string (filters, search) render per request instead; their CMS data is cached all the same.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const global = await getGlobalSettings(locale);
  return {
    title: global.siteName,
    description: await describePage(locale, global.tagline),
    alternates: alternatesMetadata(locale, hrefsForEveryLocale(routes.home)),
  };
}

/** The home page shows the next few events; the events page lists them all. */
const HOME_EVENTS = 3;

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const [t, lists, global, services, upcoming] = await Promise.all([
    getTranslations('Home'),
    getTranslations('Lists'),
    getGlobalSettings(locale),
    listEntries('service', 'all', locale),
    listEntries('event', 'upcoming', locale, { pageSize: HOME_EVENTS }),
  ]);
  const mediation = services.items.find(({ entry }) => (entry.mediationLanguages?.length ?? 0) > 0);

  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(routes.home)} notices={{ kind: 'home' }}>
      {(tools) => (
        <>
          <h1>
            <BidiText text={global.siteName} dir={directionOf(locale)} />
          </h1>
          {global.tagline ? (
            <p className="lead">
              <BidiText text={global.tagline} dir={directionOf(locale)} />
            </p>
          ) : null}
          {tools}

          <section className="callout" aria-labelledby="mediation">
            <h2 id="mediation">{t('mediationTitle')}</h2>
            <p>{t('mediationText')}</p>
            <p>
              <a className="button" href={routes.list('mediator', locale)}>
                {t('findMediator')}
              </a>{' '}
              {mediation ? (
                <a className="button button-secondary" href={routes.entry('service', locale, mediation.entry.slug)}>
                  <BidiText text={mediation.entry.title} dir={textDirection(mediation.entry, locale)} />
                </a>
              ) : null}
            </p>
          </section>

          <section aria-labelledby="upcoming">
            <h2 id="upcoming">{lists('event.views.upcoming.heading')}</h2>
            <EventList events={upcoming.items} locale={locale} empty={lists('event.views.upcoming.empty')} />
            <p>
              <a href={routes.list('event', locale)}>{t('allEvents')}</a>
            </p>
          </section>

          <section aria-labelledby="services">
            <h2 id="services">{lists('service.title')}</h2>
            <p>{t('servicesIntro')}</p>
            <ul>
              {services.items.map(({ entry, isFallback, contentLocale }) => (
                // The item follows the page's direction (its bullet stays inside the list on a
                // right-to-left page); an Italian title is marked on its link.
                <li key={entry.documentId}>
                  <a
                    href={routes.entry('service', locale, entry.slug)}
                    lang={isFallback ? contentLocale : undefined}
                    dir={isFallback ? directionOf(contentLocale) : undefined}
                  >
                    <BidiText text={entry.title} dir={textDirection(entry, locale)} />
                  </a>
                </li>
              ))}
            </ul>
            <p>
              <a href={routes.list('service', locale)}>{t('allServices')}</a>
            </p>
          </section>

          <section className="callout" aria-labelledby="urgent">
            <h2 id="urgent">{t('urgentTitle')}</h2>
            {global.urgentContacts ? (
              <p>
                <BidiText text={global.urgentContacts} dir={directionOf(locale)} />
              </p>
            ) : null}
            <p>
              <PhoneNumber number="112" />
            </p>
            <h3>
              <BidiText text={global.agencyName} dir={directionOf(locale)} />
            </h3>
            <ContactList contacts={global.contacts} />
          </section>
        </>
      )}
    </PortalPage>
  );
}
