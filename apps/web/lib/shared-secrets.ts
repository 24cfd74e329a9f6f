import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DEVELOPMENT_SHARED_SECRETS, PLACEHOLDER_SECRET, type SharedSecretName } from '@welfare/types';

/**
 * The secrets the portal shares with the CMS (one .env for both apps). Development gets the same
 * fixed values as the CMS (apps/cms/src/environment/secrets.ts) so `npm run dev` works on an empty
 * machine; in production a missing or published value disables what the secret protects.
 */
type Environment = Record<string, string | undefined>;

/** The secret's value, or undefined when production has none worth checking against. */
export function sharedSecret(name: SharedSecretName, env: Environment = process.env): string | undefined {
  const value = env[name]?.trim();
  if (env.NODE_ENV !== 'production') return value || DEVELOPMENT_SHARED_SECRETS[name];
  return value && !PLACEHOLDER_SECRET.test(value) ? value : undefined;
}

/** Compares in constant time (over digests, so the length of the secret does not leak either). */
export function matchesSecret(given: string | null | undefined, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && typeof given === 'string';
}
