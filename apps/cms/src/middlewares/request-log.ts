import type { Core } from '@strapi/strapi';
import { requestIdOf } from '@welfare/types/observability';
import { durations, requests, routeKind } from '../observability/metrics';

/**
 * In place of strapi::logger: the request's id (the portal's or nginx's X-Request-Id, else the
 * trace id of its traceparent, else a new one) in ctx.state.requestId, sent back in X-Request-Id
 * and carried by every log line written during the request (config/logger.ts); then one JSON line
 * per request and its metrics. The path without its query (a query may hold what was searched),
 * never a header (they hold the tokens).
 */
const requestLog: Core.MiddlewareFactory =
  (_config, { strapi }) =>
  async (ctx, next) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf({ requestId: ctx.get('x-request-id'), traceparent: ctx.get('traceparent') });
    ctx.state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    const kind = routeKind(ctx.path);
    try {
      await next();
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // An error thrown past strapi::errors is answered 500 by Koa.
      const status = ctx.status;
      requests.inc({ kind, method: ctx.method, status: String(status) });
      durations.observe({ kind }, seconds);
      strapi.log.http('request', {
        event: 'request',
        method: ctx.method,
        path: ctx.path.slice(0, 512),
        kind,
        status,
        durationMs: Math.round(seconds * 1000),
      });
    }
  };

export default requestLog;
