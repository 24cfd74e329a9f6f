import type { LocaleCode } from '@welfare/types';
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';

type Stemmer = (word: string) => string;

/**
 * Snowball-family stemmers maintained by Orama (@orama/stemmers), for the portal's languages that
 * have one. Albanian and Urdu have no maintained stemmer for JavaScript: their words are matched
 * whole, by prefix and with typo tolerance.
 */
const STEMMERS: Partial<Record<LocaleCode, Stemmer>> = { ar: arabic, en: english, fr: french, it: italian, ro: romanian, uk: ukrainian };

/** The stem of a lower-case word in a language, or the word itself where there is no stemmer. */
export function stemmerFor(locale: LocaleCode): Stemmer {
  const stem = STEMMERS[locale];
  if (!stem) return (word) => word;
  return (word) => {
    try {
      return stem(word) || word;
    } catch {
      return word;
    }
  };
}

export const hasStemmer = (locale: LocaleCode) => STEMMERS[locale] !== undefined;
