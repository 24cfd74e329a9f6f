import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PortalPage } from '@/components/portal-page';
import { SearchBox } from '@/components/search-box';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { normalizeQuery, searchContent } from '@/lib/cms/search';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('Search');
  // The search page is a page like the others; its result pages (?q=…) stay out of search engines.
  const hasQuery = normalizeQuery((await searchParams).q) !== '';
  return {
    title: t('title'),
    description: t('prompt'),
    alternates: alternatesMetadata(locale, hrefsForEveryLocale(routes.search)),
    robots: hasQuery ? { index: false } : undefined,
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const query = normalizeQuery((await searchParams).q);
  const [t, results] = await Promise.all([getTranslations('Search'), searchContent(locale, query)]);
  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(routes.search)} current="search">
      <h1>{t('title')}</h1>
      <SearchBox action={routes.search(locale)} initial={{ query, results }} />
    </PortalPage>
  );
}
