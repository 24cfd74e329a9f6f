// @ts-check
/**
 * The portal's Prometheus metrics (observability.mjs) on a listener of their own: METRICS_PORT on
 * METRICS_HOST (default 127.0.0.1). Never on the portal's public port, so nginx — which proxies
 * only that port — cannot expose them; in compose, Prometheus reaches each instance on the internal
 * network. Without METRICS_PORT there is no listener.
 */
import { createServer } from 'node:http';
import { observability } from './observability.mjs';

/** Starts the listener when METRICS_PORT is set; returns it (or null). */
export function startMetricsServer(env = process.env) {
  const port = Number(env.METRICS_PORT);
  if (!env.METRICS_PORT || !Number.isInteger(port) || port <= 0 || port > 65535) return null;
  const host = env.METRICS_HOST || '127.0.0.1';
  const { registry, logger } = observability();
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Only GET /metrics here.\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' }).end(text),
      (error) =>
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${error instanceof Error ? error.message : error}\n`),
    );
  });
  server.on('error', (error) =>
    logger.error({ event: 'metrics', err: { message: error.message } }, `metrics: cannot listen on ${host}:${port}: ${error.message}`),
  );
  server.listen(port, host, () => logger.info({ event: 'metrics', host, port }, `Prometheus metrics on http://${host}:${port}/metrics`));
  return server;
}
