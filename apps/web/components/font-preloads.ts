import { preload } from 'react-dom';
import { getLocale, type LocaleCode, type Script } from '@welfare/types';
import naskh400 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2';
import naskh700 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2';
import nastaliq400 from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2';
import nastaliq700 from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2';
import titillium400 from '@fontsource/titillium-web/files/titillium-web-latin-400-normal.woff2';
import titillium600 from '@fontsource/titillium-web/files/titillium-web-latin-600-normal.woff2';
import titillium700 from '@fontsource/titillium-web/files/titillium-web-latin-700-normal.woff2';

const LATIN = [titillium400, titillium600, titillium700];

/**
 * The faces a page's text is mostly set in, per script of the locale registry (the @font-face rules
 * are in globals.css). Titillium Web has no Cyrillic: a Ukrainian page preloads its Latin faces,
 * for the digits, the brand and the Italian names, and sets its own text in the device's fonts.
 * A new script in the registry is a type error here until it has its fonts.
 */
const SCRIPT_FONTS: Record<Script, readonly string[]> = {
  Latn: LATIN,
  Cyrl: LATIN,
  Arab: [naskh400, naskh700],
  Aran: [nastaliq400, nastaliq700],
};

/** The font files a page in `locale` asks for with its stylesheet. */
export const pageFonts = (locale: LocaleCode): readonly string[] => SCRIPT_FONTS[getLocale(locale).script];

/**
 * Asks for the page's fonts with the stylesheet, not after it: they are then there for the first
 * render, which font-display: optional needs to use them without moving the text afterwards.
 */
export function preloadPageFonts(locale: LocaleCode): void {
  for (const href of pageFonts(locale)) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
}
