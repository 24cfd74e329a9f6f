import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WEEKDAYS } from '@welfare/types';
import { ContactList } from '@/components/contact-list';
import { ListedCard, cardTitleId } from '@/components/listed-card';
import { NotFoundPage } from '@/components/not-found-page';
import { Pagination } from '@/components/pagination';
import { PortalPage } from '@/components/portal-page';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { listLanguages, listMediators } from '@/lib/cms/content';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { parsePageNumber } from '@/lib/page/page-number';
import { routes } from '@/lib/routes';
import { inLocale } from '@/lib/in-locale';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ language?: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('Mediators');
  return { title: t('title'), description: t('intro'), alternates: alternatesMetadata(locale, hrefsForEveryLocale((code) => routes.list('mediator', code))) };
}

const hhmm = (time: string) => time.slice(0, 5);

/** A mediator present in many services: the card names the first few, so a page stays small. */
const SERVICES_PER_CARD = 3;

export default async function MediatorsPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const { language: requested, page: requestedPage } = await searchParams;
  const page = parsePageNumber(requestedPage);
  if (page === null) return <NotFoundPage locale={locale} />;
  const [t, days, contact, languages] = await Promise.all([
    getTranslations('Mediators'),
    getTranslations('Weekdays'),
    getTranslations('Contact'),
    listLanguages(locale),
  ]);
  const language = languages.find((candidate) => candidate.isoCode === requested)?.isoCode;
  const mediators = await listMediators(locale, language, page);
  if (page > 1 && mediators.items.length === 0) return <NotFoundPage locale={locale} />;
  const pageHref = (target: number) => {
    const search = new URLSearchParams({ ...(language ? { language } : {}), ...(target > 1 ? { page: String(target) } : {}) });
    return `${routes.list('mediator', locale)}${search.size > 0 ? `?${search}` : ''}`;
  };

  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale((code) => routes.list('mediator', code))} current="mediator">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <form className="filters" method="get" action={routes.list('mediator', locale)}>
        <div>
          <label htmlFor="language">{t('filterLanguage')}</label>
          <select id="language" name="language" defaultValue={language ?? ''}>
            <option value="">{t('anyLanguage')}</option>
            {languages.map((candidate) => (
              <option key={candidate.isoCode} value={candidate.isoCode}>
                {candidate.name}
                {candidate.nativeName && candidate.nativeName !== candidate.name ? ` – ${candidate.nativeName}` : ''}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          {t('apply')}
        </button>
      </form>
      <p role="status">{t('count', { count: mediators.pagination.total })}</p>
      <ul className="card-list">
        {mediators.items.map((listed) => {
          const mediator = listed.entry;
          const presence = [...(mediator.availability ?? [])].sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday));
          return (
            <li key={mediator.documentId}>
              <ListedCard listed={listed} locale={locale}>
                <h2 id={cardTitleId(mediator.documentId)}>{mediator.displayName}</h2>
                <p>
                  <strong {...inLocale(locale)}>{t('languages')}:</strong> {mediator.languages?.map((spoken) => spoken.name).join(', ')}
                </p>
                {mediator.bio ? <p>{mediator.bio}</p> : null}
                {presence.length > 0 ? (
                  <>
                    <h3 {...inLocale(locale)}>{t('presence')}</h3>
                    <ul>
                      {presence.map((slot) => (
                        <li key={slot.id}>
                          <span {...inLocale(locale)}>{days(slot.weekday)}</span>{' '}
                          <span dir="ltr">{contact('hours', { opens: hhmm(slot.opens), closes: hhmm(slot.closes) })}</span>
                          {slot.place ? ` – ${slot.place.name}` : null}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {mediator.services && mediator.services.length > 0 ? (
                  <>
                    <h3 {...inLocale(locale)}>{t('contactThrough')}</h3>
                    <ul>
                      {mediator.services.slice(0, SERVICES_PER_CARD).map((service) => (
                        <li key={service.documentId}>
                          <a href={routes.entry('service', locale, service.slug)}>{service.title}</a>
                          <ContactList contacts={service.contacts} />
                        </li>
                      ))}
                    </ul>
                    {mediator.services.length > SERVICES_PER_CARD ? (
                      <p>
                        <a href={routes.list('service', locale)} {...inLocale(locale)}>
                          {t('moreServices', { count: mediator.services.length - SERVICES_PER_CARD })}
                        </a>
                      </p>
                    ) : null}
                  </>
                ) : null}
              </ListedCard>
            </li>
          );
        })}
      </ul>
      <Pagination pagination={mediators.pagination} hrefFor={pageHref} />
    </PortalPage>
  );
}
