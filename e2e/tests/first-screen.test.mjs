// @ts-check
/* global document, window, Node, HTMLElement -- page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pageKinds } from '../support/page-kinds.mjs';
import { open, useBrowser } from '../support/portal.mjs';

/**
 * What a citizen sees first on a small phone (360 × 640) is the content: on every kind of page, in
 * Italian, Arabic and Urdu, the main heading and the first line of the page's own text (the first
 * paragraph, list item, field or term after the heading, page tools left out) start inside the
 * screen without scrolling. The page tools (share, actions) come after the heading.
 */
const newVisitor = useBrowser({ before, after });
const SMALL_PHONE = { width: 360, height: 640 };

for (const code of ['it', 'ar', 'ur']) {
  describe(`${code}, first screen of a ${SMALL_PHONE.width} × ${SMALL_PHONE.height} phone`, () => {
    /** @type {Awaited<ReturnType<typeof newVisitor>>} */
    let visitor;
    before(async () => {
      visitor = await newVisitor({ viewport: SMALL_PHONE });
    });
    after(async () => {
      await visitor?.context.close();
    });

    for (const { kind, path, status } of pageKinds(code).filter((candidate) => !candidate.openLanguageMenu)) {
      test(`${kind}: ${decodeURIComponent(path)}`, async () => {
        const { page } = visitor;
        await open(page, path, { status });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const found = await page.evaluate(() => {
          const heading = document.querySelector('main h1');
          if (!heading) return null;
          const skipped = '.page-tools, .breadcrumbs';
          const text = [
            ...document.querySelectorAll(
              'main p, main li, main dd, main dt, main legend, main label, main input, main select, main textarea',
            ),
          ].find(
            (element) =>
              heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
              !element.closest(skipped) &&
              element instanceof HTMLElement &&
              element.offsetParent !== null &&
              (element.textContent?.trim() || element.matches('input, select')),
          );
          const box = (/** @type {Element} */ element) => {
            const rect = element.getBoundingClientRect();
            const lineHeight = parseFloat(window.getComputedStyle(element).lineHeight) || rect.height;
            return {
              top: rect.top + window.scrollY,
              firstLine: rect.top + window.scrollY + Math.min(rect.height, lineHeight),
              tag: element.tagName.toLowerCase(),
              text: (element.textContent ?? '').trim().slice(0, 40),
            };
          };
          const tools = document.querySelector('main .page-tools');
          return {
            heading: box(heading),
            text: text ? box(text) : null,
            toolsAfterHeading: tools ? Boolean(heading.compareDocumentPosition(tools) & Node.DOCUMENT_POSITION_FOLLOWING) : null,
          };
        });
        assert.ok(found, 'the page has a main heading');
        assert.ok(
          found.heading.top >= 0 && found.heading.firstLine <= SMALL_PHONE.height,
          `the heading starts at ${found.heading.top} px: its first line is not on the first screen`,
        );
        assert.ok(found.text, 'the page has text after its heading');
        assert.ok(
          found.text.firstLine <= SMALL_PHONE.height,
          `the first text after the heading (<${found.text.tag}> "${found.text.text}") starts at ${Math.round(found.text.top)} px: not on the first screen`,
        );
        if (found.toolsAfterHeading !== null) assert.equal(found.toolsAfterHeading, true, 'the page tools come after the heading');
      });
    }
  });
}
