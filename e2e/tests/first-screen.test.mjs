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

/**
 * A first visit (empty cache) downloads at most 120 kB of fonts in every script, Urdu included, and
 * exactly the fonts the page preloads: a preloaded font the page does not use is wasted bytes, and a
 * font it uses without preloading misses the first render (font-display: optional) and comes too late
 * to be of use on this page. Urdu headings and text are still drawn in Nastaliq.
 */
const FONT_BUDGET_BYTES = 120_000;

for (const code of ['it', 'en', 'ro', 'ar', 'ur', 'uk']) {
  describe(`${code}, fonts of a first visit`, () => {
    for (const { kind, path } of pageKinds(code).filter((candidate) => ['home', 'service'].includes(candidate.kind))) {
      test(`${kind}: ${decodeURIComponent(path)}`, async () => {
        const { context, page } = await newVisitor({ viewport: SMALL_PHONE });
        try {
          await open(page, path);
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const { fonts, preloads } = await page.evaluate(() => ({
            fonts: performance
              .getEntriesByType('resource')
              .filter((entry) => new URL(entry.name).pathname.endsWith('.woff2'))
              .map((entry) => ({ url: entry.name, bytes: /** @type {PerformanceResourceTiming} */ (entry).encodedBodySize })),
            preloads: [...document.querySelectorAll('link[rel="preload"][as="font"]')].map(
              (link) => /** @type {HTMLLinkElement} */ (link).href,
            ),
          }));
          const total = fonts.reduce((sum, font) => sum + font.bytes, 0);
          const list = fonts.map((font) => `${new URL(font.url).pathname} ${font.bytes} B`).join(', ');
          assert.ok(fonts.length > 0, 'the page downloads its fonts');
          assert.ok(total <= FONT_BUDGET_BYTES, `${total} bytes of fonts (budget ${FONT_BUDGET_BYTES}): ${list}`);
          assert.deepEqual(
            [...new Set(fonts.map((font) => font.url))].sort(),
            [...new Set(preloads)].sort(),
            'the fonts downloaded are the fonts preloaded',
          );

          if (code === 'ur') {
            // The fonts Chromium drew the heading and the first paragraph with (not only those declared),
            // on the next view: font-display: optional leaves a font out of the first one when it comes
            // later than about 100 ms (a busy machine, a slow network), by design.
            await page.reload();
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            const cdp = await context.newCDPSession(page);
            const { root } = await cdp.send('DOM.getDocument');
            await cdp.send('CSS.enable');
            for (const selector of ['main h1', 'main p']) {
              const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
              assert.ok(nodeId, `the page has ${selector}`);
              const { fonts: drawn } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
              const main = drawn.reduce((most, font) => (font.glyphCount > most.glyphCount ? font : most));
              assert.equal(main.familyName, 'Noto Nastaliq Urdu', `${selector} is drawn in ${JSON.stringify(drawn)}`);
              assert.equal(main.isCustomFont, true, `${selector} is drawn in the portal's own Nastaliq`);
            }
          }
        } finally {
          await context.close();
        }
      });
    }
  });
}
