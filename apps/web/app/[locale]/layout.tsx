import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { directionOf } from '@welfare/types';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/lib/routes';
// Self-hosted fonts: Titillium Web (Designers Italia) for Latin script, Noto Naskh Arabic for
// Arabic, Noto Nastaliq Urdu for Urdu. Browsers download only the faces a page uses.
import '@fontsource/titillium-web/latin-400.css';
import '@fontsource/titillium-web/latin-600.css';
import '@fontsource/titillium-web/latin-700.css';
import '@fontsource/titillium-web/latin-ext-400.css';
import '@fontsource/titillium-web/latin-ext-700.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-nastaliq-urdu/arabic-400.css';
import '@fontsource/noto-nastaliq-urdu/arabic-700.css';
import './globals.css';

export const metadata: Metadata = { metadataBase: new URL(siteUrl()) };
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0066cc' };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
