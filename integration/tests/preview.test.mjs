// @ts-check
/**
 * Staff preview: the CMS admin's "Open preview" link (signed with PREVIEW_SECRET, valid 10 minutes,
 * no secret in it) opens the portal's draft-mode route, which shows the unpublished draft of that
 * one document in that one locale (with the preview banner) to that browser only, for a session of
 * 30 minutes; every other entry, language, list, search, sitemap and calendar stays published. The
 * public keeps seeing the published page, from the cache, before and after; "Exit preview" ends it;
 * every draft-mode answer is `private, no-store`, search, calendars, sitemaps and the manifest included.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { tokenSession } from '@welfare/test-support/admin';
import { signedPreviewPath, signedPreviewSession } from '@welfare/test-support/preview-link';
import { stack } from '../support/stack-env.mjs';

const CMS = stack.cmsUrl;
const PORTAL = stack.portalUrl;
const SECRET = stack.previewSecret;

const SERVICE = 'api::service.service';
// A service's Arabic translation: the preview is of the draft in its own locale.
const LOCALE = 'ar';
const SLUG = 'daam-al-usar-ahad-al-walidayn';
const PAGE = `/${LOCALE}/services/${SLUG}`;
const DRAFT_TITLE = `مسودة غير منشورة ${Date.now()}`;
// The same document's Italian draft, and another Arabic service's draft: neither is the link's.
const ITALIAN_DRAFT_TITLE = `Bozza italiana non pubblicata ${Date.now()}`;
const OTHER_DRAFT_TITLE = `مسودة خدمة أخرى ${Date.now()}`;
const ARABIC_BANNER = 'معاينة: محتوى مسودة، غير منشور للجمهور';
const DRAFT_MODE_COOKIE = '__prerender_bypass';
// The banner's element, not merely its class name.
const BANNER = 'class="preview-banner"';

/** @param {string} path @param {{ cookie?: string }} [options] */
function portal(path, options = {}) {
  return fetch(`${PORTAL}${path}`, {
    redirect: 'manual',
    headers: options.cookie ? { Cookie: options.cookie } : {},
    signal: AbortSignal.timeout(30_000),
  });
}

/** The draft-mode cookie a response sets, as `name=value`, with its attributes. */
function draftModeCookie(/** @type {Response} */ response) {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${DRAFT_MODE_COOKIE}=`));
  if (!header) return undefined;
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  return { pair, value: pair.slice(DRAFT_MODE_COOKIE.length + 1), attributes: attributes.map((attribute) => attribute.toLowerCase()) };
}

const previewQuery = (/** @type {Record<string, string>} */ params) => `/api/preview?${new URLSearchParams(params)}`;
const SESSION_COOKIE = 'welfare-preview-session';

/** Every cookie a response sets, as `name=value` pairs for a Cookie header. */
const cookiePairs = (/** @type {Response} */ response) => response.headers.getSetCookie().map((header) => header.split(';')[0]);

/** The published title, as the public page shows it in its <h1>. */
const headingOf = (/** @type {string} */ html) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

/**
 * The URL the admin's "Open preview" button opens: what config/admin.ts's handler answers the
 * content manager.
 * @param {ReturnType<typeof tokenSession>} staff
 */
async function adminPreviewUrl(staff, /** @type {string} */ documentId, /** @type {string} */ status) {
  const query = new URLSearchParams({ documentId, locale: LOCALE, status });
  const body = /** @type {{ data: { url?: string } }} */ (await staff.get(`/content-manager/preview/url/${SERVICE}?${query}`));
  assert.ok(body.data.url, 'the CMS gives a preview URL');
  return new URL(body.data.url);
}

describe('staff preview of a draft on the portal', () => {
  /** @type {ReturnType<typeof tokenSession>} */
  let staff;
  /** @type {string} */
  let documentId;
  /** @type {string} */
  let publishedTitle;
  /** @type {string} */
  let cookie;
  /** @type {{ documentId: string, slug: string, title: string }} */
  let other;
  /** @type {{ slug: string, title: string }} */
  let italian;

  before(async () => {
    staff = tokenSession(CMS, stack.adminToken);
    const entry = await staff.findBySlug(SERVICE, LOCALE, SLUG);
    documentId = entry.documentId;
    // Another published Arabic service, and this one's Italian version, as the public sees them.
    const listed = /** @type {{ data: Array<{ documentId: string, slug: string, title: string }> }} */ (
      await (await fetch(`${CMS}/api/services?locale=${LOCALE}&sort=title:asc&pagination[pageSize]=5`)).json()
    );
    const found = listed.data.find((service) => service.documentId !== documentId);
    assert.ok(found, 'another Arabic service');
    other = found;
    const italianList = /** @type {{ data: Array<{ slug: string, title: string }> }} */ (
      await (await fetch(`${CMS}/api/services?locale=it&filters[documentId][$eq]=${documentId}`)).json()
    );
    assert.ok(italianList.data[0], 'the service in Italian');
    italian = italianList.data[0];
    // The public page first, so the cache holds it before the draft exists.
    const page = await portal(PAGE);
    assert.equal(page.status, 200);
    publishedTitle = headingOf(await page.text()) ?? '';
    assert.ok(publishedTitle, 'the published page has a title');
    assert.notEqual(publishedTitle, DRAFT_TITLE);
    // Staff change the Arabic draft and save without publishing; and two drafts the link is not of.
    await staff.saveDraft(SERVICE, documentId, LOCALE, { title: DRAFT_TITLE });
    await staff.saveDraft(SERVICE, documentId, 'it', { title: ITALIAN_DRAFT_TITLE });
    await staff.saveDraft(SERVICE, other.documentId, LOCALE, { title: OTHER_DRAFT_TITLE });
  });

  after(async () => {
    // Leave the drafts as they were (the published versions never changed).
    if (staff && documentId && publishedTitle) await staff.saveDraft(SERVICE, documentId, LOCALE, { title: publishedTitle });
    if (staff && documentId && italian) await staff.saveDraft(SERVICE, documentId, 'it', { title: italian.title });
    if (staff && other) await staff.saveDraft(SERVICE, other.documentId, LOCALE, { title: other.title });
  });

  it('refuses the secret itself, a link signed with another secret, an altered or an expired one with 401, and turns nothing on', async () => {
    const link = { secret: SECRET, type: 'service', documentId, slug: SLUG, locale: LOCALE };
    const now = Math.floor(Date.now() / 1000);
    const altered = new URLSearchParams(signedPreviewPath(link).split('?')[1]);
    altered.set('slug', 'a-different-entry');
    const otherDocument = new URLSearchParams(signedPreviewPath(link).split('?')[1]);
    otherDocument.set('documentId', other.documentId);
    /** @type {Array<[string, RegExp]>} */
    const refused = [
      [previewQuery({ secret: SECRET, type: 'service', documentId, slug: SLUG, locale: LOCALE, status: 'draft' }), /not signed/],
      [previewQuery({ type: 'service', documentId, slug: SLUG, locale: LOCALE }), /not signed/],
      [signedPreviewPath({ ...link, secret: `${SECRET}x` }), /signature does not match/],
      [`/api/preview?${altered}`, /signature does not match/],
      [`/api/preview?${otherDocument}`, /signature does not match/],
      [signedPreviewPath({ ...link, expires: now - 1 }), /expired/],
      [signedPreviewPath({ ...link, expires: now + 86_400 }), /longer/],
    ];
    for (const [path, message] of refused) {
      const response = await portal(path);
      assert.equal(response.status, 401, path);
      assert.match(await response.text(), message);
      assert.equal(draftModeCookie(response), undefined);
      assert.equal(response.headers.get('cache-control'), 'private, no-store');
    }
  });

  it('refuses a malformed link with 400, even signed', async () => {
    /** @type {Array<{ type: string, documentId: string, slug?: string, locale: string }>} */
    const malformed = [
      { type: 'category', documentId, slug: 'x', locale: LOCALE },
      { type: 'service', documentId, locale: LOCALE },
      { type: 'service', documentId, slug: '../../admin', locale: LOCALE },
      { type: 'service', documentId, slug: SLUG, locale: 'de' },
      { type: 'service', documentId: '../x', slug: SLUG, locale: LOCALE },
    ];
    for (const params of malformed) {
      const response = await portal(signedPreviewPath({ secret: SECRET, ...params }));
      assert.equal(response.status, 400, JSON.stringify(params));
      assert.match(await response.text(), /invalid preview link/i);
      assert.equal(draftModeCookie(response), undefined);
    }
  });

  it('opens from the admin’s preview link: 307 to the entry’s page in its locale, draft mode on', async () => {
    const link = await adminPreviewUrl(staff, documentId, 'draft');
    assert.equal(link.origin, new URL(PORTAL).origin, 'the CMS links to the portal (PORTAL_URL)');
    assert.equal(link.pathname, '/api/preview');
    assert.deepEqual(
      {
        type: link.searchParams.get('type'),
        documentId: link.searchParams.get('documentId'),
        slug: link.searchParams.get('slug'),
        locale: link.searchParams.get('locale'),
        status: link.searchParams.get('status'),
      },
      { type: 'service', documentId, slug: SLUG, locale: LOCALE, status: 'draft' },
    );
    // Signed, expiring within 10 minutes, and the secret is nowhere in it.
    assert.ok(!link.href.includes(SECRET) && !link.searchParams.has('secret'));
    const expires = Number(link.searchParams.get('expires'));
    assert.ok(expires > Date.now() / 1000 && expires <= Date.now() / 1000 + 600 + 5, `expires ${expires}`);
    assert.match(link.searchParams.get('signature') ?? '', /^[\w-]{43}$/);
    const response = await portal(`${link.pathname}${link.search}`);
    assert.equal(response.status, 307);
    assert.equal(response.headers.get('location'), PAGE);
    const set = draftModeCookie(response);
    assert.ok(set?.value, 'the draft-mode cookie is set');
    // Production: a cookie that also works in the admin's cross-site iframe (HTTPS only).
    assert.ok(
      set.attributes.includes('httponly') && set.attributes.includes('secure') && set.attributes.includes('samesite=none'),
      set.attributes.join('; '),
    );
    const session = response.headers.getSetCookie().find((header) => header.startsWith(`${SESSION_COOKIE}=`));
    assert.ok(session && !session.includes(SECRET), 'the preview session cookie, bound to the secret, not holding it');
    // A session of minutes: the cookie expires with it (30 minutes), whatever the browser does.
    const maxAge = Number(/max-age=(\d+)/i.exec(session)?.[1]);
    assert.ok(maxAge > 0 && maxAge <= 30 * 60, session);
    cookie = cookiePairs(response).join('; ');
  });

  it('shows the draft, with the preview banner in the page’s language, never cached', async () => {
    const response = await portal(PAGE, { cookie });
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.equal(headingOf(html), DRAFT_TITLE);
    assert.ok(html.includes(BANNER) && html.includes(ARABIC_BANNER), 'the Arabic preview banner');
    assert.ok(html.includes(`/api/preview/exit?path=${encodeURIComponent(PAGE)}`), 'the exit link back to this page');
    // Rendered for this request (the draft title and the banner are in no cached copy) and kept out
    // of shared caches. (Next still sends `x-nextjs-cache: HIT` on draft-mode pages: it means nothing there.)
    assert.match(response.headers.get('cache-control') ?? '', /private.*no-store|no-store.*private/);
    // The admin (the CMS's origin) may frame it, for its preview pane; no other site may.
    assert.equal(response.headers.get('x-frame-options'), null);
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.ok(policy.includes(`frame-ancestors 'self' ${new URL(CMS).origin};`));
    // Streamed as it renders, so never hashed: its inline scripts run by a nonce, never 'unsafe-inline'.
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'[^;]*;/.exec(policy)?.[1];
    assert.ok(nonce, policy);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")([^>]*)>/g)].map(
      ([, attributes]) => attributes,
    );
    assert.ok(inlineScripts.length > 0, "Next's inline scripts");
    for (const attributes of inlineScripts) assert.ok(attributes.includes(`nonce="${nonce}"`), `<script${attributes}>`);
  });

  it('shows only the linked document’s draft: other entries, its other languages and the lists stay published', async () => {
    const otherPage = await portal(`/${LOCALE}/services/${other.slug}`, { cookie });
    assert.equal(otherPage.status, 200);
    const otherHtml = await otherPage.text();
    assert.equal(headingOf(otherHtml), other.title);
    assert.ok(!otherHtml.includes(OTHER_DRAFT_TITLE));

    const italianPage = await portal(`/it/services/${italian.slug}`, { cookie });
    assert.equal(italianPage.status, 200);
    const italianHtml = await italianPage.text();
    assert.equal(headingOf(italianHtml), italian.title);
    assert.ok(!italianHtml.includes(ITALIAN_DRAFT_TITLE));

    const list = await (await portal(`/${LOCALE}/services`, { cookie })).text();
    assert.ok(
      list.includes(publishedTitle) && !list.includes(DRAFT_TITLE) && !list.includes(OTHER_DRAFT_TITLE),
      'the list is the published one',
    );

    const search = await (
      await portal(`/api/search?locale=${LOCALE}&q=${encodeURIComponent(DRAFT_TITLE.split(' ')[0])}`, { cookie })
    ).text();
    assert.ok(!search.includes(DRAFT_TITLE) && !search.includes(OTHER_DRAFT_TITLE), 'search finds no draft');
  });

  it('ends with its session: an expired session or one altered to another document shows the published page', async () => {
    const draftOnly = cookie.split('; ').filter((pair) => pair.startsWith(`${DRAFT_MODE_COOKIE}=`));
    const now = Math.floor(Date.now() / 1000);
    const session = { secret: SECRET, type: 'service', documentId, slug: SLUG, locale: LOCALE };
    // The same session, signed as the portal signs it, expired a second ago: no draft.
    const expired = signedPreviewSession({ ...session, expires: now - 1 });
    // A live session for this document, re-pointed at another one without the secret: no draft.
    const [payload, signature] = signedPreviewSession(session).split('.');
    const fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const repointed = `${Buffer.from(JSON.stringify({ ...fields, documentId: other.documentId, slug: other.slug })).toString('base64url')}.${signature}`;
    for (const [value, path] of [
      [expired, PAGE],
      [repointed, `/${LOCALE}/services/${other.slug}`],
    ]) {
      const response = await portal(path, { cookie: [...draftOnly, `${SESSION_COOKIE}=${value}`].join('; ') });
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.ok(!html.includes(DRAFT_TITLE) && !html.includes(OTHER_DRAFT_TITLE), path);
      assert.ok(!html.includes(BANNER), 'no preview banner');
    }
    // While a fresh session of the same document still shows its draft.
    const fresh = await portal(PAGE, { cookie: [...draftOnly, `${SESSION_COOKIE}=${signedPreviewSession(session)}`].join('; ') });
    assert.equal(headingOf(await fresh.text()), DRAFT_TITLE);
  });

  it('answers search, calendars, sitemaps and the manifest in draft mode `private, no-store`', async () => {
    for (const path of [
      `/api/search?locale=${LOCALE}&q=${encodeURIComponent(DRAFT_TITLE.split(' ')[0])}`,
      `/${LOCALE}/events/calendar.ics`,
      '/sitemap.xml',
      '/sitemaps/lists.xml',
      '/sitemaps/service-1.xml',
      `/${LOCALE}/manifest.webmanifest`,
    ]) {
      const response = await portal(path, { cookie });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('cache-control'), 'private, no-store', path);
      // The public's answer keeps its own caching (search: briefly, in the browser only).
      const publicResponse = await portal(path);
      assert.doesNotMatch(publicResponse.headers.get('cache-control') ?? 'no-store', /no-store/, path);
    }
  });

  it('ends when the secret changes: the draft-mode cookie alone shows no draft', async () => {
    // The session cookie of another secret (as a rotation leaves it): the page is the public one.
    const draftOnly = cookie.split('; ').filter((pair) => pair.startsWith(`${DRAFT_MODE_COOKIE}=`));
    for (const session of [[], [`${SESSION_COOKIE}=made-with-the-old-secret`]]) {
      const response = await portal(PAGE, { cookie: [...draftOnly, ...session].join('; ') });
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.equal(headingOf(html), publishedTitle);
      assert.ok(!html.includes(BANNER), 'no preview banner');
    }
  });

  it('keeps showing the public the published page, from the cache, twice over', async () => {
    for (const round of [1, 2]) {
      const response = await portal(PAGE);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.equal(headingOf(html), publishedTitle, `round ${round}`);
      assert.ok(!html.includes(DRAFT_TITLE) && !html.includes(BANNER), `round ${round}: no draft, no banner`);
      assert.match(response.headers.get('cache-control') ?? '', /s-maxage=/, `round ${round}: cacheable for the public`);
      // A cached page too: only the portal and the admin may frame it.
      assert.ok((response.headers.get('content-security-policy') ?? '').includes(`frame-ancestors 'self' ${new URL(CMS).origin};`));
    }
  });

  it('a link to the published version turns draft mode off and shows the public page', async () => {
    const link = await adminPreviewUrl(staff, documentId, 'published');
    const response = await portal(`${link.pathname}${link.search}`, { cookie });
    assert.equal(response.status, 307);
    assert.equal(response.headers.get('location'), PAGE);
    const cleared = draftModeCookie(response);
    assert.equal(cleared?.value, '');
    assert.ok(cleared?.attributes.some((attribute) => attribute.startsWith('expires=thu, 01 jan 1970')));
  });

  it('exits in one click: cookie cleared, back on the same page as the public sees it', async () => {
    const exit = await portal(`/api/preview/exit?path=${encodeURIComponent(PAGE)}`, { cookie });
    assert.equal(exit.status, 307);
    assert.equal(exit.headers.get('location'), PAGE);
    const cleared = draftModeCookie(exit);
    assert.equal(cleared?.value, '');
    assert.ok(cleared?.attributes.some((attribute) => attribute.startsWith('expires=thu, 01 jan 1970')));

    const page = await portal(PAGE);
    const html = await page.text();
    assert.equal(headingOf(html), publishedTitle);
    assert.ok(!html.includes(BANNER));
  });

  it('exit sends only to this site', async () => {
    for (const path of ['https://evil.example/', '//evil.example/', '/\\evil.example', '/\t/evil.example']) {
      const exit = await portal(`/api/preview/exit?path=${encodeURIComponent(path)}`);
      assert.equal(exit.status, 307);
      assert.equal(exit.headers.get('location'), '/it', JSON.stringify(path));
    }
  });
});
