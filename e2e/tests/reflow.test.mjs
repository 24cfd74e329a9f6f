// @ts-check
/* global window -- page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ONE_LOCALE_PER_SCRIPT } from '@welfare/test-support/locales';
import { pageKinds } from '../support/page-kinds.mjs';
import { DESKTOP, horizontalOverflow, open, useBrowser } from '../support/portal.mjs';

/**
 * Zoomed to 200 % (WCAG 1.4.4, 1.4.10), no page scrolls sideways. A 1280 px window at 200 % lays
 * pages out in 640 CSS pixels at two device pixels each: that is what the browser is given here.
 * (The 360 px phone width is checked with the accessibility rules.)
 */
const newVisitor = useBrowser({ before, after });
const ZOOMED = { viewport: { width: DESKTOP.width / 2, height: DESKTOP.height / 2 }, deviceScaleFactor: 2 };

for (const code of ONE_LOCALE_PER_SCRIPT) {
  describe(`${code}, desktop window zoomed to 200 %`, () => {
    /** @type {Awaited<ReturnType<typeof newVisitor>>} */
    let visitor;
    before(async () => {
      visitor = await newVisitor(ZOOMED);
    });
    after(async () => {
      await visitor?.context.close();
    });

    for (const { kind, path, status, openLanguageMenu } of pageKinds(code)) {
      test(`${kind}: ${decodeURIComponent(path)}`, async () => {
        const { page } = visitor;
        await open(page, path, { status });
        assert.equal(await page.evaluate(() => window.innerWidth), ZOOMED.viewport.width);
        if (openLanguageMenu) await page.locator('.language-menu summary').click();
        assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');
      });
    }
  });
}
