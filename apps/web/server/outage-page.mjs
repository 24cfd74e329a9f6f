// @ts-check
/**
 * A page that fails while the CMS is unavailable answers 503 with Retry-After and a "temporarily
 * unavailable" page in the visitor's language, instead of Next's 500 (an empty shell that only
 * JavaScript fills in). Pages already generated are not concerned: Next serves them from its cache
 * and keeps them when a refresh fails.
 */
import fs from 'node:fs';
import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import { DEFAULT_LOCALE, directionOf, isLocaleCode } from '@welfare/types';

const RETRY_AFTER_SECONDS = 60;
/**
 * What stays of Next's headers on the outage page: the request's id and the security headers the
 * proxy set (lib/security-headers.ts; the policy lets the page's own <style> apply, and it has no script).
 */
const KEPT_HEADERS = new Set([
  'x-request-id',
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
]);

const escapeHtml = (/** @type {string} */ text) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The "temporarily unavailable" page of a language, from the portal's own messages: no CMS needed.
 * @param {string} messagesDir
 * @param {import('@welfare/types').LocaleCode} locale
 */
function unavailablePage(messagesDir, locale) {
  const messages = JSON.parse(fs.readFileSync(path.join(messagesDir, `${locale}.json`), 'utf8'));
  const { title, text, retry } = messages.Unavailable;
  return `<!DOCTYPE html>
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
}

function localeOf(/** @type {string} */ url) {
  const first = url.split(/[/?#]/)[1];
  return isLocaleCode(first) ? first : DEFAULT_LOCALE;
}

/**
 * The finisher (pipeline.mjs) that turns Next's 500 into the outage page when the CMS was found
 * unavailable moments ago.
 * @param {{ messagesDir: string, cms: import('./cms-health.mjs').CmsHealth }} options
 * @returns {import('./pipeline.mjs').Finisher}
 */
export function outagePage({ messagesDir, cms }) {
  /** @type {Map<string, string>} */
  const pages = new Map();
  return (request, response) => {
    if (response.statusCode !== 500 || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
    const url = request.url ?? '/';
    if (url.startsWith('/_next/') || url.startsWith('/api/') || !cms.unavailableRecently()) return undefined;
    // A file (calendar, sitemap) gets a line of text; a page gets a page.
    const isFile = /\.[a-z0-9]+$/i.test(url.split('?')[0]);
    const locale = localeOf(url);
    const body = isFile
      ? 'Temporarily unavailable: the content service does not answer. Try again later.\n'
      : (pages.get(locale) ?? unavailablePage(messagesDir, locale));
    if (!isFile) pages.set(locale, body);
    for (const name of response.getHeaderNames()) if (!KEPT_HEADERS.has(name)) response.removeHeader(name);
    response.statusCode = 503;
    response.statusMessage = STATUS_CODES[503] ?? 'Service Unavailable';
    response.setHeader('Content-Type', isFile ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8');
    response.setHeader('Content-Length', Buffer.byteLength(body));
    response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.setHeader('Cache-Control', 'no-store');
    return body;
  };
}
