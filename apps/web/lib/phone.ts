/**
 * `tel:` links for the numbers staff type as they say them ("0364 22693", "334 6430591"):
 * Italian numbers get the +39 prefix so they work from a foreign SIM too.
 */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  // 112 and other short emergency numbers are dialled as they are.
  if (digits.length <= 4) return `tel:${digits}`;
  return `tel:+39${digits}`;
}
