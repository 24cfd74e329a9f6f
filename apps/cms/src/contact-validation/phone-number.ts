import { italianShortCode } from '@welfare/types';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type PhoneKind = 'phone' | 'mobile' | 'whatsapp';

/**
 * Why a number staff typed cannot be dialled, or undefined when it can. Numbers without a country
 * code are read as Italian. A `phone` may be an Italian short code (112, 116 117, 1522…); a mobile
 * or WhatsApp number must be a mobile line. libphonenumber-js carries Google's numbering metadata
 * but not short codes, which @welfare/types knows.
 */
export function phoneNumberProblem(kind: PhoneKind, value: string): string | undefined {
  const typed = value.trim();
  if (kind === 'phone' && italianShortCode(typed)) return undefined;
  const parsed = /[a-z]/i.test(typed) ? undefined : parsePhoneNumberFromString(typed, 'IT');
  if (!parsed || !parsed.isValid()) {
    return `«${typed}» non è un numero di telefono valido (not a valid phone number): scrivilo con il prefisso, per esempio 0364 22693, 334 6430591, +40 721 234 567${kind === 'phone' ? ', o un numero breve come 112, 116 117, 1522' : ''}.`;
  }
  if (kind !== 'phone') {
    const type = parsed.getType();
    // Outside Italy the metadata cannot always tell mobile from fixed lines: only a clear "not mobile" is refused.
    if (type !== undefined && type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') {
      return `«${typed}» non è un numero di cellulare (not a mobile number): per un numero fisso, verde o breve scegli il tipo "phone".`;
    }
  }
  return undefined;
}

/**
 * The number in E.164 ("0364 22693" → "+3936422693"), as the CMS stores it beside the typed form,
 * or null when it has none: an Italian short code (dialled as it is) or a number that cannot be
 * dialled (refused on save anyway; left null when met in old data).
 */
export function phoneNumberE164(kind: PhoneKind, value: string): string | null {
  const typed = value.trim();
  if (kind === 'phone' && italianShortCode(typed)) return null;
  if (phoneNumberProblem(kind, typed)) return null;
  const parsed = parsePhoneNumberFromString(typed, 'IT');
  return parsed ? parsed.number : null;
}
