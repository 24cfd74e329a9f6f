import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { preloadPageFonts } from '@/components/font-preloads';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/lib/site-url';
// inLocale: the page's lang and, from the locale registry, its direction.
import { inLocale } from '@/lib/in-locale';
// The self-hosted fonts: Noto Nastaliq Urdu in the stylesheet scripts/urdu-font.mjs makes (`predev`,
// `prebuild`), Titillium Web and Noto Naskh Arabic in globals.css.
import '@/generated/noto-nastaliq-urdu.css';
import './globals.css';

export const metadata: Metadata = { metadataBase: new URL(siteUrl()) };
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0066cc' };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  preloadPageFonts(locale);
  // Only what client components translate (the search box and its results, the error page): every other text is
  // rendered on the server, and the whole catalogue would ride along in every page's payload.
  const { Search, Unavailable, Contact, Fallback } = await getMessages();
  return (
    <html {...inLocale(locale)}>
      <body>
        <NextIntlClientProvider messages={{ Search, Unavailable, Contact, Fallback }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
