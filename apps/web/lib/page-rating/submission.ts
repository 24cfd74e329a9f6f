import { isLocaleCode, type LocaleCode } from '@welfare/types';
import { HONEYPOT_FIELD } from './paths';
import { COMMENT_MAX_LENGTH, isScore, reasonsFor, type RatingReason, type Score } from './reasons';

/** The most a rating's request body may hold (the form's fields, generously): more is a 413. */
export const MAX_BODY_BYTES = 2048;
const PATH_MAX_LENGTH = 300;

export interface PageRating {
  /** The portal page rated, as its path (`/it/servizi/…`), never a full URL with a query. */
  path: string;
  locale: LocaleCode;
  score: Score;
  reason: RatingReason;
  comment: string | null;
}

export type RatingProblem = 'page' | 'score' | 'reason' | 'comment' | 'spam';

export type ParsedRating =
  | { ok: true; rating: PageRating }
  /** Only the score so far (the form without JavaScript): ask for the reason on the next page. */
  | { ok: 'partial'; path: string; locale: LocaleCode; score: Score }
  | { ok: false; problem: RatingProblem; message: string; locale?: LocaleCode; path?: string };

/** The locale of a portal page's path (`/ar/…` → ar). */
export function localeOfPath(path: string): LocaleCode | undefined {
  const first = path.split('/')[1] ?? '';
  return isLocaleCode(first) ? first : undefined;
}

const PATH_PATTERN = /^\/[a-z]{2}(\/[A-Za-z0-9\-_.~%]+)*\/?$/;

/**
 * A visitor-given address of a portal page in `locale`, for a link back to it, or undefined: a path
 * on this site only (a slash, the language, then slug characters), so no spelling a browser reads
 * as another host — `//host`, `\\host`, `/\host`, `https:/host`, tabs or newlines inside — ever
 * becomes a link.
 */
export function portalPagePath(value: string, locale: LocaleCode): string | undefined {
  return value.length <= PATH_MAX_LENGTH && PATH_PATTERN.test(value) && localeOfPath(value) === locale ? value : undefined;
}

/** Reads what the form sends (form fields or JSON, as strings) and says what is wrong, in English for the log and API callers. */
export function parseRating(fields: Record<string, unknown>): ParsedRating {
  const text = (name: string) =>
    typeof fields[name] === 'string' ? (fields[name] as string) : typeof fields[name] === 'number' ? String(fields[name]) : '';
  const path = text('page').trim();
  const locale = localeOfPath(path);
  if (!locale || path.length > PATH_MAX_LENGTH || !PATH_PATTERN.test(path)) {
    return { ok: false, problem: 'page', message: 'page must be the path of a portal page, such as /it/servizi' };
  }
  if (text(HONEYPOT_FIELD) !== '') return { ok: false, problem: 'spam', message: 'the rating was refused', locale, path };
  const score = Number(text('score'));
  if (!Number.isInteger(score) || !isScore(score))
    return { ok: false, problem: 'score', message: 'score must be a whole number from 1 to 5', locale, path };
  const reason = text('reason');
  if (reason === '') return { ok: 'partial', path, locale, score };
  if (!(reasonsFor(score) as readonly string[]).includes(reason)) {
    return {
      ok: false,
      problem: 'reason',
      message: `reason must be one of ${reasonsFor(score).join(', ')} for a score of ${score}`,
      locale,
      path,
    };
  }
  const comment = text('comment').trim();
  if ([...comment].length > COMMENT_MAX_LENGTH) {
    return { ok: false, problem: 'comment', message: `comment must be at most ${COMMENT_MAX_LENGTH} characters`, locale, path };
  }
  return { ok: true, rating: { path, locale, score, reason: reason as RatingReason, comment: comment || null } };
}
