import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { isLocaleCode } from '@welfare/types/locales';
import { routing } from './i18n/routing';
import { analyticsOrigin } from './lib/analytics';
import { environment, type PortalEnvironment } from './lib/environment';
import { frameAncestors } from './lib/frame-ancestors';
import { listQueryRedirect } from './lib/page/list-query-redirect';
import { isHttps, securityHeaders } from './lib/security-headers';

const localize = createMiddleware(routing);

/** Looks like a language prefix (`/de/...`, `/pt-BR/...`) but is not one of the portal's. */
const FOREIGN_PREFIX = /^\/([a-z]{2,3}(?:-[A-Za-z]{2,4})?)(?:\/|$)/;

/** The page paths next-intl handles: everything but the portal's API, Next's own files, media and files with an extension. */
const PAGE_PATH = /^\/(?!api(?:\/|$)|_next\/|_not-found|_vercel|uploads(?:\/|$)|.*\..*)/;

function route(request: NextRequest): NextResponse {
  if (!PAGE_PATH.test(request.nextUrl.pathname)) return NextResponse.next();
  // A filtered list asked by query string (its form without JavaScript): to its cached address.
  const filteredList = listQueryRedirect(request.nextUrl);
  if (filteredList) return NextResponse.redirect(new URL(filteredList, request.url), 308);
  const prefix = FOREIGN_PREFIX.exec(request.nextUrl.pathname)?.[1];
  // An unknown language answers 404 (the app's not-found page) instead of being redirected under /it.
  // Served as Next's own 404 route: a notFound() from the [locale] layout would send an empty page.
  return prefix && !isLocaleCode(prefix) ? NextResponse.rewrite(new URL('/_not-found', request.url)) : localize(request);
}

/** Pages rendered for every request, never cached: they can carry a nonce (server/content-security-policy.mjs). */
const PER_REQUEST_PAGE = /^\/([^/]+)\/(?:search|page-rating)\/?$/;
/** Next's draft-mode cookie: a staff preview, rendered for each request (and streamed). */
const DRAFT_MODE_COOKIE = '__prerender_bypass';

/**
 * Whether the page is rendered for this request only, so that its inline scripts can carry a nonce:
 * search and the rating form, a staff preview, and every page of `next dev`. Other pages are
 * cached and get their scripts' hashes from the portal's server; a page given neither runs no
 * inline script (the policy never allows 'unsafe-inline').
 */
function rendersPerRequest(request: NextRequest, development: boolean): boolean {
  return development || isLocaleCode(PER_REQUEST_PAGE.exec(request.nextUrl.pathname)?.[1]) || request.cookies.has(DRAFT_MODE_COOKIE);
}

/** The request as the page sees it, with the policy whose nonce Next puts on its inline scripts. */
function withPolicy(request: NextRequest, policy: string): NextRequest {
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  return new NextRequest(request.nextUrl, { headers, method: request.method });
}

/**
 * The headers of responses without a nonce (every cached page): the same few strings for every
 * request of a deployment, assembled once per settings and scheme instead of on each request.
 */
const headersWithoutNonce = new WeakMap<PortalEnvironment, Map<string, Record<string, string>>>();

function headersFor(settings: PortalEnvironment, https: boolean, withPolicy: boolean, nonce: string | undefined): Record<string, string> {
  const make = () =>
    securityHeaders(
      { frameAncestors: frameAncestors(settings), https, development: settings.development, analyticsOrigin: analyticsOrigin(), nonce },
      { withPolicy },
    );
  if (nonce) return make();
  let known = headersWithoutNonce.get(settings);
  if (!known) headersWithoutNonce.set(settings, (known = new Map()));
  const key = `${https} ${withPolicy}`;
  let headers = known.get(key);
  if (!headers) known.set(key, (headers = make()));
  return headers;
}

export default function proxy(request: NextRequest) {
  // Read at run time, so one build serves any deployment's CMS address.
  const settings = environment();
  const nonce = rendersPerRequest(request, settings.development) ? Buffer.from(crypto.randomUUID()).toString('base64') : undefined;
  const headers = headersFor(
    settings,
    isHttps(request.nextUrl, request.headers.get('x-forwarded-proto')),
    // Media carry their own, sandboxing policy (lib/upload-headers.ts).
    !request.nextUrl.pathname.startsWith('/uploads/'),
    nonce,
  );
  const response = route(nonce ? withPolicy(request, headers['Content-Security-Policy']) : request);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every response but Next's fingerprinted build files (scripts, styles, fonts), which are static.
  matcher: '/((?!_next/static|_next/image).*)',
};
