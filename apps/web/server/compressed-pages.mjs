// @ts-check
/**
 * A page version (its ETag, entity-tags.mjs) compressed once per encoding and kept, instead of
 * compressed again for every visitor: compressing a cached page on each request was a tenth of its
 * CPU time under load. Once per version, it can afford a better ratio than on-the-fly compression
 * (brotli quality 6 instead of 2). The copies are kept within MAX_BYTES, least recently used first
 * out; a response without a version (streamed, an error page) is left to on-the-fly compression.
 *
 * An answer that must not be stored has no ETag, yet one kept in memory is sent as it is many
 * times (answers-from-memory.mjs): the stage that sends it gives its version here, so that it is
 * compressed once too. Compressing a kept search answer per request held search to a third of a
 * cached page's requests per second (bench, 2026-12-07).
 */
import zlib from 'node:zlib';
import Negotiator from 'negotiator';

/** Memory for the copies (a compressed page is 10–20 kB: a few thousand versions). */
const MAX_BYTES = 32 * 1024 * 1024;
/** Below this, compression saves less than it costs (the compression library's own threshold). */
const THRESHOLD_BYTES = 1024;
/** What is worth compressing: pages, RSC payloads, text and JSON. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|manifest\+json))/;

/** @type {WeakMap<import('./pipeline.mjs').Response, string>} */
const sentAgainVersions = new WeakMap();

/**
 * Says that `response` sends a kept answer whose body is the same for every response given this
 * `version`, so that its compressed copies are made once.
 * @param {import('./pipeline.mjs').Response} response
 * @param {string} version
 */
export function sendsKeptAnswer(response, version) {
  sentAgainVersions.set(response, version);
}

/** @type {Record<'br' | 'gzip', (body: Buffer) => Buffer>} */
const ENCODERS = {
  br: (body) =>
    zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 19,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => zlib.gzipSync(body, { level: 9 }),
};

/**
 * The encoding to send: brotli where the browser takes it, else gzip, else none (a q=0 refuses one).
 * @param {string | string[] | undefined} acceptEncoding
 * @returns {'br' | 'gzip' | undefined}
 */
export function negotiatedEncoding(acceptEncoding) {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
  return /** @type {const} */ (['br', 'gzip']).find((encoding) => negotiator.encoding([encoding]) === encoding);
}

/**
 * The finisher (pipeline.mjs), after `taggingEntities`, that sends a tagged response's (or a kept
 * answer's) compressed copy, made on its first request.
 * @returns {import('./pipeline.mjs').Finisher}
 */
export function compressingPages() {
  /** @type {Map<string, Buffer>} by encoding and ETag, the least recently used first */
  const copies = new Map();
  let bytes = 0;

  /** @param {string} key @param {Buffer} copy */
  const keep = (key, copy) => {
    if (copy.length > MAX_BYTES) return;
    copies.set(key, copy);
    bytes += copy.length;
    for (const [oldest, old] of copies) {
      if (bytes <= MAX_BYTES) break;
      copies.delete(oldest);
      bytes -= old.length;
    }
  };

  return (request, response, body) => {
    const etag = response.getHeader('etag');
    const version = typeof etag === 'string' ? etag : sentAgainVersions.get(response);
    if (body === null || response.statusCode !== 200 || version === undefined || response.hasHeader('content-encoding')) return undefined;
    if (!COMPRESSIBLE.test(String(response.getHeader('content-type') ?? ''))) return undefined;
    const source = typeof body === 'string' ? Buffer.from(body) : body;
    if (source.length < THRESHOLD_BYTES) return undefined;
    response.appendHeader('Vary', 'Accept-Encoding');
    const encoding = negotiatedEncoding(request.headers['accept-encoding']);
    if (!encoding) return undefined;
    const key = `${encoding} ${version}`;
    let copy = copies.get(key);
    if (copy) {
      // Most recently used: last out.
      copies.delete(key);
      copies.set(key, copy);
    } else {
      copy = ENCODERS[encoding](source);
      keep(key, copy);
    }
    response.setHeader('Content-Encoding', encoding);
    response.setHeader('Content-Length', copy.length);
    return copy;
  };
}
