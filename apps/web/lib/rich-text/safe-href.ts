/**
 * The addresses a rich-text link may point to: http(s) pages, e-mail, telephone and the portal's own
 * pages (`/it/...`). Anything else, or anything a browser might read differently from how it looks,
 * is refused, and the link shows as plain text:
 * - other schemes (`javascript:`, `data:`, `vbscript:`, `ftp:`…);
 * - protocol-relative and backslash tricks (`//host`, `/\host`, `\\host`: browsers treat `\` as `/`);
 * - control characters, which browsers strip (`java\tscript:` becomes `javascript:`);
 * - `https:host` without `//`, which browsers resolve as if it had them.
 */
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BACKSLASH = /[\u0000-\u001F\u007F-\u009F\\]/;
const WEB = /^https?:\/\/[^/\\?#\s]/i;
const MAILTO = /^mailto:[^\s@]+@[^\s@]+$/i;
const TEL = /^tel:\+?[\d\s().-]{2,30}$/i;
const OWN_PAGE = /^\/(?![/\\])/;

export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (!trimmed || CONTROL_OR_BACKSLASH.test(trimmed) || trimmed.length > 2048) return undefined;
  if (OWN_PAGE.test(trimmed)) return trimmed;
  if (MAILTO.test(trimmed) || TEL.test(trimmed)) return trimmed;
  if (!WEB.test(trimmed)) return undefined;
  try {
    // The address must parse, with a host, as the browser will read it.
    return new URL(trimmed).hostname ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

export function isSafeHref(url: string): boolean {
  return safeHref(url) !== undefined;
}
