import fs from 'node:fs';
import path from 'node:path';
import { getLocale, LOCALES, type LocaleCode, type Script } from '@welfare/types';
import { pageFonts } from './font-preloads';

/**
 * Every registered language is set in self-hosted fonts for its script, within the font budget of a
 * first view: a new language in a new script fails here until its fonts are added (font-preloads.ts
 * and globals.css), and a heavier font fails until it is cut down (docs/performance.md, "Fonts").
 */
const WEB = path.join(__dirname, '..');
const GLOBALS_CSS = path.join(WEB, 'app', '[locale]', 'globals.css');
// Made by scripts/urdu-font.mjs (Jest's global setup runs it).
const URDU_CSS = path.join(WEB, 'generated', 'noto-nastaliq-urdu.css');
const css = fs.readFileSync(GLOBALS_CSS, 'utf8');
const FONT_BUDGET_BYTES = 120_000;

/** "U+0600-06FF, U+200C" → its code points. */
const codePoints = (range: string): Set<number> =>
  new Set(
    range.split(',').flatMap((part) => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      const start = parseInt(from, 16);
      return Array.from({ length: parseInt(to, 16) - start + 1 }, (_, index) => start + index);
    }),
  );

/** Every @font-face of the portal: the file on disk, its family and the characters it is used for. */
const faces = [GLOBALS_CSS, URDU_CSS].flatMap((sheet) =>
  [...fs.readFileSync(sheet, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const url = /url\('([^']+)'\)/.exec(body)?.[1] ?? '';
    return {
      file: url.startsWith('.') ? path.resolve(path.dirname(sheet), url) : require.resolve(url),
      family: /font-family:\s*'([^']+)'/.exec(body)?.[1],
      range: codePoints(/unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? ''),
    };
  }),
);

// The family a page's own text is set in (Cyrillic: Titillium Web for the digits, the brand and the Italian names).
const FAMILY: Record<Script, string> = {
  Latn: 'Titillium Web',
  Cyrl: 'Titillium Web',
  Arab: 'Noto Naskh Arabic',
  Aran: 'Noto Nastaliq Urdu',
};

/** The characters of a locale's UI messages. */
const messageCharacters = (code: LocaleCode): number[] => {
  const text = fs.readFileSync(path.join(WEB, 'messages', `${code}.json`), 'utf8');
  return [...new Set([...text].map((character) => character.codePointAt(0) ?? 0))];
};

describe.each(LOCALES.map((locale) => [locale.code, locale] as const))('fonts of a page in %s', (code, locale) => {
  it('preloads only faces the stylesheets declare, of the family its text is set in', () => {
    const files = pageFonts(code);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(fs.existsSync(file)).toBe(true);
      expect(faces.find((face) => face.file === file)?.family).toBe(FAMILY[locale.script]);
    }
  });

  it(`downloads at most ${FONT_BUDGET_BYTES / 1000} kB of fonts on a first view`, () => {
    const bytes = pageFonts(code).reduce((sum, file) => sum + fs.statSync(file).size, 0);
    expect(bytes).toBeLessThanOrEqual(FONT_BUDGET_BYTES);
  });

  it("covers its own script's characters in the UI messages with the faces it preloads", () => {
    // A character only a face that is not preloaded covers would download it too, after the first render.
    const family = FAMILY[locale.script];
    const preloaded = faces.filter((face) => pageFonts(code).includes(face.file));
    const own = messageCharacters(code).filter((character) => faces.some((face) => face.family === family && face.range.has(character)));
    const missing = own.filter((character) => !preloaded.some((face) => face.range.has(character)));
    expect(missing.map((character) => String.fromCodePoint(character))).toEqual([]);
  });

  it('has a font-family rule for its text in globals.css', () => {
    expect(css.includes(`:lang(${code})`) || css.includes(`[lang='${code}']`)).toBe(true);
  });
});

describe('page fonts', () => {
  it('sets Urdu in Nastaliq and Arabic in Naskh, not one for the other', () => {
    expect(pageFonts('ur').every((file) => file.includes('noto-nastaliq-urdu'))).toBe(true);
    expect(pageFonts('ar').every((file) => file.includes('noto-naskh-arabic'))).toBe(true);
    expect(pageFonts('it').every((file) => file.includes('titillium-web'))).toBe(true);
  });

  it('keeps the whole Nastaliq face for the Arabic-script characters outside the Urdu core', () => {
    const nastaliq = faces.filter((face) => face.family === 'Noto Nastaliq Urdu');
    // ڻ (Sindhi), ݨ (Saraiki), ـ (tatweel): rare on an Urdu page, still in Nastaliq where they are.
    for (const character of ['ڻ', 'ݨ', 'ـ']) {
      const face = nastaliq.find((candidate) => candidate.range.has(character.codePointAt(0) ?? 0));
      expect(face && path.basename(face.file)).toBe('noto-nastaliq-urdu-arabic-400-normal.woff2');
    }
    expect(getLocale('ur').script).toBe('Aran');
  });
});
