import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageRating } from '@/components/page-rating/page-rating';
import { PortalPage } from '@/components/portal-page';
import { hrefsForEveryLocale } from '@/lib/alternates';
import { isFeatureEnabled } from '@/lib/features';
import { ratingPagePath } from '@/lib/page-rating/paths';
import { isScore } from '@/lib/page-rating/reasons';
import { portalPagePath } from '@/lib/page-rating/submission';
import { resolveLocaleParam } from '@/lib/page/locale-param';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string | string[]; score?: string | string[]; sent?: string | string[] }>;
};

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolveLocaleParam(params);
  const t = await getTranslations('PageRating');
  return { title: t('pageTitle'), description: t('question'), robots: { index: false } };
}

/**
 * The page rating without JavaScript: the reason step after the stars (`?score=`), and the thank-you
 * page (`?sent=1`), each with the way back to the page rated.
 */
export default async function PageRatingPage({ params, searchParams }: Props) {
  const locale = await resolveLocaleParam(params);
  if (!isFeatureEnabled('pageRating')) notFound();
  const query = await searchParams;
  const t = await getTranslations('PageRating');
  const requested = single(query.page);
  // Only a portal page of this language: never a link elsewhere.
  const page = portalPagePath(requested, locale) ?? `/${locale}`;
  const score = Number(single(query.score));
  const sent = single(query.sent) === '1';
  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(ratingPagePath)} rating={false} breadcrumbs={[{ label: t('pageTitle') }]}>
      <h1>{sent ? t('thanksTitle') : t('pageTitle')}</h1>
      {sent ? <p>{t('thanks')}</p> : isScore(score) ? <PageRating path={page} initialScore={score} /> : <PageRating path={page} />}
      <p>
        <a href={page}>{t('backToPage')}</a>
      </p>
    </PortalPage>
  );
}
