// @ts-check
/**
 * Notices (issue 24): staff publish a notice for a service and one for the whole site; the change
 * notice refreshes the pages they concern and the home on the portal, in Italian and, with the
 * fallback marking, in English; a page they do not concern stays without them; once their end has
 * passed they are gone. The end is checked on a second portal with a revalidation floor of 1 s
 * (a notice's end is a moment, not a change: pages follow it at the floor, CMS_REVALIDATE_SECONDS).
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
