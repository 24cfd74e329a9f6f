import type { Core } from '@strapi/strapi';
import type { RateLimits } from '../src/content-api/rate-limit';
import { isProduction } from '../src/environment/secrets';

type Env = Core.Config.Shared.ConfigParams['env'];

/** A positive whole number of requests per minute; unset or empty (as in .env.example) means the default. */
function perMinute(env: Env, name: string, fallback: number): number {
  const raw = env(name, '').trim();
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of requests per minute, at least 1 (not "${raw}")`);
  }
  return value;
}

// The content API's limits (src/policies/rate-limit.ts): generous for people, higher for partners.
// In development the portal reads the CMS without a token (production gives it CMS_API_TOKEN, which
// is never limited): limiting it there would only break `npm run dev`.
const config = ({ env }: Core.Config.Shared.ConfigParams): RateLimits => ({
  anonymousPerMinute: perMinute(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', isProduction() ? 300 : 100_000),
  partnerPerMinute: perMinute(env, 'RATE_LIMIT_PARTNER_PER_MINUTE', 3000),
});

export default config;
