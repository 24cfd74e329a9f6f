import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { LocaleCode } from '@welfare/types';
import { ListedCard, cardTitleId } from '@/components/listed-card';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { Pagination } from '@/components/pagination';
import { PortalPage } from '@/components/portal-page';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { listSchoolWorkshops } from '@/lib/cms/content';
import { inLocale } from '@/lib/in-locale';
import { routes } from '@/lib/routes';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';

/** The school workshops, one page at a time (`/school-workshops`, `/school-workshops/page/<n>`). */
export async function schoolWorkshopsMetadata(locale: LocaleCode, page: number | null): Promise<Metadata> {
  if (page === null) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: 'Workshops' });
  return {
    title: page > 1 ? `${t('title')} (${page})` : t('title'),
    description: t('intro'),
    alternates: alternatesMetadata(
      locale,
      hrefsForEveryLocale((code) => routes.listPage('school-workshop', code, page)),
    ),
  };
}

export async function SchoolWorkshopsListPage({ locale, page }: { locale: LocaleCode; page: number | null }) {
  if (page === null) return <NotFoundPage locale={locale} />;
  const [t, workshops] = await Promise.all([getTranslations('Workshops'), listSchoolWorkshops(locale, page)]);
  if (page > 1 && workshops.items.length === 0) return <NotFoundPage locale={locale} />;
  return (
    <PortalPage
      locale={locale}
      hrefs={hrefsForEveryLocale((code) => routes.listPage('school-workshop', code, page))}
      current="school-workshop"
      notices={{ kind: 'site' }}
    >
      {(tools) => (
        <>
          <h1>{t('title')}</h1>
          <p className="lead">{t('intro')}</p>
          {tools}
          <ul className="card-list">
            {workshops.items.map((listed) => {
              const workshop = listed.entry;
              return (
                <li key={workshop.documentId}>
                  <ListedCard listed={listed} locale={locale}>
                    <h2 id={cardTitleId(workshop.documentId)}>
                      <a href={routes.entry('school-workshop', locale, workshop.slug)}>
                        <BidiText text={workshop.title} dir={textDirection(workshop, locale)} />
                      </a>
                    </h2>
                    <p>
                      <BidiText text={workshop.summary} dir={textDirection(workshop, locale)} />
                    </p>
                    <p className="meta">
                      <BidiText text={workshop.targetClasses} dir={textDirection(workshop, locale)} /> ·{' '}
                      <span {...inLocale(locale)}>{t('sessions', { count: workshop.sessionCount, minutes: workshop.sessionMinutes })}</span>
                    </p>
                  </ListedCard>
                </li>
              );
            })}
          </ul>
          <Pagination pagination={workshops.pagination} hrefFor={(target) => routes.listPage('school-workshop', locale, target)} />
        </>
      )}
    </PortalPage>
  );
}
