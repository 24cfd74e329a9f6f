import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import type { AuthState } from '../content-api/draft-access';
import { FixedWindowRateLimiter, rateLimitedClient, type RateLimits } from '../content-api/rate-limit';

// Like published-only: the policy context holds the Koa context's own properties (`state`,
// `request`, `response`), filled in by the route's authentication, which has run already.
type AuthenticatedPolicyContext = Parameters<Core.PolicyHandler>[0] & { state: { auth?: AuthState } };

/** One count per CMS process. */
const limiter = new FixedWindowRateLimiter();

/**
 * Limits reads of the content API: per client IP for the public, per token for partners, never for
 * full-access tokens. It is the first policy of every public read, so every request counts, even one
 * refused afterwards for its parameters. Past the limit: 429 with Retry-After and Strapi's error JSON.
 */
const rateLimit: Core.PolicyHandler = (context, _config, { strapi }) => {
  const policyContext = context as AuthenticatedPolicyContext;
  const limits = strapi.config.get<RateLimits>('rate-limit');
  const client = rateLimitedClient(policyContext.state.auth, policyContext.request.ip, limits);
  if (!client) return true;

  const verdict = limiter.hit(client.key, client.limit);
  policyContext.response.set({
    'RateLimit-Limit': String(verdict.limit),
    'RateLimit-Remaining': String(verdict.remaining),
    'RateLimit-Reset': String(verdict.resetSeconds),
  });
  if (verdict.allowed) return true;

  policyContext.response.set('Retry-After', String(verdict.resetSeconds));
  throw new errors.RateLimitError(
    `Too many requests: the limit is ${verdict.limit} a minute. Try again in ${verdict.resetSeconds} seconds.`,
    { retryAfterSeconds: verdict.resetSeconds },
  );
};

export default rateLimit;
