import { createServer, type Server } from 'node:http';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The CMS's Prometheus metrics (prom-client): requests by route kind, method and status, their
 * durations, requests refused by the rate limit. Served on a listener of their own (METRICS_PORT
 * on METRICS_HOST, default 127.0.0.1), never on the CMS's public port: whatever proxy publishes
 * the CMS cannot expose them. Without METRICS_PORT there is no listener.
 */
export const registry = new Registry();
registry.setDefaultLabels({ app: 'cms' });
collectDefaultMetrics({ register: registry });

export const requests = new Counter({
  name: 'cms_http_requests_total',
  help: 'Requests answered, by route kind, method and status',
  labelNames: ['kind', 'method', 'status'],
  registers: [registry],
});
export const durations = new Histogram({
  name: 'cms_http_request_duration_seconds',
  help: 'Time to answer a request, by route kind',
  labelNames: ['kind'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** What a request is for, as a small fixed set of labels (never the path itself). */
export function routeKind(path: string): string {
  const lower = path.toLowerCase();
  if (lower === '/_health') return 'health';
  if (lower.startsWith('/api/')) return 'content-api';
  if (lower.startsWith('/uploads/')) return 'upload';
  if (lower.startsWith('/documentation')) return 'documentation';
  if (
    lower.startsWith('/admin') ||
    lower.startsWith('/content-manager') ||
    lower.startsWith('/content-type-builder') ||
    lower.startsWith('/i18n') ||
    lower.startsWith('/upload') ||
    lower.startsWith('/users-permissions')
  )
    return 'admin';
  return 'other';
}

let server: Server | null = null;

/** Starts the metrics listener when METRICS_PORT is set. */
export function startMetricsServer(
  log: { info(message: string): void; error(message: string): void },
  env: NodeJS.ProcessEnv = process.env,
): Server | null {
  const port = Number(env.METRICS_PORT);
  if (!env.METRICS_PORT || !Number.isInteger(port) || port <= 0 || port > 65535 || server) return server;
  const host = env.METRICS_HOST || '127.0.0.1';
  server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Only GET /metrics here.\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' }).end(text),
      (error: unknown) =>
        response
          .writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
          .end(`${error instanceof Error ? error.message : String(error)}\n`),
    );
  });
  server.on('error', (error) => log.error(`metrics: cannot listen on ${host}:${port}: ${error.message}`));
  server.listen(port, host, () => log.info(`Prometheus metrics on http://${host}:${port}/metrics`));
  return server;
}

export async function stopMetricsServer(): Promise<void> {
  const running = server;
  server = null;
  if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
}
