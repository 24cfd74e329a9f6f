import type { Core } from '@strapi/strapi';
import type { AuthState } from '../content-api/draft-access';
import { rateLimitedClient, type RateLimits } from '../content-api/rate-limit';
import { applyVerdict } from '../content-api/rate-limit-response';
import { sharedRateLimiter } from '../content-api/shared-rate-limiter';

// Like published-only: the policy context holds the Koa context's own properties (`state`,
// `request`, `response`), filled in by the route's authentication, which has run already.
type AuthenticatedPolicyContext = Parameters<Core.PolicyHandler>[0] & { state: { auth?: AuthState } };

/**
 * Limits reads of the content API: per client IP (IPv6: per /64) for the public, per token for
 * partners, never for full-access tokens; counted in Redis across CMS instances
 * (content-api/rate-limit.ts). It is the first policy of every public read, so every request counts,
 * even one refused afterwards for its parameters. Past the limit: 429 with Retry-After and Strapi's
 * error JSON. Requests with a wrong token never get here: middlewares/auth-failure-limit.ts counts them.
 */
const rateLimit = async (...[context, , { strapi }]: Parameters<Core.PolicyHandler>): Promise<boolean> => {
  const policyContext = context as AuthenticatedPolicyContext;
  const limits = strapi.config.get<RateLimits>('rate-limit');
  const client = rateLimitedClient(policyContext.state.auth, policyContext.request.ip, limits);
  if (!client) return true;
  const limiter = await sharedRateLimiter(strapi);
  applyVerdict(policyContext.response, await limiter.hit(client.key, client.limit));
  return true;
};

// Strapi awaits its policies (core/services/server/policy.js); its type only lists synchronous ones.
export default rateLimit as unknown as Core.PolicyHandler;
