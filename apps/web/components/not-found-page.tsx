import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import type { LocaleCode } from '@welfare/types';
import { hrefsForEveryLocale } from '@/lib/alternates';
import { routes } from '@/lib/routes';
import { PortalPage } from './portal-page';

/** "Page not found" in the visitor's language, with the ways on: home and search. */
export async function NotFoundContent({ locale }: { locale: LocaleCode }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <a className="button" href={routes.home(locale)}>
          {t('home')}
        </a>{' '}
        <a className="button button-secondary" href={routes.search(locale)}>
          {t('search')}
        </a>
      </p>
    </>
  );
}

/** Only sets the status: notFound() inside a Suspense boundary makes the response a 404. */
function NotFoundStatus(): never {
  notFound();
}

/**
 * The 404 page of a path under a language (an unknown path, an entry that does not exist).
 * Next.js 16 answers a notFound() thrown by a page with an empty HTML shell and renders the
 * not-found page only in the browser, with JavaScript. Pages render this instead: the content is in
 * the HTML, and the status is 404 (these pages are rendered on first request and cached, and such a
 * render keeps what is outside the boundary).
 */
export function NotFoundPage({ locale }: { locale: LocaleCode }) {
  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(routes.home)} rating={false}>
      <NotFoundContent locale={locale} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </PortalPage>
  );
}

/** The <title> of a 404 page, for generateMetadata. */
export async function notFoundMetadata(locale: LocaleCode) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), description: t('text') };
}
