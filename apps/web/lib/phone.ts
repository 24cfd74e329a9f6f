// The module alone: this runs in the browser too (search results), where the package's schemas
// and zod would weigh 100 kB.
import { italianShortCode, phoneDigits } from '@welfare/types/phone-numbers';

/** A number as the CMS gives it: typed by staff (`value`, shown) and in E.164 (`e164`, dialled). */
export interface DialableNumber {
  value: string;
  e164?: string | null;
}

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * `tel:` links. The CMS stores every phone, mobile and WhatsApp number in E.164 on save (`e164`):
 * that is what is dialled, so it works from a foreign SIM too. Italian short codes (112, 116 117,
 * 1522…, see @welfare/types phone-numbers) have no E.164 form and are dialled as they are; a
 * number without a stored form (a number written in the page itself, or one the CMS could not
 * read) is read as Italian: +39 in front.
 */
export function telHref(number: string | DialableNumber): string {
  const { value, e164 } = typeof number === 'string' ? { value: number, e164: undefined } : number;
  if (e164 && E164.test(e164)) return `tel:${e164}`;
  const shortCode = italianShortCode(value);
  if (shortCode) return `tel:${shortCode}`;
  const digits = phoneDigits(value);
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  // Other very short numbers (an operator's service code) cannot take a country code either.
  if (digits.length <= 4) return `tel:${digits}`;
  return `tel:+39${digits}`;
}

/** A WhatsApp chat link (wa.me takes the international number's digits, without `+`). */
export function whatsappHref(number: DialableNumber): string {
  return `https://wa.me/${telHref(number).replace(/\D/g, '')}`;
}
