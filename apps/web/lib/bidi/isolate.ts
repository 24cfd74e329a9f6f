import { directionOf, isLocaleCode, type LocaleCode } from '@welfare/types/locales';

/**
 * Bidirectional isolation of text written by people (staff's rich and plain text, the agency's
 * name and address, contacts): the runs of the other direction inside a text of one direction,
 * found so that each can be put in its own isolate (`<bdi>`, as the W3C's "Inline markup and bidirectional
 * text in HTML" advises). Without it a Latin name with its parentheses or final dot inside an
 * Arabic sentence, or a phone number's groups, land in the wrong order; with it, staff need do
 * nothing. The text itself is never changed (no control characters: copy and search see what was
 * written).
 */
export type Direction = 'ltr' | 'rtl';

export interface BidiSegment {
  text: string;
  /** The direction of a run of the other direction (to isolate), or null for the text around it. */
  isolate: Direction | null;
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const EUROPEAN_DIGIT = /[0-9]/;
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;
const OPENING: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '“': '”', '‘': '’' };
const CLOSING = new Set(Object.values(OPENING));

type Kind = 'ltr' | 'rtl' | 'ltr-digit' | 'rtl-digit' | 'neutral';

function kindOf(char: string): Kind {
  if (LETTER.test(char)) return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  if (EUROPEAN_DIGIT.test(char)) return 'ltr-digit';
  if (ARABIC_DIGIT.test(char)) return 'rtl-digit';
  return 'neutral';
}

/** Characters that belong to a run of `other` direction (letters, digits; marks go with their letter). */
const belongsTo = (kind: Kind, other: Direction) => kind === other || kind === `${other}-digit`;

/**
 * A run is worth isolating when it holds a letter of the other direction, or, in right-to-left
 * text, digits in groups (a phone number: "030 1234567" would show its groups swapped).
 */
function worthIsolating(chars: string[], kinds: Kind[], other: Direction): boolean {
  if (kinds.includes(other)) return true;
  if (other !== 'ltr') return false;
  const text = chars.join('');
  return /[0-9][^0-9]+[0-9]/.test(text) && /\s/.test(text);
}

/** The text's runs of the direction other than `base`, and the text around them, in order. */
export function bidiSegments(text: string, base: Direction): BidiSegment[] {
  const other: Direction = base === 'rtl' ? 'ltr' : 'rtl';
  const chars = Array.from(text);
  const kinds: Kind[] = [];
  chars.forEach((char, index) => {
    // A combining mark takes its base letter's kind.
    kinds.push(MARK.test(char) && index > 0 ? kinds[index - 1] : kindOf(char));
  });
  if (!kinds.includes(other) && !(other === 'ltr' && kinds.includes('ltr-digit'))) return text ? [{ text, isolate: null }] : [];

  const segments: BidiSegment[] = [];
  let plainStart = 0;
  let index = 0;
  while (index < chars.length) {
    if (!belongsTo(kinds[index], other)) {
      index += 1;
      continue;
    }
    // A run: from a character of the other direction to the last one before a strong character of
    // the base direction (neutrals inside it go with it, those at its ends stay outside).
    const start = index;
    let end = index + 1;
    for (let next = index + 1; next < chars.length && kinds[next] !== base; next++) {
      if (belongsTo(kinds[next], other)) end = next + 1;
    }
    // A bracket opened inside the run is closed inside it too (else the pair is split across the isolate).
    const open: string[] = [];
    for (let at = start; at < end; at++) {
      if (OPENING[chars[at]]) open.push(OPENING[chars[at]]);
      else if (CLOSING.has(chars[at]) && open.at(-1) === chars[at]) open.pop();
    }
    for (let at = end; open.length > 0 && at < chars.length && kinds[at] === 'neutral'; at++) {
      if (chars[at] === open.at(-1)) {
        open.pop();
        end = at + 1;
      }
    }
    if (worthIsolating(chars.slice(start, end), kinds.slice(start, end), other)) {
      if (start > plainStart) segments.push({ text: chars.slice(plainStart, start).join(''), isolate: null });
      segments.push({ text: chars.slice(start, end).join(''), isolate: other });
      plainStart = end;
    }
    index = end;
  }
  if (plainStart < chars.length) segments.push({ text: chars.slice(plainStart).join(''), isolate: null });
  return segments;
}

/**
 * The same for text in pieces (words marked in a search result, formatted parts): the runs are
 * found over the whole text, then each piece is cut where a run begins or ends.
 */
export function bidiPieces<Piece extends { text: string }>(
  pieces: Piece[],
  base: Direction,
): Array<{ isolate: Direction | null; pieces: Piece[] }> {
  const segments = bidiSegments(pieces.map((piece) => piece.text).join(''), base);
  const out: Array<{ isolate: Direction | null; pieces: Piece[] }> = [];
  let pieceIndex = 0;
  let offset = 0; // inside pieces[pieceIndex], in UTF-16 units
  for (const segment of segments) {
    const group: Piece[] = [];
    let left = segment.text.length;
    while (left > 0 && pieceIndex < pieces.length) {
      const piece = pieces[pieceIndex];
      const take = Math.min(left, piece.text.length - offset);
      group.push({ ...piece, text: piece.text.slice(offset, offset + take) });
      left -= take;
      offset += take;
      if (offset >= piece.text.length) {
        pieceIndex += 1;
        offset = 0;
      }
    }
    out.push({ isolate: segment.isolate, pieces: group });
  }
  return out;
}

/**
 * The direction of an entry's text: its own language's (an Italian fallback is left to right on an
 * Arabic page), or the page's when the CMS's answer does not say (a relation populated with a few fields).
 */
export function textDirection(entry: { locale?: unknown }, pageLocale: LocaleCode): Direction {
  return directionOf(isLocaleCode(entry.locale) ? entry.locale : pageLocale);
}
