/**
 * Italian short codes (Piano di numerazione nazionale, AGCOM delibera 8/15/CIR): dialled as they
 * are, from any phone in Italy, and unreachable with a country code in front, so `tel:` links keep
 * them bare. Geographic (0…), mobile (3…) and toll-free (800/803) numbers are ordinary national
 * numbers and take +39 (that works from a foreign SIM too).
 * - 112–118: emergency and public-safety numbers (112 NUE, 113, 114, 115, 117, 118);
 * - 116xxx: harmonised European services of social value (116 000, 116 117, 116 123…);
 * - 15xx: public-utility services (1500 health ministry, 1515, 1522 anti-violence, 1530…).
 */
export const ITALIAN_SHORT_CODE = /^(?:11[2-8]|116\d{3}|15\d{2})$/;

/** The digits of a number as staff type it, with a leading `+` kept ("0364 22693" → "036422693"). */
export function phoneDigits(value: string): string {
  return value.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
}

/** The short code a value spells ("116 117" → "116117"), if it is one. */
export function italianShortCode(value: string): string | undefined {
  const digits = phoneDigits(value);
  return ITALIAN_SHORT_CODE.test(digits) ? digits : undefined;
}
