import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { LocaleCode } from '@welfare/types';
import { routing } from '@/i18n/routing';

/** The `[locale]` segment of a page, validated, and registered with next-intl for static rendering. */
export async function resolveLocaleParam(params: Promise<{ locale: string }>): Promise<LocaleCode> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
