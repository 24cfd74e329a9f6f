// @ts-check
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { after, before, describe, test } from 'node:test';
import { ONE_LOCALE_PER_SCRIPT } from '@welfare/test-support/locales';
import { pageKinds } from '../support/page-kinds.mjs';
import { DESKTOP, PHONE, horizontalOverflow, open, useBrowser } from '../support/portal.mjs';

/**
 * axe-core with the WCAG 2.0 and 2.1 A and AA rules on every kind of page, in Italian, every
 * right-to-left language and one language of each other script (today it, ar, ur, uk), at a phone's width and a desktop's: no
 * violation. At the phone's width nothing may scroll sideways either.
 */
const newVisitor = useBrowser({ before, after });
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = [
  { name: `phone (${PHONE.width} px)`, viewport: PHONE, checkReflow: true },
  { name: `desktop (${DESKTOP.width} px)`, viewport: DESKTOP, checkReflow: false },
];

/** @param {import('axe-core').Result[]} violations */
function describeViolations(violations) {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n')}`,
    )
    .join('\n');
}

for (const code of ONE_LOCALE_PER_SCRIPT) {
  for (const width of WIDTHS) {
    describe(`${code}, ${width.name}`, () => {
      /** @type {Awaited<ReturnType<typeof newVisitor>>} */
      let visitor;
      before(async () => {
        visitor = await newVisitor({ viewport: width.viewport });
      });
      after(async () => {
        await visitor?.context.close();
      });

      for (const { kind, path, status, openLanguageMenu } of pageKinds(code)) {
        test(`${kind}: ${decodeURIComponent(path)}`, async () => {
          const { page } = visitor;
          await open(page, path, { status });
          if (openLanguageMenu) await page.locator('.language-menu summary').click();
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
          assert.equal(violations.length, 0, `axe found WCAG A/AA violations:\n${describeViolations(violations)}`);
          if (width.checkReflow) assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');
        });
      }
    });
  }
}
