import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '@welfare/types';

interface LocaleService {
  find(params?: object): Promise<Array<{ code: string }>>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string>;
  setDefaultLocale(locale: { code: string }): Promise<void>;
}

/** Creates the registry's locales that the CMS lacks and makes Italian the default. Idempotent. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocaleService;
  const existing = new Set((await locales.find()).map((locale) => locale.code));

  for (const locale of LOCALES) {
    if (!existing.has(locale.code)) {
      await locales.create({ code: locale.code, name: `${locale.englishName} (${locale.code})` });
    }
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
}
