import { getTranslations } from 'next-intl/server';
import type { LocaleCode } from '@welfare/types';

/** Search engines show about this many characters of a description. */
export const META_DESCRIPTION_MAX = 160;

/** One line, at most `max` characters, cut at a word with an ellipsis. */
export function shortDescription(text: string, max = META_DESCRIPTION_MAX): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/**
 * A page's meta description: the first of `candidates` with text (an entry's summary, a list's
 * intro), else the portal's own description in the page's language. Every page has one, even an
 * entry whose summary staff left empty.
 */
export async function describePage(locale: LocaleCode, ...candidates: Array<string | null | undefined>): Promise<string> {
  const text = candidates.find((candidate) => candidate && candidate.trim());
  if (text) return shortDescription(text);
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return t('site');
}
