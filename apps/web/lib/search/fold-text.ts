/**
 * Folding: what makes "Медіація" find "медіація", "nderrmjetesim" find "ndërmjetësim" and
 * "الوساطه" find "الوساطة". Applied alike to the indexed text and to the query, so a visitor
 * typing on a phone keyboard without their script's diacritics or letter variants still matches.
 */

// Arabic-script letter variants written differently by different keyboards and habits (Arabic,
// Farsi and Urdu layouts), folded to one letter each. Hamza and madda on alef, waw and yeh are
// combining marks after NFKD and go with the other marks below.
const ARABIC_LETTERS: Record<string, string> = {
  '\u0671': '\u0627', // alef wasla → alef
  '\u0649': '\u064A', // alef maksura → yeh
  '\u06CC': '\u064A', // Farsi yeh → yeh
  '\u06D2': '\u064A', // Urdu yeh barree → yeh
  '\u06D0': '\u064A', // yeh with two dots below (Pashto/Uyghur) → yeh
  '\u06A9': '\u0643', // keheh (Farsi/Urdu kaf) → kaf
  '\u06AA': '\u0643', // swash kaf → kaf
  '\u0629': '\u0647', // taa marbuta → heh
  '\u06C3': '\u0647', // Urdu taa marbuta goal → heh
  '\u06C1': '\u0647', // Urdu heh goal → heh
  '\u06BE': '\u0647', // Urdu heh doachashmee → heh
  '\u06D5': '\u0647', // ae → heh
  '\u0621': '', // lone hamza: written or not, as people type
  '\u0640': '', // tatweel (kashida), a stretching stroke
};

const ARABIC_VARIANTS = new RegExp(`[${Object.keys(ARABIC_LETTERS).join('')}]`, 'g');
// Every combining mark: Latin and Cyrillic diacritics after NFKD, Arabic harakat, shadda, sukun,
// superscript alef, Quranic marks, and hamza/madda above or below.
const COMBINING_MARKS = /\p{M}/gu;
// Arabic-Indic and Extended (Urdu) digits → ASCII digits.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Lower case, no diacritics, one form per Arabic-script letter. Keeps the string's words apart. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(ARABIC_VARIANTS, (letter) => ARABIC_LETTERS[letter] ?? letter)
    .replace(ARABIC_DIGITS, (digit) => String((digit.charCodeAt(0) & 0x0f) % 10))
    .toLowerCase()
    .normalize('NFC');
}

// A word: letters, marks and digits of any script, with inner apostrophes kept out (Italian
// "dell'ASST" is two words, as people search for "ASST").
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their positions (for the snippets' marks). */
export function wordSpans(text: string): WordSpan[] {
  return Array.from(text.matchAll(WORD), (match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
