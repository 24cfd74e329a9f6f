import { wordSpans } from './fold-text';

/** Text in parts, the matched words marked (rendered as <mark>, not by colour alone). */
export type MarkedText = Array<{ text: string; mark: boolean }>;

/**
 * A passage of at most `length` characters around the first matched word, cut at word
 * boundaries, with "…" where it was cut, and every matched word in it marked.
 */
export function snippetOf(text: string, isMatch: (word: string) => boolean, length: number): MarkedText {
  const source = text.replace(/\s+/g, ' ').trim();
  if (!source) return [];
  const spans = wordSpans(source);
  const matches = spans.filter((span) => isMatch(span.word));
  let start = 0;
  let end = source.length;
  if (source.length > length) {
    const first = matches[0];
    // Some words of context before the match, the rest after it.
    start = first ? Math.max(0, first.start - Math.floor(length / 4)) : 0;
    end = Math.min(source.length, start + length);
    start = snapStart(source, start);
    end = snapEnd(source, end);
  }
  const parts: MarkedText = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  let cursor = start;
  for (const span of matches) {
    if (span.start < start || span.end > end) continue;
    if (span.start > cursor) parts.push({ text: source.slice(cursor, span.start), mark: false });
    parts.push({ text: span.word, mark: true });
    cursor = span.end;
  }
  if (cursor < end) parts.push({ text: source.slice(cursor, end), mark: false });
  if (end < source.length) parts.push({ text: '…', mark: false });
  return parts;
}

function snapStart(text: string, index: number): number {
  if (index === 0) return 0;
  const space = text.indexOf(' ', index);
  return space === -1 ? index : space + 1;
}

function snapEnd(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const space = text.lastIndexOf(' ', index);
  return space <= 0 ? index : space;
}
