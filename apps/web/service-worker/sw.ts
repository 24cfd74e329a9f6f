/// <reference lib="webworker" />
/**
 * The portal's service worker (Serwist), built by scripts/build-service-worker.mjs after `next build`
 * into public/sw.js. It keeps:
 * - the offline page of every language (precached at install), shown when a page was never visited;
 * - the pages a citizen visits (network first, the copy when the network fails or is too slow);
 * - Next's static files (hashed names: cache first) and media.
 * Never kept: anything under /api/ (previews, ratings, search), requests that are not GET, answers
 * that are private or no-store (drafts in preview mode: Next sends draft-mode pages no-store; search
 * results; the rating pages), errors. Every cache name carries the build id: a new build's worker
 * deletes the previous build's caches when it activates.
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, StaleWhileRevalidate, type PrecacheEntry, type SerwistPlugin } from 'serwist';

declare const self: ServiceWorkerGlobalScope;
// Set by the build script.
declare const BUILD_ID: string;
declare const LOCALES: string[];
declare const DEFAULT_LOCALE: string;

const PREFIX = 'welfare';
const cacheName = (name: string) => `${PREFIX}-${name}-${BUILD_ID}`;
const offlinePath = (locale: string) => `/${locale}/offline`;
const localeOf = (url: URL) => {
  const first = url.pathname.split('/')[1] ?? '';
  return LOCALES.includes(first) ? first : DEFAULT_LOCALE;
};

/** Only complete, shareable answers are kept: never a private or no-store one (drafts, per-request pages). */
const shareableOnly: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200 || response.type === 'opaque' || response.redirected) return null;
    const cacheControl = (response.headers.get('cache-control') ?? '').toLowerCase();
    if (/\b(private|no-store)\b/.test(cacheControl)) return null;
    return response;
  },
};

const isOwnPage = (url: URL, request: Request) =>
  url.origin === self.location.origin && request.mode === 'navigate' && !url.pathname.startsWith('/api/') && !url.searchParams.has('_rsc');

const precacheEntries: PrecacheEntry[] = LOCALES.map((locale) => ({ url: offlinePath(locale), revision: BUILD_ID }));

const serwist = new Serwist({
  precacheEntries,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ url, request }) => isOwnPage(url, request),
      handler: new NetworkFirst({
        cacheName: cacheName('pages'),
        networkTimeoutSeconds: 5,
        plugins: [shareableOnly, new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: cacheName('static'),
        plugins: [shareableOnly, new ExpirationPlugin({ maxEntries: 150, purgeOnQuotaError: true })],
      }),
    },
    {
      matcher: ({ url, sameOrigin, request }) =>
        sameOrigin && (url.pathname.startsWith('/uploads/') || request.destination === 'image' || request.destination === 'font'),
      handler: new StaleWhileRevalidate({
        cacheName: cacheName('media'),
        plugins: [shareableOnly, new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 7 * 24 * 60 * 60, purgeOnQuotaError: true })],
      }),
    },
  ],
  fallbacks: {
    entries: LOCALES.map((locale) => ({
      url: offlinePath(locale),
      matcher: ({ request }: { request: Request }) => request.destination === 'document' && localeOf(new URL(request.url)) === locale,
    })),
  },
});

// A new build: the previous builds' caches go (the precache cleans its own outdated entries).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(`${PREFIX}-`) && !name.endsWith(`-${BUILD_ID}`)).map((name) => caches.delete(name)),
        ),
      ),
  );
});

serwist.addEventListeners();
