// @ts-check
/**
 * Next's fingerprinted scripts and stylesheets (/_next/static: a name never changes its content),
 * compressed once with brotli at its best quality, kept in memory and served from there: about 15 %
 * fewer bytes than on-the-fly compression on a phone's first visit, and no compression per request.
 * The copies are made by the build (scripts/compress-build-files.mjs) and read when the server
 * starts, so that the first visitor after a start gets them too. A build file without one (a build
 * that skipped the step) is served by Next on its first request while its copy is made. Only files
 * of the build are kept (a flood of invented names stores nothing), within MAX_BYTES.
 */
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import Negotiator from 'negotiator';

const brotliCompress = promisify(zlib.brotliCompress);
const PREFIX = '/_next/static/';
/** What a build file may be called: no encoded characters, no way up. */
const ASSET_PATH = /^\/_next\/static\/(?:[\w-]+\/)*[\w.-]+\.(?:js|css)$/;
const TYPES = { '.js': 'application/javascript; charset=UTF-8', '.css': 'text/css; charset=UTF-8' };
/** Memory for the copies, counted at the files' own size (a copy is smaller). */
const MAX_BYTES = 32 * 1024 * 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The suffix of a build file's copy made by the build, next to the file. */
const BUILD_COPY_SUFFIX = '.br';

/**
 * Brotli at its best quality: slow, but each file is compressed once for every visitor.
 * @param {Buffer} source
 * @returns {zlib.BrotliOptions}
 */
function bestBrotli(source) {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  };
}

/**
 * The build files (`.js`, `.css`) below `dir`, as paths relative to it with `/` separators.
 * @param {string} dir
 * @returns {string[]}
 */
function buildFilesBelow(dir) {
  let entries;
  try {
    entries = fsSync.readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries.map((entry) => entry.split(path.sep).join('/')).filter((entry) => /\.(?:js|css)$/.test(entry));
}

/**
 * Makes the build's copies (scripts/compress-build-files.mjs): the brotli copy of each build file
 * of `buildDir` (the `.next` folder), beside it.
 * @param {string} buildDir
 * @returns {{ files: number, bytes: number, compressedBytes: number }}
 */
export function compressBuildFiles(buildDir) {
  const root = path.join(buildDir, 'static');
  const made = { files: 0, bytes: 0, compressedBytes: 0 };
  for (const file of buildFilesBelow(root)) {
    const source = fsSync.readFileSync(path.join(root, file));
    const copy = zlib.brotliCompressSync(source, bestBrotli(source));
    fsSync.writeFileSync(path.join(root, file + BUILD_COPY_SUFFIX), copy);
    made.files += 1;
    made.bytes += source.length;
    made.compressedBytes += copy.length;
  }
  return made;
}

/** Whether an Accept-Encoding header takes brotli (negotiated as the compression library does). */
export function acceptsBrotli(/** @type {string | string[] | undefined} */ header) {
  return new Negotiator({ headers: { 'accept-encoding': header } }).encoding(['br']) === 'br';
}

/**
 * @param {string} buildDir the `.next` folder
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean}
 *   answers the request and returns true when it has the file's compressed copy
 */
export function compressedAssets(buildDir) {
  const root = path.join(buildDir, 'static');
  /**
   * Per build file: its copy, or 'pending' while it is made, or 'next' when it did not fit (Next
   * serves it, and it is not compressed again). Only files that exist get an entry that stays.
   * @type {Map<string, Buffer | 'pending' | 'next'>}
   */
  const copies = new Map();
  let bytes = 0;

  // The copies the build made, read at start (a few hundred kB for the whole build).
  for (const file of buildFilesBelow(root)) {
    try {
      const size = fsSync.statSync(path.join(root, file)).size;
      if (bytes + size > MAX_BYTES) break;
      copies.set(`${PREFIX}${file}`, fsSync.readFileSync(path.join(root, file + BUILD_COPY_SUFFIX)));
      bytes += size;
    } catch {
      // No copy of this file: made at its first request.
    }
  }

  /** @param {string} pathname */
  async function makeCopy(pathname) {
    copies.set(pathname, 'pending');
    /** @type {Buffer} */
    let source;
    try {
      source = await fs.readFile(path.join(root, pathname.slice(PREFIX.length)));
    } catch {
      // Not a file of this build: nothing kept.
      copies.delete(pathname);
      return;
    }
    // The room is reserved before compressing, so that no file is compressed for nothing.
    if (bytes + source.length > MAX_BYTES) {
      copies.set(pathname, 'next');
      return;
    }
    bytes += source.length;
    const copy = await brotliCompress(source, bestBrotli(source)).catch(() => null);
    copies.set(pathname, copy ?? 'next');
  }

  return function serve(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const pathname = (request.url ?? '').split('?')[0];
    if (!ASSET_PATH.test(pathname) || pathname.includes('..') || !acceptsBrotli(request.headers['accept-encoding'])) return false;
    const copy = copies.get(pathname);
    if (copy === undefined) void makeCopy(pathname);
    if (!Buffer.isBuffer(copy)) return false;
    response.writeHead(200, {
      'Content-Type': TYPES[/** @type {'.js' | '.css'} */ (path.extname(pathname))],
      'Content-Encoding': 'br',
      'Content-Length': copy.length,
      'Cache-Control': IMMUTABLE,
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : copy);
    return true;
  };
}
