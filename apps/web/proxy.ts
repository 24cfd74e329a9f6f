import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isLocaleCode } from '@welfare/types';
import { routing } from './i18n/routing';
import { frameAncestors } from './lib/frame-ancestors';

const localize = createMiddleware(routing);

/** Looks like a language prefix (`/de/...`, `/pt-BR/...`) but is not one of the portal's. */
const FOREIGN_PREFIX = /^\/([a-z]{2,3}(?:-[A-Za-z]{2,4})?)(?:\/|$)/;

export default function proxy(request: NextRequest) {
  const prefix = FOREIGN_PREFIX.exec(request.nextUrl.pathname)?.[1];
  // An unknown language answers 404 (the app's not-found page) instead of being redirected under /it.
  // Served as Next's own 404 route: a notFound() from the [locale] layout would send an empty page.
  const response = prefix && !isLocaleCode(prefix) ? NextResponse.rewrite(new URL('/_not-found', request.url)) : localize(request);
  // Read at run time, so one build serves any deployment's CMS address.
  response.headers.set('Content-Security-Policy', frameAncestors());
  return response;
}

export const config = {
  // Everything but the portal's API, Next's assets and 404 page, media and files with an extension.
  matcher: '/((?!api|_next|_not-found|_vercel|uploads|.*\\..*).*)',
};
