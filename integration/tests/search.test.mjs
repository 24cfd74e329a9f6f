// @ts-check
/**
 * The portal's search on the real stack: the index is built from the CMS (demo content) and
 * answers what citizens type; a change published in the admin is searchable a moment later, from
 * one re-read of that entry; with two instances on one Redis, the instance the CMS's notice does
 * not reach has it too, within 5 s.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { tokenSession } from '@welfare/test-support/admin';
import { entry, text } from '@welfare/test-support/content';
import { startPortal } from '@welfare/test-support/stack';
import { sharedSecretsOf } from '@welfare/test-support/secrets';
import { getPage, stack, waitFor } from '../support/stack-env.mjs';

const WORKSHOP = 'api::school-workshop.school-workshop';
/** Seeded in Italian (and most languages); no other integration test changes it. */
const WORKSHOP_KEY = 'culture-in-dialogo';
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** @param {string} base @param {string} locale @param {string} query */
async function search(base, locale, query) {
  const response = await fetch(`${base}/api/search?${new URLSearchParams({ locale, q: query })}`, { signal: AbortSignal.timeout(30_000) });
  assert.equal(response.status, 200, await response.clone().text());
  return /** @type {{ total: number, results: Array<{ href: string, lang: string | null, title: Array<{ text: string, mark: boolean }> }>, counts: Record<string, number> }} */ (
    await response.json()
  );
}

const titleOf = (/** @type {{ title: Array<{ text: string }> }} */ result) => result.title.map((part) => part.text).join('');
/** A word no text holds: letters only, so that it is one word to the index. */
const newWord = () =>
  `zq${randomBytes(5)
    .toString('hex')
    .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)])}`;

describe('search on the stack', () => {
  it('finds what citizens type: a typo, no diacritics, another script, words in any order', async () => {
    const mediation = entry('services', 'mediazione-linguistico-culturale', 'it');
    const typo = await search(stack.portalUrl, 'it', 'mediazone');
    assert.equal(typo.results[0]?.href, `/it/services/${mediation.slug}`);

    const albanian = await search(stack.portalUrl, 'sq', 'nderrmjetesim');
    assert.ok(
      albanian.results.some((result) => result.href.endsWith(`/${entry('services', 'mediazione-linguistico-culturale', 'sq').slug}`)),
    );

    const arabic = await search(stack.portalUrl, 'ar', 'الوساطه');
    assert.ok(arabic.results.some((result) => titleOf(result) === entry('services', 'mediazione-linguistico-culturale', 'ar').title));

    const ukrainian = await search(stack.portalUrl, 'uk', 'МЕДІАЦІЯ');
    assert.ok(ukrainian.total > 0);

    const reversed = await search(stack.portalUrl, 'it', 'volontarie famiglie');
    assert.ok(reversed.results.some((result) => titleOf(result) === text('it').pages['cercasi-famiglie-volontarie'].title));

    // A spoken language finds the mediators who speak it; they link to the mediators page.
    const ukrainianSpeakers = await search(stack.portalUrl, 'it', 'ucraino');
    assert.ok(ukrainianSpeakers.results.some((result) => result.href === '/it/mediators'));
  });

  it('renders the same results without JavaScript, words marked, untranslated entries marked Italian', async () => {
    const page = await getPage(`${stack.portalUrl}/it/search?q=ospedale`);
    assert.equal(page.status, 200);
    assert.match(page.html, /<mark>[Oo]spedale<\/mark>/);
    assert.ok(page.html.includes(`href="/it/services/${entry('services', 'mediazione-linguistico-culturale', 'it').slug}"`));

    // "Storie di migrazione" has no Urdu text: found in Urdu, in Italian, said so.
    const urdu = await search(stack.portalUrl, 'ur', 'migrazione');
    const story = urdu.results.find((result) => titleOf(result) === entry('school-workshops', 'storie-di-migrazione', 'it').title);
    assert.equal(story?.lang, 'it');
    const urduPage = await getPage(`${stack.portalUrl}/ur/search?q=migrazione`);
    assert.match(urduPage.html, /<article class="card search-result"[^>]* lang="it" dir="ltr">/);
  });

  it('answers a bad request with a 400 and a message, an empty query with nothing', async () => {
    const response = await fetch(`${stack.portalUrl}/api/search?locale=xx&q=test`);
    assert.equal(response.status, 400);
    assert.match((await response.json()).error, /locale/);
    assert.equal((await search(stack.portalUrl, 'it', ' ')).total, 0);
  });

  it('a published change is searchable a moment later (the CMS notifies the portal)', async () => {
    const staff = tokenSession(stack.cmsUrl, stack.adminToken);
    const workshop = await staff.findBySlug(WORKSHOP, 'it', WORKSHOP_KEY);
    await search(stack.portalUrl, 'it', 'dialogo'); // the index is built
    const word = newWord();
    await staff.saveDraft(WORKSHOP, workshop.documentId, 'it', { summary: `${workshop.summary} ${word}` });
    assert.equal((await search(stack.portalUrl, 'it', word)).total, 0, 'a draft is not searchable');
    // The results page of a repeated query is sent from the portal's memory…
    const workshopLink = `href="/it/school-workshops/${workshop.slug}"`;
    const resultsPage = async () => {
      const response = await fetch(`${stack.portalUrl}/it/search?${new URLSearchParams({ q: word })}`);
      return { cache: response.headers.get('x-search-cache'), html: await response.text() };
    };
    const repeated = [await resultsPage(), await resultsPage()];
    assert.deepEqual(
      repeated.map((page) => page.cache),
      ['MISS', 'HIT'],
    );
    assert.ok(!repeated[1].html.includes(workshopLink));
    const publishedAt = Date.now();
    await staff.publish(WORKSHOP, workshop.documentId, 'it');
    await waitFor(`"${word}" to be found`, async () => ((await search(stack.portalUrl, 'it', word)).total === 1 ? true : undefined), 5_000);
    console.log(`searchable ${Date.now() - publishedAt} ms after Publish`);
    // …until a change reaches the index: then rendered again, with the entry.
    const changed = await resultsPage();
    assert.equal(changed.cache, 'MISS');
    assert.ok(changed.html.includes(workshopLink), 'the results page shows the published entry');
    // Languages showing the Italian text have it too; the translated ones do not.
    assert.equal((await search(stack.portalUrl, 'en', word)).total, 0);
  });
});

describe('two portal instances on one Redis', () => {
  /** @type {Array<{ url: string, stop: () => Promise<void> }>} */
  const portals = [];
  const prefix = `welfare-test-search-${randomBytes(6).toString('hex')}:`;

  before(async () => {
    const env = {
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      ...sharedSecretsOf(process.env),
    };
    portals.push(
      ...(await Promise.all([
        startPortal({ cmsUrl: stack.cmsUrl, logDir: stack.logDir, name: 'search-a', extraEnv: env }),
        startPortal({ cmsUrl: stack.cmsUrl, logDir: stack.logDir, name: 'search-b', extraEnv: env }),
      ])),
    );
  });

  after(async () => {
    await Promise.all(portals.splice(0).map((portal) => portal.stop()));
  });

  it('a notice reaching one instance updates the other’s index within 5 s', async () => {
    const [a, b] = portals;
    const staff = tokenSession(stack.cmsUrl, stack.adminToken);
    const workshop = await staff.findBySlug(WORKSHOP, 'it', WORKSHOP_KEY);
    for (const portal of portals) assert.ok((await search(portal.url, 'it', 'dialogo')).total > 0); // both indexes built

    // Published in the CMS, which notifies only the stack's own portal: A and B do not know yet.
    const word = newWord();
    await staff.saveDraft(WORKSHOP, workshop.documentId, 'it', { summary: `${workshop.summary} ${word}` });
    await staff.publish(WORKSHOP, workshop.documentId, 'it');
    assert.equal((await search(b.url, 'it', word)).total, 0, 'B answers from its index until told');

    // The CMS's notice, sent to A only; A tells B over Redis.
    const response = await fetch(`${a.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${stack.revalidateSecret}` },
      body: JSON.stringify({
        event: 'publish',
        type: 'school-workshop',
        documentId: workshop.documentId,
        locales: ['it'],
        published: { before: [{ locale: 'it', slug: WORKSHOP_KEY }], after: [{ locale: 'it', slug: WORKSHOP_KEY }] },
        shownBy: [],
      }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal((await search(a.url, 'it', word)).total, 1, 'A re-read the entry before answering the notice');
    const { elapsedMs } = await waitFor(
      `B to find "${word}"`,
      async () => ((await search(b.url, 'it', word)).total === 1 ? true : undefined),
      5_000,
    );
    console.log(`B found the change ${elapsedMs} ms after A was notified`);
  });
});
