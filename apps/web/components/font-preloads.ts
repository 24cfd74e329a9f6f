import { preload } from 'react-dom';
import { getLocale, type LocaleCode, type Script } from '@welfare/types';
import naskh400 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2';
import naskh700 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2';
// Made by scripts/urdu-font.mjs (`predev`, `prebuild`, Jest's global setup): the Urdu characters only.
import nastaliqCore from '@/generated/noto-nastaliq-urdu-core-400-normal.woff2';
import titillium400 from '@fontsource/titillium-web/files/titillium-web-latin-400-normal.woff2';
import titillium600 from '@fontsource/titillium-web/files/titillium-web-latin-600-normal.woff2';
import titillium700 from '@fontsource/titillium-web/files/titillium-web-latin-700-normal.woff2';
import titilliumExt400 from '@fontsource/titillium-web/files/titillium-web-latin-ext-400-normal.woff2';
import titilliumExt600 from '@fontsource/titillium-web/files/titillium-web-latin-ext-600-normal.woff2';
import titilliumExt700 from '@fontsource/titillium-web/files/titillium-web-latin-ext-700-normal.woff2';

const LATIN = [titillium400, titillium600, titillium700];

/**
 * The faces a page's first view uses, per script of the locale registry (the @font-face rules are in
 * globals.css and generated/noto-nastaliq-urdu.css): no more, or the preload wastes bytes, and no
 * fewer, or font-display: optional leaves the missing face out of the first render. Together at most
 * 120 kB (docs/performance.md, "Fonts"; the test checks). Titillium Web has no Cyrillic: a Ukrainian
 * page preloads its Latin faces, for the digits, the brand and the Italian names, and sets its own
 * text in the device's fonts. Arabic and Urdu pages set their Latin words in the device's fonts, and
 * Urdu takes the one weight of Nastaliq, cut to the Urdu characters (scripts/urdu-font.mjs).
 * A new script in the registry is a type error here until it has its fonts.
 */
const SCRIPT_FONTS: Record<Script, readonly string[]> = {
  Latn: LATIN,
  Cyrl: LATIN,
  Arab: [naskh400, naskh700],
  Aran: [nastaliqCore],
};

/** A language whose own letters are in more faces than its script's: Romanian's ă, ș, ț (Titillium's latin-ext). */
const LANGUAGE_FONTS: Partial<Record<LocaleCode, readonly string[]>> = {
  ro: [titilliumExt400, titilliumExt600, titilliumExt700],
};

/** The font files a page in `locale` asks for with its stylesheet. */
export const pageFonts = (locale: LocaleCode): readonly string[] => [
  ...SCRIPT_FONTS[getLocale(locale).script],
  ...(LANGUAGE_FONTS[locale] ?? []),
];

/**
 * Asks for the page's fonts with the stylesheet, not after it: they are then there for the first
 * render, which font-display: optional needs to use them without moving the text afterwards.
 */
export function preloadPageFonts(locale: LocaleCode): void {
  for (const href of pageFonts(locale)) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
}
