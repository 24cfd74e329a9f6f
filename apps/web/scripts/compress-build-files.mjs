#!/usr/bin/env node
// @ts-check
/**
 * After `next build`: a brotli copy at its best quality beside each of Next's fingerprinted scripts
 * and stylesheets in `.next/static`, which the server reads at start and sends
 * (server/compressed-assets.mjs). Made here, once per build, rather than at the first request of
 * each file after each start, whose visitor got the on-the-fly compression.
 */
import path from 'node:path';
import { compressBuildFiles } from '../server/compressed-assets.mjs';

const { files, bytes, compressedBytes } = compressBuildFiles(path.resolve(import.meta.dirname, '..', '.next'));
if (files === 0) {
  console.error('No build files in .next/static: run `next build` first.');
  process.exit(1);
}
console.log(`Compressed ${files} build files: ${Math.round(bytes / 1024)} kB to ${Math.round(compressedBytes / 1024)} kB (brotli).`);
