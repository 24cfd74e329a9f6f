/**
 * The characters of a Strapi `uid` field (its default pattern), with at least one letter or digit
 * and a bounded length: the portal checks a URL's slug against it before asking the CMS anything.
 */
export const SLUG_PATTERN = /^(?=.*[A-Za-z0-9])[A-Za-z0-9\-_.~]{1,200}$/;

export const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG_PATTERN.test(value);
