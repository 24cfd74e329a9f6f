import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { RichText as RichTextValue } from '@welfare/types';
import { ContactList } from '@/components/contact-list';
import { FallbackNotice } from '@/components/fallback-notice';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { JsonLd } from '@/components/json-ld';
import { PlaceDetails } from '@/components/place-details';
import { PortalPage } from '@/components/portal-page';
import { RichText } from '@/components/rich-text';
import { alternatesMetadata, existingHrefs, hrefsForEntry } from '@/lib/alternates';
import { getGlobalSettings, getService } from '@/lib/cms/content';
import { serviceJsonLd } from '@/lib/json-ld';
import { entryOrMissing } from '@/lib/page/entry-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { describePage } from '@/lib/page/meta-description';
import { routes } from '@/lib/routes';
import { inLocale } from '@/lib/in-locale';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then cached (see app/[locale]/page.tsx).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const found = entryOrMissing(await getService(locale, (await params).slug), locale, routes.service);
  if (!found) return notFoundMetadata(locale);
  const { entry, slugs } = found;
  return { title: entry.title, description: await describePage(locale, entry.summary), alternates: alternatesMetadata(locale, existingHrefs(slugs, routes.service)) };
}

const STATUS_LABEL = { active: 'statusActive', suspended: 'statusSuspended', closed: 'statusClosed' } as const;

export default async function ServicePage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const { slug } = await params;
  const found = entryOrMissing(await getService(locale, slug), locale, routes.service);
  if (!found) return <NotFoundPage locale={locale} />;
  const { entry: service, isFallback, contentLocale, slugs } = found;
  const [t, global] = await Promise.all([getTranslations('Services'), getGlobalSettings(locale)]);

  // The Modello Comuni order of a service page; empty sections are left out.
  const sections: Array<{ id: string; title: string; content: ReactNode }> = [];
  const add = (id: string, title: string, value: RichTextValue | null | undefined, extra?: ReactNode) => {
    if ((value && value.length > 0) || extra)
      sections.push({
        id,
        title,
        content: (
          <>
            {<RichText value={value} headingOffset={2} />}
            {extra}
          </>
        ),
      });
  };
  add('audience', t('audience'), service.audience);
  add('how-to', t('howTo'), service.howTo);
  add('requirements', t('requirements'), service.requirements);
  add('outcome', t('outcome'), service.outcome);
  add('timing', t('timing'), service.timing);
  add('costs', t('costs'), service.costs);
  add(
    'access',
    t('access'),
    service.access,
    service.places && service.places.length > 0 ? (
      <>
        {service.places.map((place) => (
          <PlaceDetails key={place.documentId} place={place} />
        ))}
      </>
    ) : undefined,
  );
  add('conditions', t('conditions'), service.conditions);
  const hasContacts = Boolean(service.contactOffice) || (service.contacts?.length ?? 0) > 0;
  add(
    'contacts',
    t('contacts'),
    null,
    hasContacts ? (
      <>
        {service.contactOffice ? (
          <p>
            <strong>{t('office')}:</strong> {service.contactOffice}
          </p>
        ) : null}
        <ContactList contacts={service.contacts} />
      </>
    ) : undefined,
  );
  if (service.mediationLanguages && service.mediationLanguages.length > 0) {
    add(
      'mediation',
      t('mediationLanguages'),
      null,
      <>
        <ul>
          {service.mediationLanguages.map((language) => (
            <li key={language.documentId}>
              {language.name}
              {language.nativeName && language.nativeName !== language.name ? (
                <>
                  {' '}
                  (<span lang={language.isoCode}>{language.nativeName}</span>)
                </>
              ) : null}
            </li>
          ))}
        </ul>
        {service.mediators && service.mediators.length > 0 ? (
          <p>
            <a href={routes.mediators(locale)}>
              {t('mediators')}: {service.mediators.map((mediator) => mediator.displayName).join(', ')}
            </a>
          </p>
        ) : null}
      </>,
    );
  }

  return (
    <PortalPage locale={locale} hrefs={hrefsForEntry(slugs, routes.service)} current="services" lastUpdated={service.updatedAt}>
      <JsonLd data={serviceJsonLd(service, locale, global.agencyName)} />
      {isFallback ? <FallbackNotice locale={locale} /> : null}
      <article lang={isFallback ? contentLocale : undefined} dir={isFallback ? 'ltr' : undefined}>
        {service.category ? <p className="meta">{service.category.name}</p> : null}
        <h1>{service.title}</h1>
        <p>
          <span {...inLocale(locale)}>{t('status')}:</span>{' '}
          <span className={`status-${service.serviceStatus}`} {...inLocale(locale)}>
            {t(STATUS_LABEL[service.serviceStatus])}
          </span>
          {service.serviceStatus !== 'active' && service.serviceStatusReason ? <> – {service.serviceStatusReason}</> : null}
        </p>
        <p className="lead">{service.summary}</p>
        <nav className="page-index" aria-labelledby="page-index">
          <h2 id="page-index" className="visually-hidden" {...inLocale(locale)}>
            {t('onThisPage')}
          </h2>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <h2 id={section.id} {...inLocale(locale)}>
              {section.title}
            </h2>
            {section.content}
          </section>
        ))}
        {service.topics && service.topics.length > 0 ? (
          <p className="meta">
            <span {...inLocale(locale)}>{t('topics')}:</span> {service.topics.map((topic) => topic.name).join(', ')}
          </p>
        ) : null}
      </article>
    </PortalPage>
  );
}
