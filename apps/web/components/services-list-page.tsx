import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ListViewName, LocaleCode } from '@welfare/types';
import { ListedCard, cardTitleId } from '@/components/listed-card';
import { NotFoundPage } from '@/components/not-found-page';
import { Pagination } from '@/components/pagination';
import { PortalPage } from '@/components/portal-page';
import { hrefsForEveryLocale } from '@/lib/alternates';
import { listCategories, listEntries, listLanguages } from '@/lib/cms/content';
import { inLocale } from '@/lib/in-locale';
import { listMetadata } from '@/lib/page/list-metadata';
import type { ListSelection } from '@/lib/page/list-selection';
import type { ListPageProps } from './list-pages';
import { routes } from '@/lib/routes';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';

/**
 * The services, by category and mediation language, one page at a time: `/services`,
 * `/services/category/<documentId>`, `/services/language/<iso>`, both, each with `/page/<n>`
 * (lib/page/list-selection.ts). Only the categories and languages the CMS has filter; any other
 * value answers 404 without a query for it.
 */
async function knownFilters(locale: LocaleCode, { filters }: ListSelection) {
  const [categories, languages] = await Promise.all([listCategories(locale), listLanguages(locale)]);
  const category = filters.category === undefined ? undefined : categories.find((candidate) => candidate.documentId === filters.category);
  const language = filters.language === undefined ? undefined : languages.find((candidate) => candidate.isoCode === filters.language);
  const known = (filters.category === undefined || category !== undefined) && (filters.language === undefined || language !== undefined);
  return { categories, languages, category, language, known };
}

export async function servicesMetadata(locale: LocaleCode, view: ListViewName<'service'>, selection: ListSelection): Promise<Metadata> {
  const { category, language } = await knownFilters(locale, selection);
  return listMetadata('service', view, locale, selection, [category?.name, language?.name]);
}

export async function ServicesListPage({ locale, view, selection }: ListPageProps<'service'>) {
  const [t, list, { categories, languages, category: chosenCategory, language: chosenLanguage, known }] = await Promise.all([
    getTranslations('Services'),
    getTranslations('Lists.service'),
    knownFilters(locale, selection),
  ]);
  if (!known) return <NotFoundPage locale={locale} />;
  const category = chosenCategory?.documentId;
  const language = chosenLanguage?.isoCode;
  const { page, filters } = selection;
  const services = await listEntries('service', view, locale, { filters: { category, language }, page });
  if (page > 1 && services.items.length === 0) return <NotFoundPage locale={locale} />;
  const pageHref = (target: number) => routes.listView('service', view, locale, filters, target);

  return (
    <PortalPage
      locale={locale}
      hrefs={hrefsForEveryLocale((code) => routes.listView('service', view, code, filters, page))}
      current="service"
      notices={{ kind: 'site' }}
    >
      {(tools) => (
        <>
          <h1>{list('title')}</h1>
          <p className="lead">{list('description')}</p>
          {tools}
          <form className="filters" method="get" action={routes.list('service', locale)} aria-label={t('filtersTitle')}>
            <div>
              <label htmlFor="category">{t('category')}</label>
              <select id="category" name="category" defaultValue={category ?? ''}>
                <option value="">{t('anyCategory')}</option>
                {categories.map((candidate) => (
                  <option key={candidate.documentId} value={candidate.documentId}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="language">{t('mediationLanguage')}</label>
              <select id="language" name="language" defaultValue={language ?? ''}>
                <option value="">{t('anyLanguage')}</option>
                {languages.map((candidate) => (
                  <option key={candidate.isoCode} value={candidate.isoCode}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
            <button className="button" type="submit">
              {t('apply')}
            </button>
            {category || language ? <a href={routes.list('service', locale)}>{t('reset')}</a> : null}
          </form>
          <p role="status">{list('count', { count: services.pagination.total })}</p>
          <ul className="card-list">
            {services.items.map((listed) => {
              const service = listed.entry;
              return (
                <li key={service.documentId}>
                  <ListedCard listed={listed} locale={locale}>
                    {service.category ? (
                      <p className="meta">
                        <BidiText text={service.category.name} dir={textDirection(service, locale)} />
                      </p>
                    ) : null}
                    <h2 id={cardTitleId(service.documentId)}>
                      <a href={routes.entry('service', locale, service.slug)}>
                        <BidiText text={service.title} dir={textDirection(service, locale)} />
                      </a>
                    </h2>
                    <p>
                      <BidiText text={service.summary} dir={textDirection(service, locale)} />
                    </p>
                    {service.mediationLanguages && service.mediationLanguages.length > 0 ? (
                      <p className="meta">
                        <span {...inLocale(locale)}>{t('mediationLanguages')}</span>:{' '}
                        {service.mediationLanguages.map((candidate) => candidate.name).join(', ')}
                      </p>
                    ) : null}
                  </ListedCard>
                </li>
              );
            })}
          </ul>
          <Pagination pagination={services.pagination} hrefFor={pageHref} />
        </>
      )}
    </PortalPage>
  );
}
