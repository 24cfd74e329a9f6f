/** `script-src 'self'` with the hashes of the inline scripts of `html`, or null when it has none (script-policy.mjs). */
export function scriptHashPolicy(html: string): string | null;
