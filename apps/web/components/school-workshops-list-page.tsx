import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ListViewName, LocaleCode } from '@welfare/types';
import { ListedCard, cardTitleId } from '@/components/listed-card';
import { NotFoundPage } from '@/components/not-found-page';
import { Pagination } from '@/components/pagination';
import { PortalPage } from '@/components/portal-page';
import { hrefsForEveryLocale } from '@/lib/alternates';
import { listEntries } from '@/lib/cms/content';
import { inLocale } from '@/lib/in-locale';
import { listMetadata } from '@/lib/page/list-metadata';
import type { ListSelection } from '@/lib/page/list-selection';
import { routes } from '@/lib/routes';
import type { ListPageProps } from './list-pages';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';

/** The school workshops, one page at a time (`/school-workshops`, `/school-workshops/page/<n>`). */
export const schoolWorkshopsMetadata = (
  locale: LocaleCode,
  view: ListViewName<'school-workshop'>,
  selection: ListSelection,
): Promise<Metadata> => listMetadata('school-workshop', view, locale, selection);

export async function SchoolWorkshopsListPage({ locale, view, selection: { page } }: ListPageProps<'school-workshop'>) {
  const [t, list, workshops] = await Promise.all([
    getTranslations('Workshops'),
    getTranslations('Lists.school-workshop'),
    listEntries('school-workshop', view, locale, { page }),
  ]);
  if (page > 1 && workshops.items.length === 0) return <NotFoundPage locale={locale} />;
  return (
    <PortalPage
      locale={locale}
      hrefs={hrefsForEveryLocale((code) => routes.listView('school-workshop', view, code, {}, page))}
      current="school-workshop"
      notices={{ kind: 'site' }}
    >
      {(tools) => (
        <>
          <h1>{list('title')}</h1>
          <p className="lead">{list('description')}</p>
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
          <Pagination
            pagination={workshops.pagination}
            hrefFor={(target) => routes.listView('school-workshop', view, locale, {}, target)}
          />
        </>
      )}
    </PortalPage>
  );
}
