/**
 * What a machine translation must leave as it is: web addresses, e-mail addresses, phone numbers,
 * street addresses and the agency's own terms (the staff-edited glossary). Each is wrapped in a
 * `<x-k i="n">` element of the segment sent to the provider; whatever the provider does with the
 * element's content, the original text is put back from the index (see segment-markup.ts).
 */

export interface ProtectedSpan {
  start: number;
  end: number;
}

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]]/giu;
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** At least six digits, with the separators people write (+39 0364 123456, 800.123.456, 0364/12345). */
const PHONE_PATTERN = /(?<![\p{L}\p{N}])\+?\d(?:[\d\s./-]{4,}\d)(?![\p{L}\p{N}])/gu;
/** Italian street addresses: "Via Roma 12", "Piazza Garibaldi, 3", "Viale Stazione 15/a". */
const ADDRESS_PATTERN =
  /(?<![\p{L}])(?:Via|Viale|Piazza|Piazzale|Piazzetta|Corso|Largo|Vicolo|Località|Loc\.|Strada|Contrada|Frazione)\s+(?:(?:[\p{Lu}][\p{L}'’.]*|di|del|della|dei|delle|degli|da|de|d’|d'|XX|IV|XXV)\s*)+(?:,?\s*\d+(?:\s*\/\s*[\p{L}\d])?)?/gu;

const digitsIn = (text: string) => (text.match(/\d/g) ?? []).length;

function matches(text: string, pattern: RegExp, accept: (match: string) => boolean = () => true): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[0].trimEnd();
    if (value && accept(value)) spans.push({ start: match.index, end: match.index + value.length });
  }
  return spans;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A glossary term as a whole word (or words), in any letter case. */
export function glossaryPattern(terms: readonly string[]): RegExp | null {
  const cleaned = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  if (cleaned.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${cleaned.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The spans to keep untranslated, sorted and without overlaps (a longer span wins). */
export function protectedSpans(text: string, glossary: RegExp | null): ProtectedSpan[] {
  const all = [
    ...matches(text, URL_PATTERN),
    ...matches(text, EMAIL_PATTERN),
    ...matches(text, PHONE_PATTERN, (value) => digitsIn(value) >= 6),
    ...matches(text, ADDRESS_PATTERN),
    ...(glossary ? matches(text, glossary) : []),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: ProtectedSpan[] = [];
  for (const span of all) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
