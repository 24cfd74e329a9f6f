import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// The portal reads its own apps/web/.env (Next loads it from this folder), never the CMS's: it holds
// no secret of the CMS (.env.example files, lib/environment.ts).

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The portal's server (server/index.mjs) compresses, after it has read each page whole for its script hashes.
  compress: false,
  // The server tags pages itself, with a native hash (server/entity-tags.mjs): Next's is computed
  // in JavaScript over the whole page on every request.
  generateEtags: false,
  reactStrictMode: true,
  // No `experimental.inlineCss`: Next puts the inlined stylesheet in the HTML three times (the
  // <style> and twice in the RSC payload), 42 kB a page; measured with Lighthouse, the linked
  // stylesheet (3 kB compressed, cached across pages) did not delay the largest paint.
  // Pages and CMS answers in Redis shared by every instance (REDIS_URL), or in this instance's
  // bounded memory; 404 pages apart (server/cache-handler.mjs). Next's own memory copy is off.
  cacheHandler: path.join(__dirname, 'server', 'cache-handler.mjs'),
  // Loaded by Node as they are, so the server, the cache handler and Next's code share one logger
  // and one metrics registry (server/observability.mjs).
  // date-holidays: holiday rules of every country (1.5 MB), read from node_modules, never bundled.
  serverExternalPackages: ['pino', 'prom-client', 'date-holidays'],
  cacheMaxMemorySize: 0,
  // No page uses next/image: its optimizer (/_next/image) would only be a way for anyone to make the
  // server resize images. Off, it answers 404.
  images: { unoptimized: true },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
