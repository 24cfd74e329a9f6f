import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PortalPage } from '@/components/portal-page';
import { SearchBox } from '@/components/search-box';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { getGlobalSettings } from '@/lib/cms/content';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { routes } from '@/lib/routes';
import { searchPortal, searchRequest } from '@/lib/search/portal-search';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; type?: string | string[]; page?: string | string[] }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('Search');
  // The search page is a page like the others; its result pages (?q=…) stay out of search engines.
  const hasQuery = searchRequest(await searchParams).query !== '';
  return {
    title: t('title'),
    description: t('prompt'),
    alternates: alternatesMetadata(locale, hrefsForEveryLocale(routes.search)),
    robots: hasQuery ? { index: false } : undefined,
  };
}

/** The information desk's contacts for the "no result" help; the page shows without them. */
async function deskContacts(locale: Parameters<typeof getGlobalSettings>[0]) {
  try {
    return (await getGlobalSettings(locale))?.contacts ?? [];
  } catch (error) {
    console.warn(`search: no information desk contacts (${error instanceof Error ? error.message : error})`);
    return [];
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  const { query, type, page } = searchRequest(await searchParams);
  const [t, answer, desk] = await Promise.all([getTranslations('Search'), searchPortal(locale, query, type, page), deskContacts(locale)]);
  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(routes.search)} current="search">
      {(tools) => (
        <>
          <h1>{t('title')}</h1>
          {tools}
          <SearchBox action={routes.search(locale)} initial={answer} help={{ mediatorsHref: routes.list('mediator', locale), desk }} />
        </>
      )}
    </PortalPage>
  );
}
