// @ts-check
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { after, before, describe, test } from 'node:test';
import { tokenSession } from '@welfare/test-support/admin';
import { POSTER_EVENT, POSTER_FILE, entryData, uploadImages } from '../../integration/support/staff-entries.mjs';
import { entry } from '@welfare/test-support/content';
import { PHONE, horizontalOverflow, open, useBrowser } from '../support/portal.mjs';

/**
 * What staff can write is accessible too: an event and a service with every block, mark and field
 * at its longest (mixed right-to-left and left-to-right text, emoji, an image in the rich text, a
 * poster), written through the admin API, pass axe (WCAG 2.1 A/AA) at a phone's width, in Italian
 * and as the Italian fallback in Arabic (right to left), and never scroll sideways. A phone then
 * loads the poster in the size its screen needs.
 */
const newVisitor = useBrowser({ before, after });
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const RUN = Date.now().toString(36);

function required(/** @type {string} */ name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\` (or \`node e2e/run.mjs\`).`);
  return value;
}

/** @type {Array<{ name: string, path: (code: string) => string }>} */
const pages = [];

before(async () => {
  const cmsUrl = required('E2E_CMS_URL');
  const staff = tokenSession(cmsUrl, required('E2E_ADMIN_TOKEN'));
  const images = await uploadImages(staff, RUN);
  for (const [name, uid, segment] of [
    ['event', 'api::event.event', 'events'],
    ['service', 'api::service.service', 'services'],
  ]) {
    const data = entryData(name, `A${RUN}${name}`, true, images, cmsUrl);
    const created = await staff.createDraft(uid, 'it', data);
    await staff.publish(uid, created.documentId, 'it');
    // The publish answers before the CMS's change notice reaches the portal: wait for the page.
    const address = `${required('E2E_PORTAL_URL')}/it/${segment}/${data.slug}`;
    for (let attempt = 0; attempt < 60 && (await fetch(address)).status !== 200; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 250));
    pages.push({ name, path: (code) => `/${code}/${segment}/${data.slug}` });
  }
});

for (const code of ['it', 'ar']) {
  describe(`${code}, phone (${PHONE.width} px): entries staff wrote with every block and field`, () => {
    for (const name of ['event', 'service']) {
      test(`${name}: axe finds nothing, nothing scrolls sideways`, async () => {
        const { context, page } = await newVisitor({ viewport: PHONE });
        try {
          const target = pages.find((candidate) => candidate.name === name);
          assert.ok(target, `the ${name} was written`);
          await open(page, target.path(code));
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
          assert.deepEqual(
            violations.map(
              (violation) =>
                `${violation.id}: ${violation.nodes
                  .slice(0, 3)
                  .map((node) => node.target.join(' '))
                  .join(', ')}`,
            ),
            [],
          );
          assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');
        } finally {
          await context.close();
        }
      });
    }
  });
}

describe('a demo event’s poster on a 360 px phone', () => {
  for (const deviceScaleFactor of [1, 2]) {
    test(`at ${deviceScaleFactor}x loads no more than the original`, async (t) => {
      const { context, page } = await newVisitor({ viewport: { width: 360, height: 740 }, deviceScaleFactor });
      try {
        /** @type {Map<string, number>} */
        const downloaded = new Map();
        page.on('response', async (response) => {
          if (new URL(response.url()).pathname.startsWith('/uploads/'))
            downloaded.set(new URL(response.url()).pathname, (await response.body()).byteLength);
        });
        await open(page, `/it/events/${entry('events', POSTER_EVENT, 'it').slug}`);
        const poster = page.locator('.poster img');
        await poster.scrollIntoViewIfNeeded();
        await page.waitForFunction(
          () => /** @type {HTMLImageElement | null} */ (globalThis.document.querySelector('.poster img'))?.complete,
        );
        const current = new URL(await poster.evaluate((img) => /** @type {HTMLImageElement} */ (img).currentSrc)).pathname;
        await page.waitForTimeout(200);
        const bytes = [...downloaded.values()].reduce((sum, size) => sum + size, 0);
        const original = fs.statSync(POSTER_FILE).size;
        t.diagnostic(
          `poster at 360 px ${deviceScaleFactor}x: ${current}, ${bytes} bytes of images downloaded (the demo file: ${original} bytes before Strapi's optimisation)`,
        );
        assert.equal(downloaded.size, 1, `one image file: ${[...downloaded.keys()].join(', ')}`);
      } finally {
        await context.close();
      }
    });
  }
});
