import type { Core } from '@strapi/strapi';
import type { RateLimits } from '../src/content-api/rate-limit';

function perMinute(env: Core.Config.Shared.ConfigParams['env'], name: string, fallback: number): number {
  const value = env.int(name, fallback);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number of requests per minute, at least 1 (got "${process.env[name]}")`);
  }
  return value;
}

// The content API's limits (src/policies/rate-limit.ts): generous for people, higher for partners.
const config = ({ env }: Core.Config.Shared.ConfigParams): RateLimits => ({
  anonymousPerMinute: perMinute(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', 300),
  partnerPerMinute: perMinute(env, 'RATE_LIMIT_PARTNER_PER_MINUTE', 3000),
});

export default config;
