import type { Core } from '@strapi/strapi';
import { authFailureClient, type RateLimits } from '../content-api/rate-limit';
import { applyVerdict } from '../content-api/rate-limit-response';
import { sharedRateLimiter } from '../content-api/shared-rate-limiter';
import { guardedPath, isUnder } from '../http/request-path';

/**
 * Wrong API tokens are refused (401) by Strapi's authentication, before the rate-limit policy runs:
 * without this, guessing tokens would be unlimited. Each 401 of the content API counts against the
 * client's address (IPv6: its /64), with the anonymous limit; past it, every request of that address
 * carrying a token is refused with 429 before its token is even checked, so a right guess cannot be
 * told from a wrong one until the window has passed.
 */
const hasToken = (authorization: string | undefined) => typeof authorization === 'string' && /^bearer\s+\S/i.test(authorization);

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Parameters<Core.MiddlewareHandler>[0], next: () => Promise<void>) => {
    if (!isUnder(guardedPath(ctx), '/api') || !hasToken(ctx.request.headers.authorization)) return next();
    const client = authFailureClient(ctx.request.ip, strapi.config.get<RateLimits>('rate-limit'));
    const limiter = await sharedRateLimiter(strapi);
    const before = await limiter.peek(client.key, client.limit);
    if (!before.allowed) applyVerdict(ctx.response, before, 'requests with a wrong API token');
    await next();
    if (ctx.status === 401) {
      const verdict = await limiter.hit(client.key, client.limit);
      ctx.set('RateLimit-Limit', String(verdict.limit));
      ctx.set('RateLimit-Remaining', String(verdict.remaining));
      ctx.set('RateLimit-Reset', String(verdict.resetSeconds));
    }
  };
