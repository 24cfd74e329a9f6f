import type { Metadata } from 'next';
import { ContactList } from '@/components/contact-list';
import { FallbackNotice } from '@/components/fallback-notice';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { PortalPage } from '@/components/portal-page';
import { RichText } from '@/components/rich-text';
import { alternatesMetadata, existingHrefs, hrefsForEntry } from '@/lib/alternates';
import { getPage } from '@/lib/cms/content';
import { entryOrMissing } from '@/lib/page/entry-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { describePage } from '@/lib/page/meta-description';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then cached (see app/[locale]/page.tsx).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocaleParam(params);
  const found = entryOrMissing(await getPage(locale, (await params).slug), locale, routes.page);
  if (!found) return notFoundMetadata(locale);
  const { entry, slugs } = found;
  return { title: entry.title, description: await describePage(locale, entry.summary), alternates: alternatesMetadata(locale, existingHrefs(slugs, routes.page)) };
}

export default async function EditorialPage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const found = entryOrMissing(await getPage(locale, (await params).slug), locale, routes.page);
  if (!found) return <NotFoundPage locale={locale} />;
  const { entry: page, isFallback, contentLocale, slugs } = found;
  return (
    <PortalPage locale={locale} hrefs={hrefsForEntry(slugs, routes.page)} lastUpdated={page.updatedAt}>
      {isFallback ? <FallbackNotice locale={locale} /> : null}
      <article lang={isFallback ? contentLocale : undefined} dir={isFallback ? 'ltr' : undefined}>
        <h1>{page.title}</h1>
        {page.summary ? <p className="lead">{page.summary}</p> : null}
        <RichText value={page.body} />
        <ContactList contacts={page.contacts} />
      </article>
    </PortalPage>
  );
}
