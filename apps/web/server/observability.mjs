// @ts-check
/**
 * What operators see of the portal: one JSON line per request and per event (pino), the request's
 * id (from nginx's X-Request-Id, else made here) carried through the request's work to the CMS,
 * Prometheus metrics (prom-client), and the state of the parts the portal depends on.
 *
 * The portal's server (index.mjs), its cache handler (cache-handler.mjs, loaded by Next outside its
 * bundles) and Next's own code (lib/observability.ts) run in one process but may each load a copy of
 * this module: everything is kept on globalThis under a Symbol.for key, made once per process.
 *
 * The request's context (`context`, an AsyncLocalStorage the server enters for each request) is how
 * the server hands a request's work what it needs: its id, and where to report that the CMS was
 * found unavailable (`reportCmsUnavailable`, read by the server's outage page).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { format } from 'node:util';
import pino from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { scrubSecrets, secretValuesOf } from '@welfare/types/observability';

const KEY = Symbol.for('welfare.observability');

/**
 * Fields that never reach a log line, whatever the code logs: credentials in headers and bodies.
 * Messages are checked too (`scrubSecrets`): a secret of the environment is replaced by [redacted].
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-revalidate-secret"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  'authorization',
  'cookie',
];

/**
 * What the portal's route is, for metrics: a small fixed set of labels (never the path itself).
 * @param {string} url
 */
export function routeKind(url) {
  const path = url.split('?')[0];
  if (path.startsWith('/_next/')) return 'static';
  if (path === '/api/health') return 'health';
  if (path === '/api/metrics') return 'metrics';
  if (path.startsWith('/api/search')) return 'search';
  if (path.startsWith('/api/page-rating')) return 'rating';
  if (path.startsWith('/api/preview')) return 'preview';
  if (path.startsWith('/api/revalidate')) return 'revalidate';
  if (path.startsWith('/api/')) return 'api';
  if (path.startsWith('/uploads/')) return 'upload';
  if (path === '/sitemap.xml' || path.startsWith('/sitemaps/') || path === '/robots.txt') return 'sitemap';
  if (path.endsWith('.ics')) return 'calendar';
  if (/\.[a-z0-9]+$/i.test(path)) return 'static';
  return 'page';
}

/**
 * @typedef {{ requestId: string, cms?: import('./cms-health.mjs').CmsHealth }} RequestContext
 * @typedef {{ configured: boolean, ready: boolean, since: number | null, lastError: string | null }} RedisState
 * @typedef {{
 *   logger: import('pino').Logger,
 *   registry: Registry,
 *   requests: Counter<'kind' | 'method' | 'status'>,
 *   durations: Histogram<'kind'>,
 *   cache: Counter<'result'>,
 *   memoryAnswers: Counter<'memory' | 'result'>,
 *   cmsErrors: Counter<'reason'>,
 *   context: AsyncLocalStorage<RequestContext>,
 *   redis: RedisState,
 *   searchIndex: { stats: (() => SearchStats) | null },
 * }} Observability
 * @typedef {{ documents: number, builtAt: number | null, version: number }} SearchStats
 */

/**
 * Where the search index's figures are read from (its health and metrics): the search store
 * (lib/search/portal-search.ts) registers itself when it is made.
 * @param {() => SearchStats} stats
 */
export function registerSearchIndex(stats) {
  observability().searchIndex.stats = stats;
}

/** The search index's figures, once the first search made it. */
export function searchStats() {
  return observability().searchIndex.stats?.();
}

/**
 * A log argument with every string in it scrubbed of the environment's credentials (objects and
 * arrays copied, a few levels deep: log fields are shallow).
 * @param {unknown} value
 * @param {string[]} secrets
 * @param {number} depth
 * @returns {unknown}
 */
export function scrubbedValue(value, secrets, depth = 0) {
  if (typeof value === 'string') return scrubSecrets(value, secrets);
  if (depth >= 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubbedValue(item, secrets, depth + 1));
  if (value instanceof Error)
    return { type: value.name, message: scrubSecrets(value.message, secrets), stack: value.stack && scrubSecrets(value.stack, secrets) };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubbedValue(item, secrets, depth + 1)]));
}

/** @returns {Observability} */
function create() {
  const secrets = secretValuesOf(process.env);
  const logger = pino({
    base: { app: 'portal', pid: process.pid },
    level: process.env.LOG_LEVEL || 'info',
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Errors arrive already made plain and scrubbed (scrubbedValue): kept as they are.
    serializers: { err: (value) => value },
    hooks: {
      // Every message and string argument scrubbed of the environment's credentials.
      logMethod(args, method) {
        const clean = args.map((argument) => scrubbedValue(argument, secrets, 0));
        return method.apply(this, /** @type {Parameters<typeof method>} */ (/** @type {unknown} */ (clean)));
      },
    },
  });

  const registry = new Registry();
  registry.setDefaultLabels({ app: 'portal' });
  collectDefaultMetrics({ register: registry });
  const observability = {
    logger,
    registry,
    requests: new Counter({
      name: 'portal_http_requests_total',
      help: 'Requests answered, by route kind, method and status',
      labelNames: ['kind', 'method', 'status'],
      registers: [registry],
    }),
    durations: new Histogram({
      name: 'portal_http_request_duration_seconds',
      help: 'Time to answer a request, by route kind',
      labelNames: ['kind'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    cache: new Counter({
      name: 'portal_cache_operations_total',
      help: 'Cache reads of pages and CMS answers: hit or miss',
      labelNames: ['result'],
      registers: [registry],
    }),
    memoryAnswers: new Counter({
      name: 'portal_memory_answers_total',
      help: "Requests the server's memories could answer (search answers, cached pages): hit (sent from memory) or miss (left to Next)",
      labelNames: ['memory', 'result'],
      registers: [registry],
    }),
    cmsErrors: new Counter({
      name: 'portal_cms_errors_total',
      help: 'CMS requests that failed: unavailable (unreachable, timeout, 5xx) or response (4xx, unexpected shape)',
      labelNames: ['reason'],
      registers: [registry],
    }),
    context: new AsyncLocalStorage(),
    /** @type {RedisState} */
    redis: { configured: Boolean(process.env.REDIS_URL), ready: false, since: null, lastError: null },
    /** @type {{ stats: (() => SearchStats) | null }} */
    searchIndex: { stats: null },
  };
  new Gauge({
    name: 'portal_search_index_documents',
    help: 'Entries in the search index, all languages together',
    registers: [registry],
    collect() {
      this.set(searchStats()?.documents ?? 0);
    },
  });
  new Gauge({
    name: 'portal_search_index_age_seconds',
    help: 'Seconds since the search index was last built whole (0 before the first build)',
    registers: [registry],
    collect() {
      const builtAt = searchStats()?.builtAt;
      this.set(builtAt ? (Date.now() - builtAt) / 1000 : 0);
    },
  });
  new Gauge({
    name: 'portal_redis_ready',
    help: '1 while the shared cache in Redis is connected, 0 otherwise (also 0 without REDIS_URL)',
    registers: [registry],
    collect() {
      this.set(observability.redis.ready ? 1 : 0);
    },
  });
  return observability;
}

/** The process's observability, made on first use. */
export function observability() {
  const store = /** @type {typeof globalThis & { [KEY]?: Observability }} */ (globalThis);
  store[KEY] ??= create();
  return store[KEY];
}

/** The process's logger, or a child carrying the current request's id. */
export function log() {
  const { logger, context } = observability();
  const requestId = context.getStore()?.requestId;
  return requestId ? logger.child({ requestId }) : logger;
}

/**
 * Says that the CMS did not answer usefully (unreachable, too slow, a 5xx, the budget spent): to
 * the server answering the current request (its outage page) and in the metrics.
 */
export function reportCmsUnavailable() {
  const { cmsErrors, context } = observability();
  cmsErrors.inc({ reason: 'unavailable' });
  context.getStore()?.cms?.reportUnavailable();
}

/** The current request's id, inside a request's work. */
export function currentRequestId() {
  return observability().context.getStore()?.requestId;
}

/**
 * Sends every console line (Next's and ours) and Node's process warnings (printed as plain text by
 * default) to the logger as JSON, with the request's id when written during a request.
 */
export function logToJson() {
  const levels = /** @type {const} */ ([
    ['log', 'info'],
    ['info', 'info'],
    ['warn', 'warn'],
    ['error', 'error'],
    ['debug', 'debug'],
  ]);
  for (const [method, level] of levels) {
    console[method] = (...args) => {
      const error = args.find((argument) => argument instanceof Error);
      const message = format(...args);
      if (error) log()[level]({ err: { type: error.name, message: error.message, stack: error.stack } }, message);
      else log()[level](message);
    };
  }
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    log().warn({ event: 'process-warning', warning: warning.name, code: /** @type {{ code?: string }} */ (warning).code }, warning.message);
  });
}
