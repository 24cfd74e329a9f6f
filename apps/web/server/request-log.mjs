// @ts-check
/**
 * One JSON line per request when its answer is sent (or the client went away), and its metrics
 * (observability.mjs). The path without its query: a query may hold what a citizen searched for.
 */
import { currentRequestId, observability, routeKind } from './observability.mjs';

/** @type {import('./pipeline.mjs').Stage} */
export function loggingRequests(request, response, next) {
  const started = process.hrtime.bigint();
  const { logger, requests, durations } = observability();
  const requestId = currentRequestId();
  const url = request.url ?? '/';
  const kind = routeKind(url);
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    requests.inc({ kind, method: request.method ?? 'GET', status: String(response.statusCode) });
    durations.observe({ kind }, seconds);
    logger.info(
      {
        event: 'request',
        requestId,
        method: request.method,
        path: url.split('?')[0].slice(0, 512),
        kind,
        status: response.statusCode,
        durationMs: Math.round(seconds * 1000),
        aborted: !response.writableFinished,
      },
      'request',
    );
  };
  response.once('finish', finish);
  response.once('close', finish);
  next();
}
