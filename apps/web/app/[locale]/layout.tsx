import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { directionOf } from '@welfare/types';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/lib/routes';
import { inLocale } from '@/lib/in-locale';
// globals.css declares the self-hosted fonts (Titillium Web, Noto Naskh Arabic, Noto Nastaliq Urdu).
import './globals.css';

export const metadata: Metadata = { metadataBase: new URL(siteUrl()) };
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0066cc' };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html {...inLocale(locale)} dir={directionOf(locale)}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
