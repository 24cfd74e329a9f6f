import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '@welfare/types';
import { localeDisplayName } from '../admin-labels/language-names';

interface LocaleService {
  find(params?: object): Promise<Array<{ code: string; name: string }>>;
  update(params: { code: string }, updates: { name: string }): Promise<unknown>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string>;
  setDefaultLocale(locale: { code: string }): Promise<void>;
}

/**
 * Creates the registry's locales that the CMS lacks, names them as staff read them ("Albanese (sq)")
 * and makes Italian the default. Idempotent.
 */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocaleService;
  const existing = new Map((await locales.find()).map((locale) => [locale.code, locale.name]));

  for (const locale of LOCALES) {
    const name = localeDisplayName(locale.code);
    if (!existing.has(locale.code)) await locales.create({ code: locale.code, name });
    else if (existing.get(locale.code) !== name) await locales.update({ code: locale.code }, { name });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
}
