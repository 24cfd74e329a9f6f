import type { LocaleCode } from '@welfare/types';

/** The page of the rating without JavaScript: the reason step, the thank-you and the error messages. */
export const ratingPagePath = (locale: LocaleCode) => `/${locale}/page-rating`;
/** Where the rating form posts (with or without JavaScript). */
export const RATING_ENDPOINT = '/api/page-rating';
