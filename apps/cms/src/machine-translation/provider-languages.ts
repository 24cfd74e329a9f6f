import type { ProviderName } from './provider';

/**
 * Which of the portal's languages each provider translates into, from Italian.
 * DeepL: its documented target languages include English, French, Arabic, Romanian and Ukrainian,
 * not Urdu or Albanian. LibreTranslate: every language of the portal has an Argos Translate model
 * (an instance serves the models it was installed with: `/languages` says which).
 */
export const PROVIDER_TARGETS: Readonly<Record<ProviderName, ReadonlySet<string>>> = {
  deepl: new Set(['en', 'fr', 'ar', 'ro', 'uk']),
  libretranslate: new Set(['en', 'fr', 'ar', 'ur', 'ro', 'sq', 'uk']),
};

export const PROVIDER_NAMES: readonly ProviderName[] = ['deepl', 'libretranslate'];

export const PROVIDER_LABELS: Readonly<Record<ProviderName, string>> = { deepl: 'DeepL', libretranslate: 'LibreTranslate' };
