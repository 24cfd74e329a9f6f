import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from '@welfare/types';
import { pageFonts } from './font-preloads';

/**
 * Every registered language is set in self-hosted fonts for its script: a new language in a new
 * script fails here until its fonts are added (font-preloads.ts and globals.css).
 */
const css = fs.readFileSync(path.join(__dirname, '..', 'app', '[locale]', 'globals.css'), 'utf8');
const declaredFaces = [...css.matchAll(/url\('([^']+\.woff2)'\)/g)].map((match) => match[1]);
// The @fontsource subset that covers each script.
const SUBSET = { Latn: '-latin-', Cyrl: '-latin-', Arab: '-arabic-', Aran: '-arabic-' } as const;

describe.each(LOCALES.map((locale) => [locale.code, locale] as const))('fonts of a page in %s', (code, locale) => {
  it(`preloads self-hosted faces of the ${locale.script} script`, () => {
    const files = pageFonts(code);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(fs.existsSync(file)).toBe(true);
      expect(path.basename(file)).toContain(SUBSET[locale.script]);
    }
  });

  it('preloads only faces that globals.css declares', () => {
    for (const file of pageFonts(code)) expect(declaredFaces.some((face) => file.endsWith(face.replace(/^@fontsource\//, '/')))).toBe(true);
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
});
