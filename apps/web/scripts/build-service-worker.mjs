#!/usr/bin/env node
// @ts-check
/**
 * Builds public/sw.js from service-worker/sw.ts (Serwist) after `next build`, with esbuild: Next 16
 * builds with Turbopack, which @serwist/next's webpack plugin does not hook into. The build id of the
 * Next build goes into every cache name, so each build's worker replaces the previous one's caches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { DEFAULT_LOCALE, LOCALE_CODES } from '@welfare/types';

const dir = path.resolve(import.meta.dirname, '..');
const buildIdFile = path.join(dir, '.next', 'BUILD_ID');
if (!fs.existsSync(buildIdFile)) {
  console.error('No .next/BUILD_ID: run `next build` first.');
  process.exit(1);
}
const buildId = fs.readFileSync(buildIdFile, 'utf8').trim();

await build({
  entryPoints: [path.join(dir, 'service-worker', 'sw.ts')],
  outfile: path.join(dir, 'public', 'sw.js'),
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['chrome100', 'firefox100', 'safari15'],
  legalComments: 'none',
  define: {
    BUILD_ID: JSON.stringify(buildId),
    LOCALES: JSON.stringify(LOCALE_CODES),
    DEFAULT_LOCALE: JSON.stringify(DEFAULT_LOCALE),
    'process.env.NODE_ENV': '"production"',
  },
  logLevel: 'warning',
});
console.log(`Service worker built: public/sw.js (build ${buildId})`);
