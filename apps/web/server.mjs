#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: the portal's production server. Next.js's own request handler, with one addition:
 * a page that fails while the CMS is unreachable answers 503 with Retry-After and a "temporarily
 * unavailable" page in the visitor's language, instead of Next's 500 (an empty shell that only
 * JavaScript fills in). Pages already generated are not concerned: Next serves them from its cache
 * and keeps them when a refresh fails.
 *
 * Options as `next start`: --port/-p (or PORT, default 3000), --hostname/-H (or HOSTNAME).
 *
 * Operations (observability.mjs): every line it and Next write is JSON (pino), one per request with
 * its id (nginx's X-Request-Id, else a new one, sent back in X-Request-Id and passed to the CMS);
 * with METRICS_PORT set, Prometheus metrics on their own listener (METRICS_HOST, default
 * 127.0.0.1), never on the public port.
 */
import fs from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import compression from 'compression';
import next from 'next';
import { DEFAULT_LOCALE, directionOf, isLocaleCode } from '@welfare/types';
import { requestIdOf } from '@welfare/types/observability';
import { clientAddressStamper } from './client-address.mjs';
import { compressedAssets } from './compressed-assets.mjs';
import { logToJson, observability, routeKind } from './observability.mjs';
import { startMetricsServer } from './metrics-server.mjs';
import { scriptHashPolicy } from './script-policy.mjs';

// Before anything logs: Next's and our own console lines become JSON lines.
logToJson();

const dir = import.meta.dirname;
const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  strict: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = String(values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0');

/** Same key as lib/cms/health.ts, where the CMS client records its failures. */
const CMS_HEALTH_KEY = Symbol.for('welfare.cms-health');
/** A page failing this soon after a CMS failure failed because of the CMS. */
const OUTAGE_WINDOW_MS = 30_000;
const RETRY_AFTER_SECONDS = 60;

function cmsRecentlyFailed() {
  const health = /** @type {{ [CMS_HEALTH_KEY]?: { lastFailureAt: number } }} */ (globalThis)[CMS_HEALTH_KEY];
  return Boolean(health?.lastFailureAt && Date.now() - health.lastFailureAt < OUTAGE_WINDOW_MS);
}

const escapeHtml = (/** @type {string} */ text) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** @type {Map<string, string>} */
const pages = new Map();

/** The "temporarily unavailable" page of a language, from the portal's own messages: no CMS needed. */
function unavailablePage(/** @type {string} */ locale) {
  const cached = pages.get(locale);
  if (cached) return cached;
  const messages = JSON.parse(fs.readFileSync(path.join(dir, 'messages', `${locale}.json`), 'utf8'));
  const { title, text, retry } = messages.Unavailable;
  const html = `<!DOCTYPE html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.6rem;margin:0 0 1rem}
a{color:#0055aa;font-weight:600}
.phone{font-size:1.4rem}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(text)}</p>
<p><a class="phone" href="tel:112" dir="ltr">112</a></p>
<p><a href="">${escapeHtml(retry)}</a></p>
</main>
</body>
</html>
`;
  pages.set(locale, html);
  return html;
}

function localeOf(/** @type {string | undefined} */ url) {
  const first = (url ?? '/').split(/[/?#]/)[1];
  return isLocaleCode(first) ? first : DEFAULT_LOCALE;
}

/**
 * Turns Next's 500 into the 503 page when the CMS has just failed. Next sets its status either
 * with writeHead or as statusCode before its first write; both end up here before any byte is sent.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function answerUnavailableWhenCmsIsDown(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  const url = request.url ?? '/';
  if (url.startsWith('/_next/') || url.startsWith('/api/')) return;
  const { writeHead, write, end } = response;
  let replaced = false;
  // A file (calendar, sitemap) gets a line of text; a page gets a page.
  const isFile = /\.[a-z0-9]+$/i.test(url.split('?')[0]);
  let body = '';

  // @ts-expect-error writeHead's overloads: every call passes through unchanged but Next's 500.
  response.writeHead = function (/** @type {number} */ statusCode, ...rest) {
    if (statusCode !== 500 || !cmsRecentlyFailed()) return writeHead.call(this, statusCode, ...rest);
    replaced = true;
    body = isFile ? 'Temporarily unavailable: the content service does not answer. Try again later.\n' : unavailablePage(localeOf(url));
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    return writeHead.call(this, 503, {
      'Content-Type': isFile ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Cache-Control': 'no-store',
    });
  };
  // Decides before Next's first byte, so that none of its error page goes out.
  const decide = () => {
    if (!response.headersSent && response.statusCode === 500) response.writeHead(500);
  };
  // @ts-expect-error write's overloads: the arguments pass through as they came.
  response.write = function (...args) {
    decide();
    return replaced ? true : write.apply(this, args);
  };
  // @ts-expect-error end's overloads: the callback, if any, is the last argument.
  response.end = function (...args) {
    decide();
    if (!replaced) return end.apply(this, args);
    const callback = args.find((argument) => typeof argument === 'function');
    return end.call(this, request.method === 'HEAD' ? undefined : body, callback);
  };
}

/**
 * Policies of the pages sent lately, by ETag (a hash of the page): a cached page is hashed once.
 * @type {Map<string, string | null>}
 */
const policies = new Map();
const POLICIES_KEPT = 2000;

/** @param {string} html @param {string | undefined} etag */
function policyOf(html, etag) {
  const known = etag ? policies.get(etag) : undefined;
  if (known !== undefined) return known;
  const policy = scriptHashPolicy(html);
  if (etag) {
    if (policies.size >= POLICIES_KEPT) policies.delete(policies.keys().next().value);
    policies.set(etag, policy);
  }
  return policy;
}

/**
 * Adds the hash policy to a page that Next sends in one piece (a cached page, or the first render
 * of one), under the proxy's policy with 'unsafe-inline'. Pages streamed as they render (search,
 * with its nonce; previews) have sent their headers before their end: left as they are.
 * @param {import('node:http').ServerResponse} response
 */
function addingScriptHashes(response) {
  const { end } = response;
  // @ts-expect-error end's overloads: the arguments pass through as they came.
  response.end = function (...args) {
    const [body] = args;
    const type = String(response.getHeader('content-type') ?? '');
    const proxyPolicy = String(response.getHeader('content-security-policy') ?? '');
    if (!response.headersSent && type.startsWith('text/html') && proxyPolicy.includes("'unsafe-inline'") && (typeof body === 'string' || Buffer.isBuffer(body))) {
      const etag = response.getHeader('etag');
      const policy = policyOf(String(body), typeof etag === 'string' ? etag : undefined);
      if (policy) response.appendHeader('Content-Security-Policy', policy);
    }
    return end.apply(this, args);
  };
}

/**
 * One Location on a redirect: Next appends a cached redirect's Location to the one its render has
 * just set (vercel/next.js#82117), and clients that join repeated headers ("/a, /a") follow a
 * wrong address. A second Location is dropped; a redirect has one target.
 * @param {import('node:http').ServerResponse} response
 */
function keepingOneLocation(response) {
  const { appendHeader } = response;
  response.appendHeader = function (name, value) {
    if (name.toLowerCase() === 'location' && response.hasHeader('location')) return this;
    return appendHeader.call(this, name, value);
  };
}

/**
 * One JSON line per request when its answer is sent (or the client went away), and its metrics.
 * The path without its query: a query may hold what a citizen searched for.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} requestId
 */
function observeRequest(request, response, requestId) {
  const started = process.hrtime.bigint();
  const { logger, requests, durations } = observability();
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
      { event: 'request', requestId, method: request.method, path: url.split('?')[0].slice(0, 512), kind, status: response.statusCode, durationMs: Math.round(seconds * 1000), aborted: !response.writableFinished },
      'request',
    );
  };
  response.once('finish', finish);
  response.once('close', finish);
}

/**
 * Brotli where the browser takes it, at quality 2 with a 256 kB window (pages are smaller): about
 * gzip's size at a third of its time. The library's default (quality 4, 4 MB window) halved the
 * requests per second of an Arabic service page under load (bench, 2026-12-01).
 */
const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 2, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } } });
const serveCompressedAsset = compressedAssets(path.join(dir, '.next'));
// Before Next starts: a misspelt TRUSTED_PROXIES stops the server with its message.
const stampClientAddress = clientAddressStamper();
const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const { context } = observability();
createServer((request, response) => {
  const requestId = requestIdOf({ requestId: request.headers['x-request-id'], traceparent: request.headers.traceparent });
  response.setHeader('X-Request-Id', requestId);
  observeRequest(request, response, requestId);
  stampClientAddress(request);
  context.run({ requestId }, () => {
    if (serveCompressedAsset(request, response)) return;
    // Each wraps the response's methods: the last one set is the first to see what Next writes.
    compress(request, response, () => {
      answerUnavailableWhenCmsIsDown(request, response);
      addingScriptHashes(response);
      keepingOneLocation(response);
      void handle(request, response);
    });
  });
}).listen(port, hostname, () => {
  observability().logger.info({ event: 'start', port, hostname }, `Portal ready on http://${hostname}:${port}`);
});
startMetricsServer();
