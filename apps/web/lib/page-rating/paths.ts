// Imported by the form's client component: types only from @welfare/types (its runtime includes zod).
import type { LocaleCode } from '@welfare/types';

/** The page of the rating without JavaScript: the reason step, the thank-you and the error messages. */
export const ratingPagePath = (locale: LocaleCode) => `/${locale}/page-rating`;
/** Where the rating form posts (with or without JavaScript). */
export const RATING_ENDPOINT = '/api/page-rating';
/** The form's hidden field that people never fill in (hidden from them and from assistive technology). */
export const HONEYPOT_FIELD = 'website';
