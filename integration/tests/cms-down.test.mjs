// @ts-check
/**
 * The CMS falls: the portal keeps serving what it has served, answers a localized 503 for what it
 * never rendered, and heals by itself when the CMS is back. A stack of its own (a CMS it can stop).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freePort } from '@welfare/test-support/processes';
import { startCms, startPortal } from '@welfare/test-support/stack';
import { temporarySqlite } from '@welfare/test-support/temporary-database';
import { getPage, stack, waitFor } from '../support/stack-env.mjs';

const database = temporarySqlite();
/** @type {{ url: string, stop: () => Promise<void> } | undefined} */
let cms;
/** @type {{ url: string, stop: () => Promise<void> } | undefined} */
let portal;
let cmsPort = 0;
/** A service in Italian and in Arabic. */
const service = { it: '', ar: '', title: '' };

const startOurCms = () =>
  startCms({
    databaseEnv: database.env,
    logDir: stack.logDir,
    name: 'cms-down-cms',
    port: cmsPort,
    extraEnv: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000' },
  });

before(async () => {
  cmsPort = await freePort();
  cms = await startOurCms();
  const api = async (/** @type {string} */ query) => (await (await fetch(`${cms?.url}/api/services?${query}`)).json()).data[0];
  const italian = await api('locale=it&sort=title&populate[localizations][fields][0]=slug&populate[localizations][fields][1]=locale');
  service.it = italian.slug;
  service.title = italian.title;
  service.ar = italian.localizations.find((/** @type {{ locale: string }} */ localization) => localization.locale === 'ar').slug;
  portal = await startPortal({
    cmsUrl: cms.url,
    logDir: stack.logDir,
    name: 'cms-down-portal',
    // A floor of 1 s: the cached page goes stale during the test, and its refresh fails.
    extraEnv: { CMS_REVALIDATE_SECONDS: '1', CMS_TIMEOUT_MS: '2000' },
  });
});

after(async () => {
  await portal?.stop();
  await cms?.stop();
  await database.drop();
});

const page = (/** @type {string} */ pagePath) => getPage(`${portal?.url}${pagePath}`);

describe('pages past their revalidation time (a floor of 1 s here)', () => {
  it('a page re-rendered in the background keeps its title and description', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const services = await page('/it/services');
      assert.equal(services.status, 200);
      assert.match(services.html, /<title>Servizi<\/title>/, `request ${attempt + 1}`);
      assert.match(services.html, /<meta name="description" content="[^"]+"/, `request ${attempt + 1}`);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
    }
  });

  it('a 404 page is the localized 404 page, title and description included, on every request', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const missing = await page('/ar/pagina-inesistente');
      assert.equal(missing.status, 404);
      assert.match(missing.html, /<title>الصفحة غير موجودة<\/title>/, `request ${attempt + 1}`);
      assert.match(missing.html, /<meta name="description" content="[^"]+"/, `request ${attempt + 1}`);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
    }
  });
});

describe('with the CMS stopped', () => {
  it('pages already generated are still served as they were, even once stale', async () => {
    const served = await page(`/it/services/${service.it}`);
    assert.equal(served.status, 200);
    assert.ok(served.html.includes(service.title));
    assert.equal((await page('/it')).status, 200);

    await cms?.stop();
    // Past the floor: each request now serves the cached page and tries a refresh that fails.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const again = await page(`/it/services/${service.it}`);
      assert.equal(again.status, 200);
      assert.ok(again.html.includes(service.title), 'the content, not an error page');
      assert.equal((await page('/it')).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });

  it('a page never generated answers 503 with Retry-After, in the language of its address', async () => {
    const startedAt = Date.now();
    const unavailable = await page(`/ar/services/${service.ar}`);
    console.log(`503 answered in ${Date.now() - startedAt} ms`);
    assert.equal(unavailable.status, 503);
    assert.ok(Number(unavailable.headers.get('retry-after')) > 0);
    assert.equal(unavailable.headers.get('cache-control'), 'no-store');
    assert.match(unavailable.html, /<html lang="ar" dir="rtl">/);
    assert.ok(unavailable.html.includes('الخدمة غير متاحة مؤقتًا'));
    assert.ok(!unavailable.html.includes('__next_error__'), "none of Next's error shell");
  });

  it('when the CMS is back, the same page renders, with no restart of the portal', async () => {
    cms = await startOurCms();
    const { value } = await waitFor('the Arabic page to render', async () => {
      const answer = await page(`/ar/services/${service.ar}`);
      return answer.status === 200 ? answer : undefined;
    });
    assert.match(value.html, /<html lang="ar" dir="rtl"/);
  });
});
