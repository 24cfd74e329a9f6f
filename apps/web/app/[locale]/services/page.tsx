import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ListedCard, cardTitleId } from '@/components/listed-card';
import { NotFoundPage } from '@/components/not-found-page';
import { Pagination } from '@/components/pagination';
import { PortalPage } from '@/components/portal-page';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { listCategories, listLanguages, listServices } from '@/lib/cms/content';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { parsePageNumber } from '@/lib/page/page-number';
import { routes } from '@/lib/routes';
import { inLocale } from '@/lib/in-locale';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ category?: string; language?: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('Services');
  return { title: t('title'), description: t('intro'), alternates: alternatesMetadata(locale, hrefsForEveryLocale((code) => routes.list('service', code))) };
}

const single = (value: string | string[] | undefined) => (typeof value === 'string' && value ? value : undefined);

export default async function ServicesPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const query = await searchParams;
  const [t, categories, languages] = await Promise.all([getTranslations('Services'), listCategories(locale), listLanguages(locale)]);
  // Only known values filter: anything else in the URL is ignored rather than sent to the CMS.
  const category = categories.find((candidate) => candidate.documentId === single(query.category))?.documentId;
  const language = languages.find((candidate) => candidate.isoCode === single(query.language))?.isoCode;
  const page = parsePageNumber(single(query.page));
  if (page === null) return <NotFoundPage locale={locale} />;
  const services = await listServices(locale, { category, language }, page);
  if (page > 1 && services.items.length === 0) return <NotFoundPage locale={locale} />;
  const pageHref = (target: number) => {
    const search = new URLSearchParams({ ...(category ? { category } : {}), ...(language ? { language } : {}), ...(target > 1 ? { page: String(target) } : {}) });
    return `${routes.list('service', locale)}${search.size > 0 ? `?${search}` : ''}`;
  };

  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale((code) => routes.list('service', code))} current="service">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
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
      <p role="status">{t('count', { count: services.pagination.total })}</p>
      <ul className="card-list">
        {services.items.map((listed) => {
          const service = listed.entry;
          return (
            <li key={service.documentId}>
              <ListedCard listed={listed} locale={locale}>
                {service.category ? <p className="meta">{service.category.name}</p> : null}
                <h2 id={cardTitleId(service.documentId)}>
                  <a href={routes.entry('service', locale, service.slug)}>{service.title}</a>
                </h2>
                <p>{service.summary}</p>
                {service.mediationLanguages && service.mediationLanguages.length > 0 ? (
                  <p className="meta">
                    <span {...inLocale(locale)}>{t('mediationLanguages')}</span>: {service.mediationLanguages.map((candidate) => candidate.name).join(', ')}
                  </p>
                ) : null}
              </ListedCard>
            </li>
          );
        })}
      </ul>
      <Pagination pagination={services.pagination} hrefFor={pageHref} />
    </PortalPage>
  );
}
