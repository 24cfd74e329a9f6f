import { getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE, directionOf, type LocaleCode } from '@welfare/types';
import { clientAddressKey } from '@welfare/types/client-address';
import { CLIENT_ADDRESS_HEADER } from '@/server/client-address.mjs';
import { environment } from '@/lib/environment';
import { allowRating } from '@/lib/page-rating/rate-limit';
import { isSentFromPortal } from '@/lib/page-rating/request-origin';
import { readLimitedBody } from '@/lib/page-rating/request-body';
import { ratingPagePath } from '@/lib/page-rating/paths';
import { storeRating } from '@/lib/page-rating/store';
import { MAX_BODY_BYTES, parseRating } from '@/lib/page-rating/submission';
import { featureStates } from '@/lib/features';
import { sharedSecret } from '@/lib/shared-secrets';

/**
 * POST /api/page-rating: a citizen's answer to "How clear is the information on this page?".
 * - The form without JavaScript (application/x-www-form-urlencoded): 303 to the reason step, then
 *   303 to the thank-you page; a problem is a 4xx page in the visitor's language.
 * - The form with JavaScript (application/json): 201, or a 4xx/5xx with `{ error }` in English.
 * Nothing about the person is kept: no address, cookie or identifier goes to the CMS or the log.
 * Refused with 403 when the browser says another site sent it (request-origin.ts); counted per
 * client (its address as the portal's server resolved it, IPv6 per /64) and globally (rate-limit.ts).
 */
export const dynamic = 'force-dynamic';

type ErrorKind = 'invalid' | 'crossSite' | 'tooLarge' | 'tooMany' | 'unavailable' | 'off';
const STATUS: Record<ErrorKind, number> = { invalid: 400, crossSite: 403, tooLarge: 413, tooMany: 429, unavailable: 503, off: 404 };
const NO_STORE = { 'Cache-Control': 'no-store' };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The key the client's ratings are counted under (rate-limit.ts hashes it and forgets it): its
 * address as the portal's server resolved it (X-Forwarded-For believed only from TRUSTED_PROXIES), an IPv6
 * client by its /64. Without the portal's server (`next dev`) every client shares one key.
 */
function clientKey(request: Request): string {
  const address = request.headers.get(CLIENT_ADDRESS_HEADER);
  return address ? clientAddressKey(address) : 'unknown';
}

async function errorPage(kind: ErrorKind, locale: LocaleCode, back: string | undefined): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'PageRating' });
  const html = `<!DOCTYPE html>
<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(t('errorTitle'))}</title>
<style>body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}main{max-width:40rem;margin:0 auto;padding:2rem 1rem}a{color:#0059b3}</style></head>
<body><main><h1>${escapeHtml(t('errorTitle'))}</h1><p>${escapeHtml(t(`error.${kind}`))}</p><p><a href="${escapeHtml(back ?? `/${locale}`)}">${escapeHtml(t('backToPage'))}</a></p></main></body></html>`;
  return new Response(html, { status: STATUS[kind], headers: { 'Content-Type': 'text/html; charset=utf-8', ...NO_STORE } });
}

const jsonError = (kind: ErrorKind, message: string) => Response.json({ error: message }, { status: STATUS[kind], headers: NO_STORE });

export async function POST(request: Request): Promise<Response> {
  const isJson = (request.headers.get('content-type') ?? '').includes('application/json');
  // Switched off (no CMS_RATING_TOKEN): the form is not shown; a stale copy of it is told so.
  if (!featureStates().pageRating.enabled) {
    return isJson ? jsonError('off', 'Page rating is switched off on this portal.') : errorPage('off', DEFAULT_LOCALE, undefined);
  }
  if (!isSentFromPortal(request.headers, environment().portalUrl)) {
    return isJson
      ? jsonError('crossSite', 'Ratings are accepted only from the portal’s own pages.')
      : errorPage('crossSite', DEFAULT_LOCALE, undefined);
  }
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (body === null) {
    return isJson
      ? jsonError('tooLarge', `The rating is larger than ${MAX_BODY_BYTES} bytes.`)
      : errorPage('tooLarge', DEFAULT_LOCALE, undefined);
  }

  let fields: Record<string, unknown>;
  if (isJson) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return jsonError('invalid', 'The body must be a JSON object.');
      fields = parsed as Record<string, unknown>;
    } catch {
      return jsonError('invalid', 'The body is not valid JSON.');
    }
  } else {
    fields = Object.fromEntries(new URLSearchParams(body));
  }

  const parsed = parseRating(fields);
  if (parsed.ok === false) {
    if (isJson) return jsonError('invalid', `Invalid rating: ${parsed.message}.`);
    return errorPage('invalid', parsed.locale ?? DEFAULT_LOCALE, parsed.path);
  }
  if (parsed.ok === 'partial') {
    // Without JavaScript the reasons for the score are on the next page.
    if (isJson) return jsonError('invalid', 'Invalid rating: reason is required.');
    const next = `${ratingPagePath(parsed.locale)}?${new URLSearchParams({ page: parsed.path, score: String(parsed.score) })}`;
    return new Response(null, { status: 303, headers: { Location: next, ...NO_STORE } });
  }

  const { rating } = parsed;
  if ((await allowRating(clientKey(request), sharedSecret('CMS_RATING_TOKEN'))) !== 'accepted') {
    return isJson
      ? jsonError('tooMany', 'Too many ratings from this connection: try again in a few minutes.')
      : errorPage('tooMany', rating.locale, rating.path);
  }
  const stored = await storeRating(rating);
  if (!stored.ok) {
    return isJson
      ? jsonError('unavailable', 'The rating could not be recorded now: try again later.')
      : errorPage('unavailable', rating.locale, rating.path);
  }
  if (isJson) return Response.json({ ok: true }, { status: 201, headers: NO_STORE });
  const thanks = `${ratingPagePath(rating.locale)}?${new URLSearchParams({ page: rating.path, sent: '1' })}`;
  return new Response(null, { status: 303, headers: { Location: thanks, ...NO_STORE } });
}
