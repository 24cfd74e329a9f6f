import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { SharedSecretName } from '@welfare/types/secrets';
import { environment } from '@/lib/environment';

/**
 * The secrets the portal shares with the CMS (one .env for both apps), as lib/environment.ts read
 * them with the CMS's policy: development's fixed values only with NODE_ENV=development; elsewhere
 * unset means what the secret protects is off, and a weak value stops the server at start.
 */
export const sharedSecret = (name: SharedSecretName): string | undefined => environment().secrets[name];

/** Compares in constant time (over digests, so the length of the secret does not leak either). */
export function matchesSecret(given: string | null | undefined, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && typeof given === 'string';
}
