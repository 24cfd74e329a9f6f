// @ts-check
/* global window, document -- page.addInitScript() callbacks run in the browser */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { entry } from '@welfare/test-support/content';
import { open, portalUrl, scriptsDidNotRun, useBrowser } from '../support/portal.mjs';

/**
 * Pages served from the cache carry one policy, whose script-src lists the hashes of their inline
 * scripts and never 'unsafe-inline' (apps/web/server/content-security-policy.mjs). In Chromium
 * every script of such a page runs and nothing is refused, in every script direction.
 */
const newVisitor = useBrowser({ before, after });

const pages = [
  '/it',
  '/ar/services',
  `/ar/services/${entry('services', 'mediazione-linguistico-culturale', 'ar').slug}`,
  `/ur/events/${entry('events', 'presentazione-consulta-stranieri', 'ur').slug}`,
  '/it/mediators',
];

describe('the script policy of cached pages, in the browser', () => {
  for (const path of pages) {
    test(`${path}: served from the cache, every script runs, nothing refused`, async () => {
      // Rendered once before: the browser gets the cached copy with its hashes.
      await (await fetch(portalUrl(path))).arrayBuffer();
      const { context, page } = await newVisitor();
      try {
        await page.addInitScript(() => {
          /** @type {string[]} */
          const refused = [];
          Object.assign(window, { refusedByPolicy: refused });
          document.addEventListener('securitypolicyviolation', (event) =>
            refused.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} ${event.sample}`),
          );
        });
        const response = await open(page, path);
        const headers = await response.headersArray();
        assert.equal(headers.find(({ name }) => name.toLowerCase() === 'x-nextjs-cache')?.value, 'HIT', `${path}: from the cache`);
        const policies = headers.filter(({ name }) => name.toLowerCase() === 'content-security-policy').map(({ value }) => value);
        assert.equal(policies.length, 1, `${path}: one policy`);
        assert.match(policies[0], /(?:^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/, path);
        await page.waitForLoadState('load');
        assert.equal(await scriptsDidNotRun(page), false, `${path}: Next's inline scripts ran`);
        assert.deepEqual(
          await page.evaluate(() => /** @type {{ refusedByPolicy: string[] }} */ (/** @type {unknown} */ (window)).refusedByPolicy),
          [],
          path,
        );
      } finally {
        await context.close();
      }
    });
  }
});
