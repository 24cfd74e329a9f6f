import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import type { ComponentType, ReactNode } from 'react';
import {
  DEFAULT_LOCALE,
  contentType,
  directionOf,
  hasListPage,
  isSlug,
  noticeConcernOf,
  type EntryPageType,
  type LocaleCode,
} from '@welfare/types';
import { FallbackNotice } from '@/components/fallback-notice';
import { MachineTranslationNotice } from '@/components/machine-translation-notice';
import { JsonLd } from '@/components/json-ld';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { PortalPage } from '@/components/portal-page';
import { alternatesMetadata, existingHrefs, hrefsForEntry } from '@/lib/alternates';
import { getEntry, getGlobalSettings } from '@/lib/cms/content';
import type { EntryLookup, EntryOf, LocalizedEntry } from '@/lib/cms/localized-entries';
import { entryJsonLd } from '@/lib/json-ld';
import { inLocale } from '@/lib/in-locale';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { entryRoute } from '@/lib/routes';
import { describePage } from '@/lib/page/meta-description';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';

/**
 * The one implementation of the pages of entries (`/<locale>/<segment>/<slug>`): lookup with the
 * Italian fallback, redirect from the Italian slug to the translated one, localized 404, metadata
 * and hreflang, structured data, the fallback notice and the article in the text's own language
 * and direction. What differs between types is data in the registry and the type's details.
 */
export interface EntryDetailsProps<Name extends EntryPageType> {
  entry: EntryOf<Name>;
  /** The visitor's language: labels and dates are in it, even around an Italian fallback text. */
  locale: LocaleCode;
}

export interface EntryPageParts<Name extends EntryPageType> {
  /** What the page shows of the entry below its title and short description. */
  Details: ComponentType<EntryDetailsProps<Name>>;
  /** Shown above the title (e.g. a service's category, as Modello Comuni orders it). */
  Kicker?: ComponentType<EntryDetailsProps<Name>>;
  /** Shown between the title and the short description (e.g. a service's status). */
  Subtitle?: ComponentType<EntryDetailsProps<Name>>;
}

type Props = { params: Promise<{ locale: string; slug: string }> };

const field = (entry: unknown, name: string | null): string | undefined => {
  const value = name ? (entry as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/**
 * The entry, the path of its translation (its Italian slug asked in another language), or null
 * (no such entry: a 404 in the visitor's language).
 */
async function load<Name extends EntryPageType>(type: Name, params: Props['params']) {
  const locale = await resolveLocaleParam(params);
  const { slug } = await params;
  // A slug the CMS could never have made is answered without asking the CMS.
  const lookup: EntryLookup<EntryOf<Name>> = isSlug(slug) ? await getEntry(type, locale, slug) : null;
  const redirectTo = lookup && 'redirectToSlug' in lookup ? entryRoute(type)(locale, lookup.redirectToSlug) : null;
  const found: LocalizedEntry<EntryOf<Name>> | null = lookup && 'found' in lookup ? lookup.found : null;
  return { locale, found, redirectTo };
}

export function entryPage<Name extends EntryPageType>(type: Name, { Details, Kicker, Subtitle }: EntryPageParts<Name>) {
  const facts = contentType(type);
  const path = entryRoute(type);

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale, found, redirectTo } = await load(type, params);
    // The page redirects: redirecting here as well would send the Location header twice.
    if (redirectTo) return {};
    if (!found) return notFoundMetadata(locale);
    const { entry, slugs } = found;
    return {
      title: field(entry, facts.titleField),
      description: await describePage(locale, field(entry, facts.summaryField)),
      alternates: alternatesMetadata(locale, existingHrefs(slugs, path)),
    };
  }

  async function EntryPage({ params }: Props): Promise<ReactNode> {
    const { locale, found, redirectTo } = await load(type, params);
    if (redirectTo) permanentRedirect(redirectTo);
    if (!found) return <NotFoundPage locale={locale} />;
    const { entry, isFallback, contentLocale, slugs } = found;
    const global = await getGlobalSettings(locale);
    const summary = field(entry, facts.summaryField);
    const parts = { entry, locale };
    const hrefs = hrefsForEntry(slugs, path);
    // A machine-drafted translation not yet reviewed by staff says so, and links to the Italian.
    const machineDrafted =
      !isFallback && locale !== DEFAULT_LOCALE && Boolean((entry as { machineTranslation?: unknown }).machineTranslation);
    return (
      <PortalPage
        locale={locale}
        hrefs={hrefs}
        current={hasListPage(type) ? type : undefined}
        lastUpdated={entry.updatedAt}
        title={field(entry, facts.titleField)}
        notices={noticeConcernOf(type, entry)}
      >
        {(tools) => (
          <>
            <JsonLd
              data={entryJsonLd(type, entry, {
                locale,
                agency: { name: global.agencyName, contacts: global.contacts, closures: global.closures },
                now: new Date(),
              })}
            />
            {isFallback ? <FallbackNotice locale={locale} /> : null}
            {machineDrafted ? <MachineTranslationNotice italianHref={hrefs[DEFAULT_LOCALE]} /> : null}
            <article lang={isFallback ? contentLocale : undefined} dir={isFallback ? directionOf(contentLocale) : undefined}>
              {Kicker ? <Kicker {...parts} /> : null}
              <h1>
                <BidiText text={field(entry, facts.titleField)} dir={textDirection(entry, locale)} />
              </h1>
              {Subtitle ? <Subtitle {...parts} /> : null}
              {summary ? (
                <p className="lead">
                  <BidiText text={summary} dir={textDirection(entry, locale)} />
                </p>
              ) : null}
              {/* The tools after the page's identity, in the visitor's language even around an Italian text. */}
              {isFallback ? <div {...inLocale(locale)}>{tools}</div> : tools}
              <Details {...parts} />
            </article>
          </>
        )}
      </PortalPage>
    );
  }

  return {
    // Rendered on first request, then cached (see app/[locale]/page.tsx): the build needs no CMS.
    generateStaticParams: (): Array<{ slug: string }> => [],
    generateMetadata,
    EntryPage,
  };
}
