// @ts-check
import { createRequire } from 'node:module';

/**
 * The locale registry of packages/types, as both apps read it, and the languages the browser tests
 * visit, chosen from it by what changes a page's layout: its direction and its script (fonts, line
 * heights). A new language in a new script or direction is then visited without editing the tests.
 */
/** @type {typeof import('@welfare/types')} */
const registry = createRequire(import.meta.url)('@welfare/types');

export const { LOCALES, DEFAULT_LOCALE, getLocale, wallClockAt } = registry;

const isRtl = (/** @type {{ direction: string }} */ locale) => locale.direction === 'rtl';

/** Every right-to-left language, in the registry's order. */
export const RTL_LOCALES = LOCALES.filter(isRtl).map((locale) => locale.code);

/** Italian, the master language, and every right-to-left language. */
export const DEFAULT_AND_RTL_LOCALES = [DEFAULT_LOCALE, ...RTL_LOCALES.filter((code) => code !== DEFAULT_LOCALE)];

/** Italian, every right-to-left language, and the first language of each other script. */
export const ONE_LOCALE_PER_SCRIPT = LOCALES.filter(
  (locale, index) =>
    locale.code === DEFAULT_LOCALE ||
    isRtl(locale) ||
    (locale.script !== getLocale(DEFAULT_LOCALE).script && LOCALES.findIndex((other) => other.script === locale.script) === index),
).map((locale) => locale.code);
