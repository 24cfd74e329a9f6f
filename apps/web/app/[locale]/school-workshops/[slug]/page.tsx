import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ContactList } from '@/components/contact-list';
import { FallbackNotice } from '@/components/fallback-notice';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { PortalPage } from '@/components/portal-page';
import { RichText } from '@/components/rich-text';
import { alternatesMetadata, existingHrefs, hrefsForEntry } from '@/lib/alternates';
import { getWorkshop } from '@/lib/cms/content';
import { entryOrMissing } from '@/lib/page/entry-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { describePage } from '@/lib/page/meta-description';
import { routes } from '@/lib/routes';
import { inLocale } from '@/lib/in-locale';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then cached (see app/[locale]/page.tsx).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const found = entryOrMissing(await getWorkshop(locale, (await params).slug), locale, routes.workshop);
  if (!found) return notFoundMetadata(locale);
  const { entry, slugs } = found;
  return { title: entry.title, description: await describePage(locale, entry.summary), alternates: alternatesMetadata(locale, existingHrefs(slugs, routes.workshop)) };
}

export default async function WorkshopPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const found = entryOrMissing(await getWorkshop(locale, (await params).slug), locale, routes.workshop);
  if (!found) return <NotFoundPage locale={locale} />;
  const { entry: workshop, isFallback, contentLocale, slugs } = found;
  const t = await getTranslations('Workshops');
  return (
    <PortalPage locale={locale} hrefs={hrefsForEntry(slugs, routes.workshop)} current="workshops" lastUpdated={workshop.updatedAt}>
      {isFallback ? <FallbackNotice locale={locale} /> : null}
      <article lang={isFallback ? contentLocale : undefined} dir={isFallback ? 'ltr' : undefined}>
        <h1>{workshop.title}</h1>
        <p className="lead">{workshop.summary}</p>
        <dl className="facts">
          <dt {...inLocale(locale)}>{t('targetClasses')}</dt>
          <dd>{workshop.targetClasses}</dd>
          {workshop.schools ? (
            <>
              <dt {...inLocale(locale)}>{t('schools')}</dt>
              <dd>{workshop.schools}</dd>
            </>
          ) : null}
          <dt {...inLocale(locale)}>{t('schoolYear')}</dt>
          <dd dir="ltr">{workshop.schoolYear}</dd>
          <dt {...inLocale(locale)}>{t('format')}</dt>
          <dd {...inLocale(locale)}>{t('sessions', { count: workshop.sessionCount, minutes: workshop.sessionMinutes })}</dd>
        </dl>
        <h2 {...inLocale(locale)}>{t('description')}</h2>
        <RichText value={workshop.description} headingOffset={2} />
        {workshop.topics && workshop.topics.length > 0 ? (
          <>
            <h2 {...inLocale(locale)}>{t('topics')}</h2>
            <RichText value={workshop.topics} headingOffset={2} />
          </>
        ) : null}
        <h2 {...inLocale(locale)}>{t('booking')}</h2>
        <RichText value={workshop.booking} headingOffset={2} />
        {workshop.contacts && workshop.contacts.length > 0 ? (
          <>
            <h2 {...inLocale(locale)}>{t('contacts')}</h2>
            <ContactList contacts={workshop.contacts} />
          </>
        ) : null}
      </article>
    </PortalPage>
  );
}
