import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WEEKDAYS, type ContactChannel, type ListViewName, type LocaleCode } from '@welfare/types';
import { ContactList } from '@/components/contact-list';
import { ListedCard, cardTitleId } from '@/components/listed-card';
import { NotFoundPage } from '@/components/not-found-page';
import { Pagination } from '@/components/pagination';
import { PortalPage } from '@/components/portal-page';
import { hrefsForEveryLocale } from '@/lib/alternates';
import { listEntries, listLanguages } from '@/lib/cms/content';
import { inLocale } from '@/lib/in-locale';
import { listMetadata } from '@/lib/page/list-metadata';
import type { ListSelection } from '@/lib/page/list-selection';
import type { ListPageProps } from './list-pages';
import { routes } from '@/lib/routes';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';

/**
 * The mediators, by the language they speak, one page at a time: `/mediators`,
 * `/mediators/language/<iso>`, each with `/page/<n>` (lib/page/list-selection.ts). Only the
 * languages the CMS has filter; any other value answers 404 without a query for it.
 */
async function chosenLanguage(locale: LocaleCode, { filters }: ListSelection) {
  const languages = await listLanguages(locale);
  const language = filters.language === undefined ? undefined : languages.find((candidate) => candidate.isoCode === filters.language);
  return { languages, language, known: filters.language === undefined || language !== undefined };
}

export async function mediatorsMetadata(locale: LocaleCode, view: ListViewName<'mediator'>, selection: ListSelection): Promise<Metadata> {
  const { language } = await chosenLanguage(locale, selection);
  return listMetadata('mediator', view, locale, selection, [language?.name]);
}

const hhmm = (time: string) => time.slice(0, 5);

/** A mediator present in many services: the card names the first few, so a page stays small. */
const SERVICES_PER_CARD = 3;

/**
 * The ways to reach the named services, each once: services usually share the agency's numbers,
 * and any of them books this mediator.
 */
function contactsOf(services: ReadonlyArray<{ contacts?: ContactChannel[] }>): ContactChannel[] {
  const seen = new Set<string>();
  return services
    .flatMap((service) => service.contacts ?? [])
    .filter((contact) => {
      const key = [contact.kind, contact.value, contact.person ?? ''].join('\u0000');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export async function MediatorsListPage({ locale, view, selection }: ListPageProps<'mediator'>) {
  const [t, list, days, contact, { languages, language: chosen, known }] = await Promise.all([
    getTranslations('Mediators'),
    getTranslations('Lists.mediator'),
    getTranslations('Weekdays'),
    getTranslations('Contact'),
    chosenLanguage(locale, selection),
  ]);
  if (!known) return <NotFoundPage locale={locale} />;
  const language = chosen?.isoCode;
  const { page, filters } = selection;
  const mediators = await listEntries('mediator', view, locale, { filters: { language }, page });
  if (page > 1 && mediators.items.length === 0) return <NotFoundPage locale={locale} />;
  const pageHref = (target: number) => routes.listView('mediator', view, locale, filters, target);

  return (
    <PortalPage
      locale={locale}
      hrefs={hrefsForEveryLocale((code) => routes.listView('mediator', view, code, filters, page))}
      current="mediator"
      notices={{ kind: 'site' }}
    >
      {(tools) => (
        <>
          <h1>{list('title')}</h1>
          <p className="lead">{list('description')}</p>
          {tools}
          <form className="filters" method="get" action={routes.list('mediator', locale)}>
            <div>
              <label htmlFor="language">{t('filterLanguage')}</label>
              <select id="language" name="language" defaultValue={language ?? ''}>
                <option value="">{t('anyLanguage')}</option>
                {languages.map((candidate) => (
                  <option key={candidate.isoCode} value={candidate.isoCode}>
                    {candidate.name}
                    {candidate.nativeName && candidate.nativeName !== candidate.name ? ` – \u2068${candidate.nativeName}\u2069` : ''}
                  </option>
                ))}
              </select>
            </div>
            <button className="button" type="submit">
              {t('apply')}
            </button>
          </form>
          <p role="status">{list('count', { count: mediators.pagination.total })}</p>
          <ul className="card-list">
            {mediators.items.map((listed) => {
              const mediator = listed.entry;
              const presence = [...(mediator.availability ?? [])].sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday));
              return (
                <li key={mediator.documentId}>
                  <ListedCard listed={listed} locale={locale}>
                    <h2 id={cardTitleId(mediator.documentId)}>
                      <BidiText text={mediator.displayName} dir={textDirection(mediator, locale)} />
                    </h2>
                    <p>
                      <strong {...inLocale(locale)}>{t('languages')}:</strong>{' '}
                      <BidiText text={mediator.languages?.map((spoken) => spoken.name).join(', ')} dir={textDirection(mediator, locale)} />
                    </p>
                    {mediator.bio ? (
                      <p>
                        <BidiText text={mediator.bio} dir={textDirection(mediator, locale)} />
                      </p>
                    ) : null}
                    {presence.length > 0 ? (
                      <>
                        <h3 {...inLocale(locale)}>{t('presence')}</h3>
                        <ul>
                          {presence.map((slot) => (
                            <li key={slot.id}>
                              <span {...inLocale(locale)}>{days(slot.weekday)}</span>{' '}
                              <span dir="ltr">{contact('hours', { opens: hhmm(slot.opens), closes: hhmm(slot.closes) })}</span>
                              {slot.place ? (
                                <>
                                  {' – '}
                                  <BidiText text={slot.place.name} dir={textDirection(mediator, locale)} />
                                </>
                              ) : null}
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
                              <a href={routes.entry('service', locale, service.slug)}>
                                <BidiText text={service.title} dir={textDirection(mediator, locale)} />
                              </a>
                            </li>
                          ))}
                        </ul>
                        <ContactList contacts={contactsOf(mediator.services.slice(0, SERVICES_PER_CARD))} />
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
        </>
      )}
    </PortalPage>
  );
}
