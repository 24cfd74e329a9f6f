import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ContactList } from '@/components/contact-list';
import { FallbackNotice } from '@/components/fallback-notice';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { JsonLd } from '@/components/json-ld';
import { PortalPage } from '@/components/portal-page';
import { ResponsiveImage } from '@/components/responsive-image';
import { RichText } from '@/components/rich-text';
import { alternatesMetadata, existingHrefs, hrefsForEntry } from '@/lib/alternates';
import { getEvent, getGlobalSettings } from '@/lib/cms/content';
import { eventJsonLd } from '@/lib/json-ld';
import { entryOrMissing } from '@/lib/page/entry-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { describePage } from '@/lib/page/meta-description';
import { absoluteUrl, routes } from '@/lib/routes';
import { inLocale } from '@/lib/in-locale';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then cached (see app/[locale]/page.tsx).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const found = entryOrMissing(await getEvent(locale, (await params).slug), locale, routes.event);
  if (!found) return notFoundMetadata(locale);
  const { entry, slugs } = found;
  return { title: entry.title, description: await describePage(locale, entry.summary), alternates: alternatesMetadata(locale, existingHrefs(slugs, routes.event)) };
}

export default async function EventPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const found = entryOrMissing(await getEvent(locale, (await params).slug), locale, routes.event);
  if (!found) return <NotFoundPage locale={locale} />;
  const { entry: event, isFallback, contentLocale, slugs } = found;
  const [t, format, global] = await Promise.all([getTranslations('Events'), getFormatter(), getGlobalSettings(locale)]);
  const start = new Date(event.startsAt);
  const end = event.endsAt ? new Date(event.endsAt) : undefined;
  const sameDay = end && format.dateTime(start, 'date') === format.dateTime(end, 'date');
  const when = !end
    ? format.dateTime(start, 'dateTime')
    : sameDay
      ? `${format.dateTime(start, 'weekdayDate')}, ${t('dateRange', { start: format.dateTime(start, 'time'), end: format.dateTime(end, 'time') })}`
      : t('dateRange', { start: format.dateTime(start, 'dateTime'), end: format.dateTime(end, 'dateTime') });
  const poster = event.poster;

  return (
    <PortalPage locale={locale} hrefs={hrefsForEntry(slugs, routes.event)} current="events" lastUpdated={event.updatedAt}>
      <JsonLd data={eventJsonLd(event, locale, global.agencyName, poster ? absoluteUrl(poster.url) : undefined)} />
      {isFallback ? <FallbackNotice locale={locale} /> : null}
      <article lang={isFallback ? contentLocale : undefined} dir={isFallback ? 'ltr' : undefined}>
        <h1>{event.title}</h1>
        <p className="lead">{event.summary}</p>
        <dl className="facts">
          <dt {...inLocale(locale)}>{t('when')}</dt>
          <dd {...inLocale(locale)}>
            <time dateTime={event.startsAt}>{when}</time>
          </dd>
          {event.place ? (
            <>
              <dt {...inLocale(locale)}>{t('where')}</dt>
              <dd>
                {event.place.name}
                {event.place.address ? (
                  <>
                    <br />
                    <span dir="ltr" lang="it">
                      {event.place.address}, {event.place.postalCode} {event.place.municipality}
                    </span>
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          {event.audience ? (
            <>
              <dt {...inLocale(locale)}>{t('audience')}</dt>
              <dd>{event.audience}</dd>
            </>
          ) : null}
          {event.cost ? (
            <>
              <dt {...inLocale(locale)}>{t('cost')}</dt>
              <dd>{event.cost}</dd>
            </>
          ) : null}
          {event.organizer ? (
            <>
              <dt {...inLocale(locale)}>{t('organizer')}</dt>
              <dd>{event.organizer}</dd>
            </>
          ) : null}
        </dl>
        <p>
          <a className="button" href={routes.eventCalendarFile(locale, event.slug)} download>
            {t('addToCalendar')}
          </a>
        </p>
        <RichText value={event.description} />
        {event.registration && event.registration.length > 0 ? (
          <>
            <h2 {...inLocale(locale)}>{t('registration')}</h2>
            <RichText value={event.registration} headingOffset={2} />
          </>
        ) : null}
        {event.contacts && event.contacts.length > 0 ? (
          <>
            <h2 {...inLocale(locale)}>{t('contacts')}</h2>
            <ContactList contacts={event.contacts} />
          </>
        ) : null}
        {poster ? (
          <section className="poster" aria-labelledby="poster">
            <h2 id="poster" {...inLocale(locale)}>
              {t('poster')}
            </h2>
            {poster.mime.startsWith('image/') ? (
              <ResponsiveImage image={poster} />
            ) : null}
            <p>
              <a href={poster.url} download {...inLocale(locale)}>
                {t('downloadPoster')}
              </a>
            </p>
          </section>
        ) : null}
      </article>
    </PortalPage>
  );
}
