import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The secrets the portal shares with the CMS (one .env for both apps). Development gets the same
 * fixed values as the CMS (apps/cms/src/environment/secrets.ts) so `npm run dev` works on an empty
 * machine; in production a missing or published value disables what the secret protects.
 */
export type SharedSecretName = 'REVALIDATE_SECRET' | 'PREVIEW_SECRET';

const DEVELOPMENT_VALUES: Record<SharedSecretName, string> = {
  REVALIDATE_SECRET: 'development-only-revalidate-secret',
  PREVIEW_SECRET: 'development-only-preview-secret',
};

/** The placeholders of `.env.example` and the development values: never accepted in production. */
const PLACEHOLDER = /change-?me|tobemodified|development-only|example/i;

type Environment = Record<string, string | undefined>;

/** The secret's value, or undefined when production has none worth checking against. */
export function sharedSecret(name: SharedSecretName, env: Environment = process.env): string | undefined {
  const value = env[name]?.trim();
  if (env.NODE_ENV !== 'production') return value || DEVELOPMENT_VALUES[name];
  return value && !PLACEHOLDER.test(value) ? value : undefined;
}

/** Compares in constant time (over digests, so the length of the secret does not leak either). */
export function matchesSecret(given: string | null | undefined, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && typeof given === 'string';
}
