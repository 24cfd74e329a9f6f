import { preload } from 'react-dom';
import type { LocaleCode } from '@welfare/types';
import naskh400 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2';
import naskh700 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2';
import nastaliq400 from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2';
import nastaliq700 from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2';
import titillium400 from '@fontsource/titillium-web/files/titillium-web-latin-400-normal.woff2';
import titillium600 from '@fontsource/titillium-web/files/titillium-web-latin-600-normal.woff2';
import titillium700 from '@fontsource/titillium-web/files/titillium-web-latin-700-normal.woff2';

/** The faces a page's text is mostly set in (the @font-face rules are in globals.css). */
const PAGE_FONTS: Partial<Record<LocaleCode, string[]>> = { ar: [naskh400, naskh700], ur: [nastaliq400, nastaliq700] };
const LATIN_FONTS = [titillium400, titillium600, titillium700];

/**
 * Asks for the page's fonts with the stylesheet, not after it: they are then there for the first
 * render, which font-display: optional needs to use them without moving the text afterwards.
 */
export function preloadPageFonts(locale: LocaleCode): void {
  for (const href of PAGE_FONTS[locale] ?? LATIN_FONTS) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
}
