/// <reference types="node" />
/**
 * What both apps' logs share: the request id carried from nginx through the portal to the CMS,
 * and the rule that no credential of the environment ever reaches a log line.
 */

/**
 * A request id: nginx's `$request_id` (32 hex digits). The portal and the CMS accept it in
 * X-Request-Id and make one of the same form when none came. The portal sends it to the CMS in
 * X-Request-Id and, as the trace id, in a W3C `traceparent` (which Next leaves out of its fetch
 * cache keys, so a cached CMS answer is still shared by every request).
 */
export const REQUEST_ID_PATTERN = /^[0-9a-f]{32}$/;

/** A new request id (random, 32 hex digits, as nginx makes them). */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The request id of an incoming request: its X-Request-Id, else its traceparent's trace id, else a new one. */
export function requestIdOf(headers: { requestId?: string | string[] | null; traceparent?: string | string[] | null }): string {
  const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : (value ?? undefined));
  const given = first(headers.requestId)?.trim().toLowerCase();
  if (given && REQUEST_ID_PATTERN.test(given)) return given;
  const traceId = first(headers.traceparent)?.match(/^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/)?.[1];
  if (traceId && traceId !== '0'.repeat(32)) return traceId;
  return newRequestId();
}

/** A W3C traceparent carrying the request id as its trace id (a new span id each call). */
export function traceparentFor(requestId: string): string {
  const span = newRequestId().slice(0, 16);
  return `00-${requestId}-${span}-01`;
}

/** Variables whose values are credentials, by name. `_URL` variables count for their password only. */
const SECRET_NAME = /(SECRET|TOKEN|PASSWORD|PASS|KEYS?|SALT|CREDENTIALS?)$/;
/** Values shorter than this are not secrets (a port, "true") and would blank out ordinary words. */
const MIN_SECRET_LENGTH = 8;

/**
 * Every credential in an environment: the value of each secret-like variable (and each part of a
 * comma-separated list such as APP_KEYS), and the password of every URL (REDIS_URL, DATABASE_URL).
 * Longest first, so a secret containing another is replaced whole.
 */
export function secretValuesOf(env: Record<string, string | undefined>): string[] {
  const values = new Set<string>();
  const add = (value: string) => {
    if (value.length >= MIN_SECRET_LENGTH) values.add(value);
  };
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (name.endsWith('_URL')) {
      if (!URL.canParse(value)) continue;
      const { password } = new URL(value);
      if (password) {
        add(password);
        add(decodeURIComponent(password));
      }
    } else if (SECRET_NAME.test(name) && !name.endsWith('PUBLIC_KEY')) {
      add(value);
      for (const part of value.split(',')) add(part.trim());
    }
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** The text with every given secret, and the password of any URL in it, replaced by [redacted]. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (result.includes(secret)) result = result.split(secret).join('[redacted]');
  return result.replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^/@\s:]*):([^/@\s]+)@/gi, '$1$2:[redacted]@');
}

/** A URL as it may be logged: scheme, host and port, never its user, password, path or query. */
export function loggableUrl(url: string): string {
  if (!URL.canParse(url)) return '(not a URL)';
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
}
