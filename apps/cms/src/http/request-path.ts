/**
 * The one spelling of a request's path that every guard compares (middlewares/*.ts).
 *
 * Strapi's router matches paths regardless of letter case and of a trailing slash, and a request
 * may spell a path with doubled slashes, dot segments or percent-encoded characters: a guard that
 * compares `ctx.path` with a string as written lets `/API/Upload/Files`, `/api/upload/files/`,
 * `/api//upload/files` or `/api/%75pload/files` through to the route it guards. Guards compare the
 * canonical form instead: percent-encoding decoded (encoded slashes included, until nothing is left
 * to decode), backslashes read as slashes, runs of slashes as one, `.` and `..` segments resolved,
 * no trailing slash, lower case. Every spelling the router takes for a route is the same canonical
 * path; a guard may only be stricter than the router, never looser.
 *
 * `global::request-path` (first after `strapi::errors`) computes it once per request and refuses a
 * path whose percent-encoding is malformed (400); guards read it with `guardedPath(ctx)`.
 */

/** Past this many rounds of decoding a path is refused: `%25252575` is nobody's honest spelling. */
const MAX_DECODING_ROUNDS = 4;

export class MalformedPathError extends Error {}

/** The canonical form of a raw request path (as `ctx.path` holds it, still percent-encoded). */
export function canonicalPath(rawPath: string): string {
  let path = rawPath;
  for (let round = 0; /%[0-9a-f]{2}/i.test(path); round += 1) {
    if (round === MAX_DECODING_ROUNDS) throw new MalformedPathError('The path is percent-encoded too many times over.');
    try {
      path = decodeURIComponent(path);
    } catch {
      throw new MalformedPathError('The path has a malformed percent-encoding.');
    }
  }
  if (path.includes('\u0000')) throw new MalformedPathError('The path holds a NUL character.');
  const segments: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`.toLowerCase();
}

interface PathContext {
  path: string;
  state: Record<string, unknown>;
}

const STATE_KEY = 'canonicalPath';

/** The request's canonical path, as `global::request-path` computed it (computed here if it did not run). */
export function guardedPath(ctx: PathContext): string {
  const known = ctx.state[STATE_KEY];
  if (typeof known === 'string') return known;
  const path = canonicalPath(ctx.path);
  ctx.state[STATE_KEY] = path;
  return path;
}

/** Whether `path` (canonical) is `prefix` itself or below it. */
export const isUnder = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);
