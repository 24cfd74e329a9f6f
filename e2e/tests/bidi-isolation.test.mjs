// @ts-check
/* global document, window, NodeFilter, HTMLOptionElement -- page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pageKinds } from '../support/page-kinds.mjs';
import { open, useBrowser } from '../support/portal.mjs';

/**
 * Text of one direction inside text of the other is isolated, on every kind of page of the demo:
 * in Arabic and Urdu, no Latin run (an Italian name, a phone number's groups) sits unisolated in
 * right-to-left text; in Italian, no Arabic-script run sits unisolated in left-to-right text. A run
 * is isolated when the element holding it takes its own direction (`<bdi>`, an element with `dir`),
 * or, in a select's option (text only), between U+2068 and U+2069.
 */
const newVisitor = useBrowser({ before, after });

/** Every visible run of the other direction whose element is of the page's direction, with its block's text. */
function unisolatedRuns() {
  const RTL = '\\p{Script=Arabic}\\p{Script=Hebrew}';
  const latinRun = new RegExp(
    `[\\p{Script=Latin}\\p{Script=Cyrillic}][^${RTL}]*[\\p{Script=Latin}\\p{Script=Cyrillic}]|[\\p{Script=Latin}\\p{Script=Cyrillic}]|[0-9]+\\s+[0-9][0-9\\s]*`,
    'gu',
  );
  const rtlRun = new RegExp(`[${RTL}](?:[^\\p{Script=Latin}\\p{Script=Cyrillic}]*[${RTL}])?`, 'gu');
  const hasRtl = new RegExp(`[${RTL}]`, 'u');
  const hasLatin = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent ?? '';
    if (!element || !text.trim() || element.closest('script, style, noscript, template')) continue;
    if (!element.checkVisibility() && !(element instanceof HTMLOptionElement)) continue;
    const rtlContext = element.matches(':dir(rtl)');
    // The block the text is part of: a run is "inside" text of the other direction when that block has some.
    let block = element;
    while (block.parentElement && window.getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    const blockText = block.textContent ?? '';
    if (rtlContext ? !hasRtl.test(blockText) : !hasLatin.test(blockText)) continue;
    const runs = text.match(rtlContext ? latinRun : rtlRun) ?? [];
    for (const run of runs) {
      if (!rtlContext && !hasRtl.test(run)) continue;
      if (
        element instanceof HTMLOptionElement &&
        new RegExp(`\u2068[^\u2069]*${run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\u2068]*\u2069`, 'u').test(text)
      )
        continue;
      found.push(
        `"${run.trim()}" in <${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}>: "${blockText.trim().replace(/\s+/g, ' ').slice(0, 90)}"`,
      );
    }
  }
  return found;
}

for (const code of ['it', 'ar', 'ur']) {
  describe(`${code}: runs of the other direction are isolated`, () => {
    /** @type {Awaited<ReturnType<typeof newVisitor>>} */
    let visitor;
    before(async () => {
      visitor = await newVisitor();
    });
    after(async () => {
      await visitor?.context.close();
    });

    for (const { kind, path, status } of pageKinds(code).filter((candidate) => !candidate.openLanguageMenu)) {
      test(`${kind}: ${decodeURIComponent(path)}`, async () => {
        const { page } = visitor;
        await open(page, path, { status });
        const found = await page.evaluate(unisolatedRuns);
        assert.deepEqual(found, [], `unisolated runs:\n${found.join('\n')}`);
      });
    }
  });
}

describe('isolation keeps what the citizen copies, searches and calls', () => {
  test('copying a paragraph gives its text unchanged, marks stay in search results, phone links keep their number', async () => {
    const { context, page } = await newVisitor();
    try {
      await open(page, '/ar/search?q=ASST');
      const marked = await page.locator('main mark').allTextContents();
      assert.ok(
        marked.some((text) => /asst/i.test(text)),
        `the Latin word is marked in the results (marks: ${marked.join(', ')})`,
      );
      assert.ok((await page.locator('main bdi mark').count()) > 0, 'the marked Latin word is inside its isolate');
      await open(page, '/ar');
      const telLinks = await page
        .locator('a[href^="tel:"]')
        .evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]));
      assert.ok(telLinks.length > 0);
      for (const [href, text] of telLinks)
        assert.equal(
          href?.replace(/\D/g, '').replace(/^39/, ''),
          (text ?? '').replace(/\D/g, '').replace(/^39/, ''),
          `${href} calls the number shown (${text})`,
        );
      const agency = page.locator('.brand-agency');
      assert.ok((await agency.locator('bdi').count()) > 0, 'the agency’s Italian name is isolated in the header');
      // What a copy takes: the text as written, no control characters added.
      const copied = await agency.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return selection?.toString() ?? '';
      });
      assert.doesNotMatch(copied, /[\u2066-\u2069\u200e\u200f\u202a-\u202e]/u);
      assert.match(copied, /Azienda Territoriale/);
    } finally {
      await context.close();
    }
  });
});
