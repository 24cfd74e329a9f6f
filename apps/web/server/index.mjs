#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: the portal's production server, Next.js's own request handler behind a few stages
 * (docs/architecture.md, "What the server adds to next start"):
 *
 * - the request's id (nginx's X-Request-Id, else a new one, sent back and passed to the CMS) and one
 *   JSON line per request (observability.mjs, request-log.mjs); with METRICS_PORT, Prometheus
 *   metrics on their own listener (metrics-server.mjs), never on the public port;
 * - the client's address for route handlers, X-Forwarded-For believed only from TRUSTED_PROXIES
 *   (client-address.mjs);
 * - Next's build files from brotli copies made once (compressed-assets.mjs);
 * - a page sent whole (a cached page, its RSC payload): its ETag and 304 (entity-tags.mjs) and
 *   its compressed copies, made once per version (compressed-pages.mjs); the rest compressed on
 *   the fly;
 * - one Location on a redirect, where Next would send a cached one twice (one-location.mjs);
 * - a repeated search answered from this instance's memory while the index keeps its version
 *   (search-results-cache.mjs), and a cached page while no tag was revalidated
 *   (cached-pages-memory.mjs, page-generation.mjs), both without Next's request path
 *   (answers-from-memory.mjs);
 * - before a response's first byte (pipeline.mjs `finishing`): the localized 503 page instead of
 *   Next's 500 when the CMS is down (outage-page.mjs, cms-health.mjs), then the hashes of a page's
 *   inline scripts added to its Content-Security-Policy (script-hashes.mjs,
 *   content-security-policy.mjs).
 *
 * The page cache Next uses (cache-handler.mjs, redis-tag-store.mjs) is named in next.config.ts.
 * Options as `next start`: --port/-p (or PORT, default 3000), --hostname/-H (or HOSTNAME).
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import compression from 'compression';
import next from 'next';
import { requestIdOf } from '@welfare/types/observability';
import { configureCacheAtStart } from './cache-handler.mjs';
import { clientAddressStamper } from './client-address.mjs';
import { cmsHealth } from './cms-health.mjs';
import { compressedAssets } from './compressed-assets.mjs';
import { startMetricsServer } from './metrics-server.mjs';
import { logToJson, observability } from './observability.mjs';
import { responseFinishers } from './finishers.mjs';
import { finishing, pipeline } from './pipeline.mjs';
import { keepingOneLocation } from './one-location.mjs';
import { loggingRequests } from './request-log.mjs';
import { cachingSearchAnswers } from './search-results-cache.mjs';
import { servingCachedPagesFromMemory } from './cached-pages-memory.mjs';

/** @typedef {import('./pipeline.mjs').Stage} Stage */

// Before anything logs: Next's and our own console lines become JSON lines.
logToJson();

/** The app's folder (apps/web): Next's build, the messages. */
const dir = path.dirname(import.meta.dirname);
const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  strict: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = String(values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0');

/**
 * Brotli where the browser takes it, at quality 2 with a 256 kB window (pages are smaller): about
 * gzip's size at a third of its time. The library's default (quality 4, 4 MB window) halved the
 * requests per second of an Arabic service page under load (bench, 2026-12-01).
 */
const compress = /** @type {Stage} */ (
  // A connect middleware, whose types name Express's request: it reads only what Node's has.
  /** @type {unknown} */ (
    compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } } })
  )
);
const serveCompressedAsset = compressedAssets(path.join(dir, '.next'));
// Before Next starts: a misspelt TRUSTED_PROXIES stops the server with its message.
const stampClientAddress = clientAddressStamper();
/** Where the CMS client reports, through each request's context, that the CMS did not answer. */
const cms = cmsHealth();
const app = next({ dev: false, dir, hostname, port });
const handleWithNext = app.getRequestHandler();
await app.prepare();
// Redis connected (or its absence known) before the first visitor, not at the first page.
await configureCacheAtStart(path.join(dir, '.next', 'server'));
const { context, logger } = observability();

/** Each stage hands on to the next; a stage that changes how the response is written sees what the stages after it write. */
const handle = pipeline([
  (request, response, nextStage) => {
    const requestId = requestIdOf({ requestId: request.headers['x-request-id'], traceparent: request.headers.traceparent });
    response.setHeader('X-Request-Id', requestId);
    context.run({ requestId, cms }, nextStage);
  },
  loggingRequests,
  (request, _response, nextStage) => {
    stampClientAddress(request);
    nextStage();
  },
  (request, response, nextStage) => {
    if (!serveCompressedAsset(request, response)) nextStage();
  },
  // A cached redirect's Location once, not twice (one-location.mjs).
  (_request, response, nextStage) => {
    keepingOneLocation(response);
    nextStage();
  },
  // Compresses on the fly what the finishers did not (streamed pages, error pages): it reads the final headers.
  compress,
  finishing(responseFinishers({ messagesDir: path.join(dir, 'messages'), cms })),
  // After the finishers: an answer sent again from memory is finished like any page.
  cachingSearchAnswers(),
  servingCachedPagesFromMemory(),
  (request, response) => void handleWithNext(request, response),
]);

createServer(handle).listen(port, hostname, () => {
  logger.info({ event: 'start', port, hostname }, `Portal ready on http://${hostname}:${port}`);
});
startMetricsServer();
