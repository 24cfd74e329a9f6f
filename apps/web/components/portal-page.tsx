import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LIST_PAGE_TYPES, directionOf, type ListPageType, type LocaleCode, type NoticeConcern } from '@welfare/types';
import { getGlobalSettings } from '@/lib/cms/content';
import { noticesFor } from '@/lib/cms/notices';
import { routes } from '@/lib/routes';
import type { LocaleHrefs } from '@/lib/alternates';
import type { Crumb } from '@/lib/breadcrumbs';
import { Analytics } from './analytics';
import { Breadcrumbs } from './breadcrumbs';
import { ContactList } from './contact-list';
import { LanguageMenu } from './language-menu';
import { PageRating } from './page-rating/page-rating';
import { PageTools } from './page-tools/page-tools';
import { NoticeRegion } from './notice-region';
import { PreviewBanner } from './preview-banner';
import { ServiceWorkerRegistration } from './service-worker-registration';
import { BidiText } from '@/components/bidi-text';

/** The main menu's items: each list page of the registry, then search. Labels are keyed by type name. */
export type NavigationKey = ListPageType | 'search';

const NAVIGATION: Array<[NavigationKey, (locale: LocaleCode) => string]> = [
  ...LIST_PAGE_TYPES.map((type): [NavigationKey, (locale: LocaleCode) => string] => [type, (locale) => routes.list(type, locale)]),
  ['search', routes.search],
];

interface PortalPageProps {
  locale: LocaleCode;
  /** The same page in each language, for the language menu. */
  hrefs: LocaleHrefs;
  current?: NavigationKey;
  /** ISO date of the content's last change, shown at the bottom of the page. */
  lastUpdated?: string;
  /** The entry's title on an entry page: the last breadcrumb (after its list page) and the shared title. */
  title?: string;
  /** The trail after the home page, when it is not the section (`current`) and `title`. */
  breadcrumbs?: Crumb[];
  /** The page rating, read aloud, share and print; on by default, off for pages that are not content (404, the rating's own page). */
  rating?: boolean;
  /**
   * What the page is about, for the notices in force it shows (with the page tools, after its
   * heading): the home shows every one; pages that are not content (404, search) show none.
   */
  notices?: NoticeConcern;
  /**
   * The page's content. A content page passes a function, given the page tools (share, actions) to
   * place right after its heading and the start of its text: on a phone those come first.
   */
  children: ReactNode | ((tools: ReactNode) => ReactNode);
}

/** Every page: skip link, header with the agency and the language menu, navigation, main, footer. */
export async function PortalPage({
  locale,
  hrefs,
  current,
  lastUpdated,
  title,
  breadcrumbs,
  rating = true,
  notices,
  children,
}: PortalPageProps) {
  const [t, nav, format, global, inForce] = await Promise.all([
    getTranslations('Layout'),
    getTranslations('Navigation'),
    getFormatter(),
    getGlobalSettings(locale),
    notices ? noticesFor(locale, notices) : [],
  ]);
  const path = hrefs[locale];
  // The interface's own strings and the global settings are in the page's language: runs of the other direction isolated.
  const dir = directionOf(locale);
  const section = NAVIGATION.find(([key]) => key === current);
  const sectionCrumbs: Crumb[] = section
    ? title
      ? [{ label: nav(section[0]), href: section[1](locale) }, { label: title }]
      : [{ label: nav(section[0]) }]
    : title
      ? [{ label: title }]
      : [];
  // The home page has neither a section nor a title: no trail.
  const trail = breadcrumbs ?? sectionCrumbs;
  const pageTitle = title ?? breadcrumbs?.at(-1)?.label ?? (section ? nav(section[0]) : global.siteName);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <PreviewBanner path={hrefs[locale]} />
      <header className="site-header">
        <div className="header-slim">
          <div className="container">
            <span>
              <BidiText text={t('regionAgency')} dir={dir} />
            </span>
            <LanguageMenu locale={locale} hrefs={hrefs} />
          </div>
        </div>
        <div className="header-center">
          <div className="container">
            <a className="brand" href={routes.home(locale)}>
              <span className="brand-agency">
                <BidiText text={global.agencyName} dir={dir} />
              </span>
              <span className="brand-site">
                <BidiText text={global.siteName} dir={dir} />
              </span>
            </a>
          </div>
        </div>
        <nav className="header-nav" aria-label={t('mainNavigation')}>
          <div className="container">
            <ul>
              {NAVIGATION.map(([key, href]) => (
                <li key={key}>
                  <a href={href(locale)} aria-current={current === key ? 'page' : undefined}>
                    {nav(key)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="container">
        {trail.length > 0 ? <Breadcrumbs trail={[{ label: t('home'), href: routes.home(locale) }, ...trail]} currentPath={path} /> : null}
        {typeof children === 'function' ? (
          children(
            <>
              <NoticeRegion notices={inForce} locale={locale} />
              {rating ? <PageTools path={path} title={pageTitle} /> : null}
            </>,
          )
        ) : (
          <>
            <NoticeRegion notices={inForce} locale={locale} />
            {children}
          </>
        )}
        {lastUpdated ? <p className="last-updated">{t('lastUpdated', { date: format.dateTime(new Date(lastUpdated), 'date') })}</p> : null}
        {rating ? <PageRating path={path} /> : null}
      </main>
      <footer className="site-footer">
        <div className="container footer-columns">
          <section aria-labelledby="footer-agency">
            <h2 id="footer-agency">
              <BidiText text={global.agencyName} dir={dir} />
            </h2>
            <p>
              <BidiText text={global.address} dir={dir} />
            </p>
            <ContactList contacts={global.contacts} />
          </section>
          {global.footerPages && global.footerPages.length > 0 ? (
            <section aria-labelledby="footer-pages">
              <h2 id="footer-pages">{t('footerPages')}</h2>
              <ul>
                {global.footerPages.map((page) => (
                  <li key={page.documentId}>
                    <a href={routes.entry('page', locale, page.slug)}>
                      <BidiText text={page.title} dir={dir} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {global.accessibilityStatementUrl || global.accessibilityContactEmail ? (
            <section aria-labelledby="footer-accessibility">
              <h2 id="footer-accessibility">{t('accessibility')}</h2>
              <ul>
                {global.accessibilityStatementUrl ? (
                  <li>
                    <a href={global.accessibilityStatementUrl}>
                      <BidiText text={t('accessibilityStatement')} dir={dir} />
                    </a>
                  </li>
                ) : null}
                {global.accessibilityContactEmail ? (
                  <li>
                    <a href={`mailto:${global.accessibilityContactEmail}`}>{t('reportAccessibilityProblem')}</a>
                  </li>
                ) : null}
              </ul>
            </section>
          ) : null}
        </div>
        <div className="container funding">
          <p>
            <strong>{t('euFunding')}</strong>
          </p>
          <p>
            <BidiText text={global.fundingNotice} dir={dir} />
          </p>
        </div>
      </footer>
      <link rel="manifest" href={`/${locale}/manifest.webmanifest`} />
      <ServiceWorkerRegistration />
      <Analytics />
    </>
  );
}
