// @ts-check
/**
 * Notices (issue 24): staff publish a notice for a service and one for the whole site; the change
 * notice refreshes the pages they concern and the home on the portal, in Italian and, with the
 * fallback marking, in English; a page they do not concern stays without them; once their end has
 * passed they are gone (checked on a second portal with a revalidation floor of 1 s, the floor
 * that catches a lost change notice). A notice starting a few seconds ahead shows on the main
 * portal (whose floor is long) at its start and goes at its end, in search too: the CMS sends its
 * change notice at both moments.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { tokenSession } from '@welfare/test-support/admin';
import { startPortal } from '@welfare/test-support/stack';
import { getPage, stack, waitFor } from '../support/stack-env.mjs';

const { contentTypeUid } = /** @type {typeof import('@welfare/types')} */ (createRequire(import.meta.url)('@welfare/types'));
const RUN = Date.now().toString(36);
const FOR_SERVICE = `Avviso servizio ${RUN}`;
const FOR_SITE = `Avviso sito ${RUN}`;
/** How long the notices are in force from their publication: time for the checks before the end. */
const IN_FORCE_MS = 75_000;

/** @type {{ url: string, stop: () => Promise<void> } | undefined} */
let floorPortal;
const service = { documentId: '', it: '', en: '' };
let otherService = '';
let endsAt = 0;

/** @param {string} query */
async function services(query) {
  const response = await fetch(`${stack.cmsUrl}/api/services?${query}`);
  return /** @type {{ data: Array<{ documentId: string, slug: string, localizations?: Array<{ locale: string, slug: string }> }> }} */ (
    await response.json()
  ).data;
}

/** The HTML as a reader sees its text (React's entities and text-node comments undone). */
const text = (/** @type {string} */ html) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
const shows = async (/** @type {string} */ base, /** @type {string} */ pagePath, /** @type {string} */ title) => {
  const page = await getPage(`${base}${pagePath}`);
  assert.equal(page.status, 200, pagePath);
  return text(page.html).includes(title);
};

before(async () => {
  const [sportello] = await services(
    'locale=it&filters[slug][$eq]=sportello-informativo-stranieri&populate[localizations][fields][0]=slug&populate[localizations][fields][1]=locale',
  );
  service.documentId = sportello.documentId;
  service.it = sportello.slug;
  service.en = sportello.localizations?.find((localization) => localization.locale === 'en')?.slug ?? '';
  assert.ok(service.en, 'the demo service has an English translation');
  otherService = (await services('locale=it&filters[slug][$eq]=famiglie-solidali'))[0].slug;

  // The pages as visitors have them in the cache before the notices exist.
  for (const pagePath of [
    '/it',
    `/it/services/${service.it}`,
    `/en/services/${service.en}`,
    `/it/services/${otherService}`,
    '/it/events',
  ]) {
    assert.equal((await getPage(`${stack.portalUrl}${pagePath}`)).status, 200, pagePath);
  }
  floorPortal = await startPortal({
    cmsUrl: stack.cmsUrl,
    logDir: stack.logDir,
    name: 'notice-floor-portal',
    extraEnv: { CMS_REVALIDATE_SECONDS: '1' },
  });

  const staff = tokenSession(stack.cmsUrl, stack.adminToken);
  const uid = contentTypeUid('notice');
  const startsAt = new Date(Date.now() - 60_000).toISOString();
  endsAt = Date.now() + IN_FORCE_MS;
  const common = { summary: `Testo dell'avviso ${RUN}.`, startsAt, endsAt: new Date(endsAt).toISOString() };
  const forService = await staff.createDraft(uid, 'it', {
    ...common,
    title: FOR_SERVICE,
    severity: 'urgent',
    services: [service.documentId],
  });
  await staff.publish(uid, forService.documentId, 'it');
  const forSite = await staff.createDraft(uid, 'it', { ...common, title: FOR_SITE, severity: 'info', wholeSite: true });
  await staff.publish(uid, forSite.documentId, 'it');
});

after(async () => {
  await floorPortal?.stop();
});

describe('a notice in force', () => {
  it('is on the page of the service it concerns and on the home once published, severity in words', async () => {
    await waitFor('the notice on the service page', async () =>
      (await shows(stack.portalUrl, `/it/services/${service.it}`, FOR_SERVICE)) ? true : undefined,
    );
    await waitFor('the notice on the home', async () => ((await shows(stack.portalUrl, '/it', FOR_SERVICE)) ? true : undefined));
    const page = text((await getPage(`${stack.portalUrl}/it/services/${service.it}`)).html);
    assert.match(page, /<section class="notices" aria-labelledby="notices-heading"[^>]*><h2 id="notices-heading">Avvisi<\/h2>/);
    assert.match(page, /Urgente/);
  });

  it('is in Italian, marked, on the English page of that service', async () => {
    await waitFor('the notice on the English page', async () =>
      (await shows(stack.portalUrl, `/en/services/${service.en}`, FOR_SERVICE)) ? true : undefined,
    );
    const page = text((await getPage(`${stack.portalUrl}/en/services/${service.en}`)).html);
    assert.ok(page.includes(`<h3 lang="it" dir="ltr">${FOR_SERVICE}</h3>`), 'the Italian title carries its language');
    assert.match(page, /in Italian/);
  });

  it('for the whole site, is on every page that shows notices; for a service, not on another service', async () => {
    await waitFor('the whole-site notice on the events list', async () =>
      (await shows(stack.portalUrl, '/it/events', FOR_SITE)) ? true : undefined,
    );
    await waitFor('the whole-site notice on another service', async () =>
      (await shows(stack.portalUrl, `/it/services/${otherService}`, FOR_SITE)) ? true : undefined,
    );
    assert.equal(await shows(stack.portalUrl, `/it/services/${otherService}`, FOR_SERVICE), false);
    assert.equal(await shows(stack.portalUrl, '/it/events', FOR_SERVICE), false);
  });
});

describe('a notice starting in a few seconds', () => {
  const FOR_SOON = `Avviso imminente ${RUN}`;
  /** @param {string} pagePath */
  const onMainPortal = (pagePath) => shows(stack.portalUrl, pagePath, FOR_SOON);
  /** Whether the portal's search finds it, and where its result leads. */
  const found = async () => {
    const response = await fetch(`${stack.portalUrl}/api/search?locale=it&q=${encodeURIComponent(`imminente ${RUN}`)}`);
    const answer = /** @type {{ results: Array<{ type: string, href: string, title: Array<{ text: string }> }> }} */ (
      await response.json()
    );
    return answer.results.find((result) => result.title.map((part) => part.text).join('') === FOR_SOON);
  };

  it('appears on its service page, the home and in search at its start, and goes at its end, without the floor', async () => {
    const staff = tokenSession(stack.cmsUrl, stack.adminToken);
    const uid = contentTypeUid('notice');
    const startsAt = Date.now() + 8_000;
    const ends = startsAt + 10_000;
    const soon = await staff.createDraft(uid, 'it', {
      title: FOR_SOON,
      summary: `Sciopero del personale ${RUN}: lo sportello resta chiuso.`,
      severity: 'warning',
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(ends).toISOString(),
      services: [service.documentId],
    });
    await staff.publish(uid, soon.documentId, 'it');
    // Published, not yet in force: the pages rendered now (and cached) do not show it.
    for (const pagePath of [`/it/services/${service.it}`, '/it']) assert.equal(await onMainPortal(pagePath), false, pagePath);
    assert.equal(await found(), undefined, 'not a search result before its start');
    assert.ok(Date.now() < startsAt, 'the checks before the start took less than its delay');

    await new Promise((resolve) => setTimeout(resolve, startsAt - Date.now()));
    for (const pagePath of [`/it/services/${service.it}`, '/it']) {
      const { elapsedMs } = await waitFor(`${FOR_SOON} on ${pagePath} at its start`, async () =>
        (await onMainPortal(pagePath)) ? true : undefined,
      );
      console.log(`shown on ${pagePath} ${Date.now() - startsAt} ms after its start (waited ${elapsedMs} ms)`);
      assert.ok(Date.now() - startsAt < 5_000, `${pagePath} shows it within seconds of its start`);
    }
    assert.equal((await found())?.href, `/it/services/${service.it}`, 'found in search, leading to the service it concerns');

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, ends - Date.now())));
    for (const pagePath of [`/it/services/${service.it}`, '/it']) {
      await waitFor(`${FOR_SOON} gone from ${pagePath} at its end`, async () => ((await onMainPortal(pagePath)) ? undefined : true));
      assert.ok(Date.now() - ends < 5_000, `${pagePath} hides it within seconds of its end`);
    }
    assert.equal(await found(), undefined, 'not a search result after its end');
  });
});

describe('a notice past its end', () => {
  it('is gone from the pages it was on', async () => {
    const base = floorPortal?.url ?? '';
    // Before the end, the portal with the short floor shows them too.
    if (Date.now() < endsAt - 5_000) assert.equal(await shows(base, `/it/services/${service.it}`, FOR_SERVICE), true);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, endsAt - Date.now())));
    for (const [pagePath, title] of [
      [`/it/services/${service.it}`, FOR_SERVICE],
      ['/it', FOR_SERVICE],
      ['/it/events', FOR_SITE],
    ]) {
      await waitFor(`${title} gone from ${pagePath}`, async () => ((await shows(base, pagePath, title)) ? undefined : true), 30_000);
    }
  });
});
