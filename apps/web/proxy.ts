import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { isLocaleCode } from '@welfare/types/locales';
import { routing } from './i18n/routing';
import { analyticsOrigin } from './lib/analytics';
import { environment } from './lib/environment';
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

/** Pages rendered for every request, never cached: they can carry a nonce (lib/security-headers.ts). */
const PER_REQUEST_PAGE = /^\/([^/]+)\/(?:search|page-rating)\/?$/;
const isPerRequestPage = (pathname: string) => isLocaleCode(PER_REQUEST_PAGE.exec(pathname)?.[1]);

/** The request as the page sees it, with the policy whose nonce Next puts on its inline scripts. */
function withPolicy(request: NextRequest, policy: string): NextRequest {
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  return new NextRequest(request.nextUrl, { headers, method: request.method });
}

export default function proxy(request: NextRequest) {
  // Read at run time, so one build serves any deployment's CMS address.
  const settings = environment();
  const nonce = isPerRequestPage(request.nextUrl.pathname) ? Buffer.from(crypto.randomUUID()).toString('base64') : undefined;
  const headers = securityHeaders(
    { frameAncestors: frameAncestors(settings), https: isHttps(request.nextUrl, request.headers.get('x-forwarded-proto')), development: settings.development, analyticsOrigin: analyticsOrigin(), nonce },
    // Media carry their own, sandboxing policy (lib/upload-headers.ts).
    { withPolicy: !request.nextUrl.pathname.startsWith('/uploads/') },
  );
  const response = route(nonce ? withPolicy(request, headers['Content-Security-Policy']) : request);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every response but Next's fingerprinted build files (scripts, styles, fonts), which are static.
  matcher: '/((?!_next/static|_next/image).*)',
};
