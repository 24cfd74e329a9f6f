import { foldText } from './fold-text';

/**
 * The typos people make on a phone's keyboard, as candidate spellings of a typed word: two
 * neighbouring letters swapped (one edit, as Damerau counts it; Levenshtein, what MiniSearch's
 * fuzzy matching counts, makes it two) and a letter replaced by one of the keys around it (a
 * "close" edit, forgiven from shorter words than any other). The search looks each candidate up
 * in the index's terms (search-index.ts): only real words of the content can match.
 */

/** Keyboard rows, each with its offset from the left in keys, of the layouts citizens type on. */
interface Layout {
  rows: string[];
  offsets: number[];
}

const STAGGER = [0, 0.25, 0.75];

/**
 * Latin: QWERTY (Italian, English, Romanian), AZERTY (French), QWERTZ (Albanian); Cyrillic:
 * Ukrainian ЙЦУКЕН; Arabic: the standard Arabic layout; Urdu: the phonetic layout (Urdu letters on
 * the Latin keys that sound alike), the usual one on phones and computers in Pakistan. Keys are
 * folded as the index folds text (no diacritics, one form per Arabic-script letter).
 */
const LAYOUTS: Layout[] = [
  { rows: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'], offsets: STAGGER },
  { rows: ['azertyuiop', 'qsdfghjklm', 'wxcvbn'], offsets: STAGGER },
  { rows: ['qwertzuiop', 'asdfghjkl', 'yxcvbnm'], offsets: STAGGER },
  { rows: ['йцукенгшщзхї', 'фівапролджє', 'ячсмитьбю'], offsets: STAGGER },
  { rows: ['ضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ئءؤرىةوزظ'], offsets: STAGGER },
  { rows: ['قوعرتےءیہپ', 'اسدفگھجکل', 'زشچطبنم'], offsets: STAGGER },
];

/** Each folded letter's neighbours on any of the layouts: same row side by side, or the row above or below touching it. */
const NEIGHBOURS: ReadonlyMap<string, readonly string[]> = (() => {
  const keys: Array<{ letter: string; row: number; x: number; layout: number }> = [];
  LAYOUTS.forEach(({ rows, offsets }, layout) =>
    rows.forEach((row, rowIndex) =>
      Array.from(row).forEach((key, column) => {
        const letter = foldText(key);
        if (letter.length === 1) keys.push({ letter, row: rowIndex, x: column + offsets[rowIndex], layout });
      }),
    ),
  );
  const neighbours = new Map<string, Set<string>>();
  for (const key of keys) {
    for (const other of keys) {
      if (other.layout !== key.layout || other.letter === key.letter) continue;
      const dx = Math.abs(other.x - key.x);
      const sameRow = other.row === key.row && dx === 1;
      const nextRow = Math.abs(other.row - key.row) === 1 && dx < 1;
      if (sameRow || nextRow) (neighbours.get(key.letter) ?? neighbours.set(key.letter, new Set()).get(key.letter)!).add(other.letter);
    }
  }
  return new Map([...neighbours].map(([letter, set]) => [letter, [...set]]));
})();

export function keyboardNeighbours(letter: string): readonly string[] {
  return NEIGHBOURS.get(letter) ?? [];
}

/** The word with each pair of neighbouring letters swapped (distinct spellings, the word itself left out). */
export function transpositions(word: string): string[] {
  const letters = Array.from(word);
  const out = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    out.add(swapped.join(''));
  }
  return [...out];
}

/** The word with one letter replaced by a key next to it on a keyboard. */
export function adjacentKeySubstitutions(word: string): string[] {
  const letters = Array.from(word);
  const out = new Set<string>();
  letters.forEach((letter, i) => {
    for (const neighbour of keyboardNeighbours(letter)) {
      const changed = [...letters];
      changed[i] = neighbour;
      out.add(changed.join(''));
    }
  });
  out.delete(word);
  return [...out];
}
