// The module alone: this runs in the browser too (search results), where the package's schemas
// and zod would weigh 100 kB.
import { italianShortCode, phoneDigits } from '@welfare/types/phone-numbers';

/**
 * `tel:` links for the numbers staff type as they say them ("0364 22693", "334 6430591"):
 * Italian numbers get the +39 prefix so they work from a foreign SIM too; Italian short codes
 * (112, 116 117, 1522…, see @welfare/types phone-numbers) are dialled as they are.
 */
export function telHref(number: string): string {
  const shortCode = italianShortCode(number);
  if (shortCode) return `tel:${shortCode}`;
  const digits = phoneDigits(number);
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  // Other very short numbers (an operator's service code) cannot take a country code either.
  if (digits.length <= 4) return `tel:${digits}`;
  return `tel:+39${digits}`;
}
