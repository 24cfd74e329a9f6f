import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { RichText as RichTextValue } from '@welfare/types';
import { PlaceDetails } from '@/components/place-details';
import { RichText } from '@/components/rich-text';
import { inLocale } from '@/lib/in-locale';
import type { EntryDetailsProps } from '@/lib/page/entry-page';
import { routes } from '@/lib/routes';
import { ContactsSection } from './contacts-section';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';

const STATUS_LABEL = { active: 'statusActive', suspended: 'statusSuspended', closed: 'statusClosed' } as const;

/** Above a service's title, as Modello Comuni orders it: its category. */
export function ServiceCategory({ entry: service, locale }: EntryDetailsProps<'service'>) {
  return service.category ? (
    <p className="meta">
      <BidiText text={service.category.name} dir={textDirection(service, locale)} />
    </p>
  ) : null;
}

/** Below a service's title: its status, with the reason when it is not active. */
export async function ServiceStatus({ entry: service, locale }: EntryDetailsProps<'service'>) {
  const t = await getTranslations('Services');
  return (
    <p>
      <span {...inLocale(locale)}>{t('status')}:</span>{' '}
      <span className={`status-${service.serviceStatus}`} {...inLocale(locale)}>
        {t(STATUS_LABEL[service.serviceStatus])}
      </span>
      {service.serviceStatus !== 'active' && service.serviceStatusReason ? (
        <>
          {' '}
          – <BidiText text={service.serviceStatusReason} dir={textDirection(service, locale)} />
        </>
      ) : null}
    </p>
  );
}

/** A service's sections in the Modello Comuni order, with an index; empty sections are left out. */
export async function ServiceDetails({ entry: service, locale }: EntryDetailsProps<'service'>) {
  const [t, contact] = await Promise.all([getTranslations('Services'), getTranslations('Contact')]);
  const sections: Array<{ id: string; title: string; content: ReactNode }> = [];
  const add = (id: string, title: string, value: RichTextValue | null | undefined, extra?: ReactNode) => {
    if ((value && value.length > 0) || extra)
      sections.push({
        id,
        title,
        content: (
          <>
            <RichText value={value} dir={textDirection(service, locale)} headingOffset={2} />
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
          <PlaceDetails key={place.documentId} place={place} locale={locale} dir={textDirection(service, locale)} />
        ))}
      </>
    ) : undefined,
  );
  add('conditions', t('conditions'), service.conditions);
  const hasContacts = Boolean(service.contactOffice) || (service.contacts?.length ?? 0) > 0;
  if (hasContacts) sections.push({ id: 'contacts', title: contact('title'), content: null });
  if (service.mediationLanguages && service.mediationLanguages.length > 0) {
    add(
      'mediation',
      t('mediationLanguages'),
      null,
      <>
        <ul>
          {service.mediationLanguages.map((language) => (
            <li key={language.documentId}>
              <BidiText text={language.name} dir={textDirection(service, locale)} />
              {language.nativeName && language.nativeName !== language.name ? (
                <>
                  {' '}
                  (<bdi lang={language.isoCode}>{language.nativeName}</bdi>)
                </>
              ) : null}
            </li>
          ))}
        </ul>
        {service.mediators && service.mediators.length > 0 ? (
          <p>
            <a href={routes.list('mediator', locale)}>
              {t('mediators')}:{' '}
              <BidiText text={service.mediators.map((mediator) => mediator.displayName).join(', ')} dir={textDirection(service, locale)} />
            </a>
          </p>
        ) : null}
      </>,
    );
  }

  return (
    <>
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
      {sections.map((section) =>
        section.id === 'contacts' ? (
          <ContactsSection key={section.id} contacts={service.contacts} locale={locale}>
            {service.contactOffice ? (
              <p>
                <strong {...inLocale(locale)}>{t('office')}:</strong>{' '}
                <BidiText text={service.contactOffice} dir={textDirection(service, locale)} />
              </p>
            ) : null}
          </ContactsSection>
        ) : (
          <section key={section.id} aria-labelledby={section.id}>
            <h2 id={section.id} {...inLocale(locale)}>
              {section.title}
            </h2>
            {section.content}
          </section>
        ),
      )}
      {service.topics && service.topics.length > 0 ? (
        <p className="meta">
          <span {...inLocale(locale)}>{t('topics')}:</span>{' '}
          <BidiText text={service.topics.map((topic) => topic.name).join(', ')} dir={textDirection(service, locale)} />
        </p>
      ) : null}
    </>
  );
}
