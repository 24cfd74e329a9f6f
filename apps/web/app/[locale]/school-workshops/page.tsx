import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ListedCard, cardTitleId } from '@/components/listed-card';
import { PortalPage } from '@/components/portal-page';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { listWorkshops } from '@/lib/cms/content';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { routes } from '@/lib/routes';
import { inLocale } from '@/lib/in-locale';

type Props = { params: Promise<{ locale: string }> };

// No page is rendered at build time (the build does not need the CMS): it is rendered on its first
// request, then served from the cache and revalidated in the background. Pages that read the query
// string (filters, search) render per request instead; their CMS data is cached all the same.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('Workshops');
  return { title: t('title'), description: t('intro'), alternates: alternatesMetadata(locale, hrefsForEveryLocale(routes.workshops)) };
}

export default async function WorkshopsPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const [t, workshops] = await Promise.all([getTranslations('Workshops'), listWorkshops(locale)]);
  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(routes.workshops)} current="workshops">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ul className="card-list">
        {workshops.map((listed) => {
          const workshop = listed.entry;
          return (
            <li key={workshop.documentId}>
              <ListedCard listed={listed} locale={locale}>
                <h2 id={cardTitleId(workshop.documentId)}>
                  <a href={routes.workshop(locale, workshop.slug)}>{workshop.title}</a>
                </h2>
                <p>{workshop.summary}</p>
                <p className="meta">
                  {workshop.targetClasses} · <span {...inLocale(locale)}>{t('sessions', { count: workshop.sessionCount, minutes: workshop.sessionMinutes })}</span>
                </p>
              </ListedCard>
            </li>
          );
        })}
      </ul>
    </PortalPage>
  );
}
