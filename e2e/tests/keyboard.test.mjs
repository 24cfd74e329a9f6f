// @ts-check
/* global document, getComputedStyle, innerHeight, innerWidth -- page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { entry, locale, messages } from '@welfare/test-support/content';
import { DEFAULT_LOCALE, RTL_LOCALES } from '@welfare/test-support/locales';
import { currentPath, htmlLangDir, open, useBrowser } from '../support/portal.mjs';

/** Keyboard only: every step by Tab and Enter, each focused element visibly marked. */
const newVisitor = useBrowser({ before, after });
const SERVICE = 'mediazione-linguistico-culturale';

/** What has the focus, and whether the visitor can see it (a focus ring, on screen). */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? '').trim(),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    };
  });
}

/** Presses Tab until `wanted` has the focus; every stop on the way must show where the focus is. */
async function tabTo(page, wanted, describeWanted, maxPresses = 30) {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.ok(now, 'the focus left the page');
    assert.ok(now.ring, `no visible focus ring on <${now.tag}> "${now.text}"`);
    assert.ok(now.onScreen, `the focused <${now.tag}> "${now.text}" is off screen`);
    if (wanted(now)) return now;
  }
  throw new Error(`${describeWanted} never got the focus in ${maxPresses} presses of Tab`);
}

// Italian and the first right-to-left language, each switching to the other.
for (const [code, other] of [
  [DEFAULT_LOCALE, RTL_LOCALES[0]],
  [RTL_LOCALES[0], DEFAULT_LOCALE],
]) {
  const ui = messages(code);

  describe(`${code} visitor, keyboard only`, () => {
    test('skips to the content, then reaches a service through the menu', async () => {
      const { context, page } = await newVisitor();
      try {
        await open(page, `/${code}`);
        await tabTo(page, (element) => element.text === ui.Layout.skipToContent, 'the skip link', 1);
        await page.keyboard.press('Enter');
        assert.equal((await focused(page))?.id, 'main', 'the skip link moves the focus to the main content');

        await open(page, `/${code}`);
        await tabTo(page, (element) => element.tag === 'a' && element.text === ui.Navigation.services, 'the menu link to the services');
        await Promise.all([page.waitForURL(`**/${code}/services`), page.keyboard.press('Enter')]);
        const service = entry('services', SERVICE, code);
        await tabTo(page, (element) => element.text === service.title, 'the link to the service', 60);
        await Promise.all([page.waitForURL(`**/${code}/services/${service.slug}`), page.keyboard.press('Enter')]);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), service.title);
      } finally {
        await context.close();
      }
    });

    test(`opens the language menu and switches to ${other} on the same service`, async () => {
      const { context, page } = await newVisitor();
      try {
        const service = entry('services', SERVICE, code);
        await open(page, `/${code}/services/${service.slug}`);
        await tabTo(page, (element) => element.tag === 'summary', 'the language menu');
        assert.equal(await page.locator('.language-menu').getAttribute('open'), null, 'the menu starts closed');
        await page.keyboard.press('Enter');
        assert.notEqual(await page.locator('.language-menu').getAttribute('open'), null, 'Enter opens the menu');

        const target = locale(other);
        await tabTo(page, (element) => element.tag === 'a' && element.text === target.nativeName, `the link to ${target.nativeName}`, 10);
        const translated = entry('services', SERVICE, other);
        await Promise.all([page.waitForURL(`**/${other}/services/${translated.slug}`), page.keyboard.press('Enter')]);
        assert.equal(currentPath(page), `/${other}/services/${translated.slug}`);
        assert.deepEqual(await htmlLangDir(page), { lang: other, dir: target.direction });
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), translated.title);
      } finally {
        await context.close();
      }
    });
  });
}
