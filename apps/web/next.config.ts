import path from 'node:path';
import { loadEnvConfig } from '@next/env';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// One .env at the repository root configures both apps.
loadEnvConfig(path.resolve(__dirname, '..', '..'));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // server.mjs compresses, after it has read each page whole for its script hashes.
  compress: false,
  reactStrictMode: true,
  // No `experimental.inlineCss`: Next puts the inlined stylesheet in the HTML three times (the
  // <style> and twice in the RSC payload), 42 kB a page; measured with Lighthouse, the linked
  // stylesheet (3 kB compressed, cached across pages) did not delay the largest paint.
  // Pages and CMS answers in Redis shared by every instance (REDIS_URL), or in this instance's
  // bounded memory; 404 pages apart (cache-handler.mjs). Next's own memory copy is off.
  cacheHandler: path.join(__dirname, 'cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // Holiday rules of every country (1.5 MB): read from node_modules by the server, never bundled.
  serverExternalPackages: ['date-holidays'],
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
