// @ts-check
/**
 * The portal's own budget at the CMS (its token, CMS_API_TOKEN, limited on RATE_LIMIT_PORTAL_PER_MINUTE,
 * apart from the partners'): visitors cannot spend it by asking for invented addresses (an entry
 * page asks the CMS for its entry only when its slug is published: apps/web/lib/cms/known-slugs.ts),
 * and when it is spent the portal answers its outage page (a localized 503 with Retry-After), as
 * when the CMS is down, not a 500. A stack of its own: a CMS with small limits and the portal's token.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startCms, startPortal } from '@welfare/test-support/stack';
import { temporarySqlite } from '@welfare/test-support/temporary-database';
import { getPage, stack } from '../support/stack-env.mjs';

const BUDGET = 40;
const PORTAL_TOKEN = randomBytes(32).toString('hex');
const database = temporarySqlite();
/** @type {{ url: string, stop: () => Promise<void> } | undefined} */
let cms;
/** @type {{ url: string, stop: () => Promise<void> } | undefined} */
let portal;

before(async () => {
  cms = await startCms({
    databaseEnv: database.env,
    logDir: stack.logDir,
    name: 'portal-budget-cms',
    // The partners' limit as small as the portal's: a portal counted with the partners would be spent as soon.
    extraEnv: {
      CMS_API_TOKEN: PORTAL_TOKEN,
      RATE_LIMIT_PORTAL_PER_MINUTE: String(BUDGET),
      RATE_LIMIT_PARTNER_PER_MINUTE: String(BUDGET),
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    },
  });
  portal = await startPortal({
    cmsUrl: cms.url,
    logDir: stack.logDir,
    name: 'portal-budget-portal',
    extraEnv: { CMS_API_TOKEN: PORTAL_TOKEN },
  });
});

after(async () => {
  await portal?.stop();
  await cms?.stop();
  await database.drop();
});

const page = (/** @type {string} */ pagePath) => getPage(`${portal?.url}${pagePath}`);
/** A request to the CMS with the portal's token: what is left of its budget. */
const asThePortal = (/** @type {string} */ query) =>
  fetch(`${cms?.url}/api/services?${query}`, { headers: { Authorization: `Bearer ${PORTAL_TOKEN}` } });

describe('the portal’s budget at the CMS', () => {
  it('is not spent by invented addresses, however many', async () => {
    const invented = Array.from(
      { length: 3 * BUDGET },
      (_, index) =>
        `/${['it', 'ar', 'uk'][index % 3]}/${['services', 'events', 'pages'][index % 3]}/${randomBytes(6).toString('hex')}-${index}`,
    );
    for (const address of invented) assert.equal((await page(address)).status, 404, address);
    const left = await asThePortal('locale=it&pagination[pageSize]=1');
    assert.equal(left.status, 200, 'the portal’s token may still read');
    assert.ok(Number(left.headers.get('ratelimit-remaining')) > 0, `remaining ${left.headers.get('ratelimit-remaining')}`);
  });

  it('spent, a page never rendered is the outage page in its language: 503 with Retry-After, not a 500', async () => {
    // Someone (here the test, with the portal's own token) spends the rest of the minute's budget.
    for (let spent = 0; spent < 2 * BUDGET; spent += 1) {
      if ((await asThePortal(`locale=it&pagination[page]=${spent + 1}&pagination[pageSize]=1`)).status === 429) break;
    }
    assert.equal((await asThePortal('locale=it')).status, 429);

    const unavailable = await page('/uk/mediators');
    assert.equal(unavailable.status, 503);
    assert.ok(Number(unavailable.headers.get('retry-after')) > 0);
    assert.equal(unavailable.headers.get('cache-control'), 'no-store');
    assert.match(unavailable.html, /<html lang="uk" dir="ltr">/);
    assert.ok(!unavailable.html.includes('__next_error__'), "none of Next's error shell");
  });
});
