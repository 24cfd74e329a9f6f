// @ts-check
/**
 * Publish to live: staff publish in the CMS, the CMS notifies the portal, the portal refreshes the
 * pages that show the change — and only those — without a restart.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { tokenSession } from '@welfare/test-support/admin';
import { getPage, stack, waitFor } from '../support/stack-env.mjs';

const EVENT = 'api::event.event';
/** Seeded in Italian, translated into every language but Urdu and Albanian (seed/fixtures). */
const FESTIVE_EVENT = 'impariamo-conoscendoci-incontro-di-festa';
/** A cached page that shows no event. */
const OTHER_PAGE = '/it/school-workshops';

/** @type {ReturnType<typeof tokenSession>} */
let staff;
/** @type {{ documentId: string, title: string }} */
let festive;

const portal = (/** @type {string} */ pagePath) => `${stack.portalUrl}${pagePath}`;

/** The portal's answer to the CMS for one notice, from the CMS's log ("Portal notified: … → 200 …"). */
function notifiedTags(/** @type {string} */ event, /** @type {string} */ type, /** @type {string} */ documentId) {
  const log = fs.readFileSync(path.join(stack.logDir, 'cms.log'), 'utf8');
  // One JSON line per event (config/logger.ts); the portal's answer ends the message.
  const messages = log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => /** @type {{ message?: unknown }} */ (JSON.parse(line)).message)
    .filter((message) => typeof message === 'string' && message.includes(`Portal notified: ${event} ${type} ${documentId}`));
  const last = /** @type {string | undefined} */ (messages.at(-1));
  if (!last) return undefined;
  return JSON.parse(last.slice(last.indexOf('{'))).revalidated;
}

before(async () => {
  staff = tokenSession(stack.cmsUrl, stack.adminToken);
  festive = await staff.findBySlug(EVENT, 'it', FESTIVE_EVENT);
});

describe('a change published in the admin', () => {
  it('is on the portal at once: its page, its Urdu fallback page, the lists — and no other page is re-rendered', async () => {
    // Visitors have seen these pages: they are in the portal's cache.
    const pages = [`/it/events/${FESTIVE_EVENT}`, `/ur/events/${FESTIVE_EVENT}`, '/it/events', '/ur/events'];
    for (const page of [...pages, OTHER_PAGE]) {
      const { status, html } = await getPage(portal(page));
      assert.equal(status, 200, page);
      if (page !== OTHER_PAGE) assert.ok(html.includes(festive.title), `${page} shows "${festive.title}"`);
    }
    assert.equal((await getPage(portal(OTHER_PAGE))).headers.get('x-nextjs-cache'), 'HIT');
    // Read from Next's cache once more, they are then sent from the portal's memory
    // (server/cached-pages-memory.mjs), which the publish must empty.
    for (const page of pages) {
      assert.equal((await getPage(portal(page))).headers.get('x-page-cache'), 'MISS', page);
      assert.equal((await getPage(portal(page))).headers.get('x-page-cache'), 'HIT', page);
    }
    // A returning visitor's browser asks with the version it has: nothing to send while it holds.
    const eventPage = portal(`/it/events/${FESTIVE_EVENT}`);
    const seenVersion = String((await getPage(eventPage)).headers.get('etag'));
    assert.match(seenVersion, /^W\/"/);
    assert.equal((await fetch(eventPage, { headers: { 'If-None-Match': seenVersion } })).status, 304);

    const newTitle = `${festive.title} (nuovo orario ${Date.now()})`;
    await staff.saveDraft(EVENT, festive.documentId, 'it', { title: newTitle });
    await staff.publish(EVENT, festive.documentId, 'it');

    for (const page of pages) {
      const { elapsedMs } = await waitFor(`${page} to show the new title`, async () =>
        (await getPage(portal(page))).html.includes(newTitle) ? true : undefined,
      );
      console.log(`${page}: new title seen ${elapsedMs} ms after the publish returned`);
    }
    // The workshops list shows no event: it was not touched.
    assert.equal((await getPage(portal(OTHER_PAGE))).headers.get('x-nextjs-cache'), 'HIT');
    // The returning visitor gets the new version whole, under a new tag.
    const renewed = await fetch(eventPage, { headers: { 'If-None-Match': seenVersion } });
    assert.equal(renewed.status, 200);
    assert.notEqual(renewed.headers.get('etag'), seenVersion);
    assert.ok((await renewed.text()).includes(newTitle));

    // What the CMS sent and the portal answered: this event's Italian page (the Urdu and Albanian
    // fallback pages look up the same Italian slug), the Italian lists (the fallback lists read
    // them), the sitemap.
    assert.deepEqual(notifiedTags('publish', 'event', festive.documentId), [
      'cms:event:it',
      `cms:event:it:slug:${FESTIVE_EVENT}`,
      'cms:sitemap',
    ]);
  });

  it('a place renamed: the pages of the services and the mediators list that show it, not the place-less lists', async () => {
    const PLACE = 'api::place.place';
    const SERVICE_PAGE = '/it/services/mediazione-linguistico-culturale';
    const place = await staff.findBySlug(PLACE, 'it', 'ospedale-di-esine');
    for (const page of [SERVICE_PAGE, '/it/mediators', '/it/events']) assert.equal((await getPage(portal(page))).status, 200);
    assert.equal((await getPage(portal('/it/events'))).headers.get('x-nextjs-cache'), 'HIT');

    const newName = `${place.name} – ingresso nord ${Date.now()}`;
    await staff.saveDraft(PLACE, place.documentId, 'it', { name: newName });
    await staff.publish(PLACE, place.documentId, 'it');
    for (const page of [SERVICE_PAGE, '/it/mediators']) {
      await waitFor(`${page} to show the new place name`, async () =>
        (await getPage(portal(page))).html.includes(newName) ? true : undefined,
      );
    }
    // No event takes place there: the events list was not re-rendered.
    assert.equal((await getPage(portal('/it/events'))).headers.get('x-nextjs-cache'), 'HIT');
    const tags = await waitFor('the notice about the place', async () => notifiedTags('publish', 'place', place.documentId));
    assert.ok(
      tags.value.includes('cms:mediator:it') && tags.value.includes(`cms:service:it:slug:mediazione-linguistico-culturale`),
      tags.value.join(' '),
    );
    assert.ok(!tags.value.includes('cms:service:it') && !tags.value.includes('cms:event:it'), tags.value.join(' '));
  });

  it('a filtered list: the filter form’s address leads to a cached page, renewed when a service on it is published', async () => {
    const SERVICE = 'api::service.service';
    // What the form sends without JavaScript ("any category", Arabic mediation).
    const form = await fetch(portal('/it/services?category=&language=ar'), { redirect: 'manual' });
    assert.equal(form.status, 308);
    const filtered = new URL(form.headers.get('location') ?? '', stack.portalUrl).pathname;
    assert.equal(filtered, '/it/services/language/ar');

    const first = await getPage(portal(filtered));
    assert.equal(first.status, 200);
    assert.equal((await getPage(portal(filtered))).headers.get('x-nextjs-cache'), 'HIT');
    const slug = /href="\/it\/services\/([a-z0-9-]+)"/.exec(first.html)?.[1];
    assert.ok(slug, 'the filtered list links to a service');
    const service = await staff.findBySlug(SERVICE, 'it', slug);

    const newTitle = `${service.title} (aggiornato ${Date.now()})`;
    await staff.saveDraft(SERVICE, service.documentId, 'it', { title: newTitle });
    await staff.publish(SERVICE, service.documentId, 'it');
    await waitFor(`${filtered} to show the new title`, async () =>
      (await getPage(portal(filtered))).html.includes(newTitle) ? true : undefined,
    );
  });

  it('a draft saved without publishing changes nothing on the portal', async () => {
    const draftTitle = `Bozza non pubblicata ${Date.now()}`;
    await staff.saveDraft(EVENT, festive.documentId, 'it', { title: draftTitle });
    const page = `/it/events/${FESTIVE_EVENT}`;
    // Give a notice, if one were (wrongly) sent, the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const { html, headers } = await getPage(portal(page));
    assert.ok(!html.includes(draftTitle));
    assert.equal(headers.get('x-nextjs-cache'), 'HIT');
  });
});

describe('the notification endpoint', () => {
  const endpoint = () => portal('/api/revalidate');
  const notice = () => ({
    event: 'publish',
    type: 'event',
    documentId: festive.documentId,
    locales: ['it'],
    published: { before: [{ locale: 'it', slug: FESTIVE_EVENT }], after: [{ locale: 'it', slug: FESTIVE_EVENT }] },
    shownBy: [],
  });
  const post = (/** @type {string} */ body, /** @type {string | undefined} */ secret) =>
    fetch(endpoint(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(secret ? { Authorization: `Bearer ${secret}` } : {}) },
      body,
    });

  it('answers 401 without the shared secret, and refreshes nothing', async () => {
    const page = `/it/events/${FESTIVE_EVENT}`;
    await getPage(portal(page));
    for (const secret of [undefined, 'wrong', `${stack.revalidateSecret}x`]) {
      const response = await post(JSON.stringify(notice()), secret);
      assert.equal(response.status, 401);
      assert.match((await response.json()).error, /Authorization: Bearer/);
    }
    assert.equal((await getPage(portal(page))).headers.get('x-nextjs-cache'), 'HIT');
  });

  it('answers 400 to a malformed body, saying what is wrong', async () => {
    const notJson = await post('{"event":', stack.revalidateSecret);
    assert.equal(notJson.status, 400);
    assert.equal((await notJson.json()).error, 'The body is not JSON.');
    const wrongShape = await post(JSON.stringify({ ...notice(), locales: ['de'] }), stack.revalidateSecret);
    assert.equal(wrongShape.status, 400);
    assert.match((await wrongShape.json()).error, /locales\.0/);
  });

  it('is harmless to replay: the same notice refreshes the same pages, and they render as before', async () => {
    const page = `/it/events/${FESTIVE_EVENT}`;
    const draft = await staff.findBySlug(EVENT, 'it', FESTIVE_EVENT);
    const first = await post(JSON.stringify(notice()), stack.revalidateSecret);
    const second = await post(JSON.stringify(notice()), stack.revalidateSecret);
    assert.equal(first.status, 200);
    assert.deepEqual(await second.json(), await first.json());
    const after = await getPage(portal(page));
    assert.equal(after.status, 200);
    assert.ok(!after.html.includes(draft.title), 'the unpublished draft title stays off the portal');
    assert.ok(after.html.includes(festive.title), 'the published title is still there');
  });
});
