// @ts-check
/* global document, self -- page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { launchChromium } from '@welfare/test-support/browser';

/** The portal started by e2e/run.mjs. */
export function portalUrl(path = '') {
  const base = process.env.E2E_PORTAL_URL;
  if (!base) throw new Error('E2E_PORTAL_URL is not set: run the browser tests with `npm run test:e2e` (or `node e2e/run.mjs`).');
  return `${base}${path}`;
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * One Chromium for a test file, and a fresh context (cookies, cache) per visitor.
 * @param {{ before: Function, after: Function }} hooks node:test's before/after
 */
export function useBrowser({ before, after }) {
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  /**
   * @param {{ javaScriptEnabled?: boolean, viewport?: { width: number, height: number }, deviceScaleFactor?: number }} [options]
   */
  return async function newVisitor(options = {}) {
    if (!browser) throw new Error('The browser is not started');
    const context = await browser.newContext({ viewport: DESKTOP, ...options });
    const page = await context.newPage();
    return { context, page };
  };
}

/** Opens a portal page and checks the answer's status. */
export async function open(page, path, { status = 200 } = {}) {
  const response = await page.goto(portalUrl(path));
  assert.ok(response, `no response for ${path}`);
  assert.equal(response.status(), status, `${path} answered ${response.status()}`);
  return response;
}

/** The language and direction the page declares on <html>. */
export async function htmlLangDir(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

/** True when none of the page's scripts ran (Next's inline bootstrap defines self.__next_f). */
export async function scriptsDidNotRun(page) {
  return page.evaluate(() => !('__next_f' in self));
}

/** Path of the current page, with its query, decoded. */
export function currentPath(page) {
  const url = new URL(page.url());
  return decodeURIComponent(url.pathname + url.search);
}

/** How far the page reaches past the viewport's width (0: nothing scrolls sideways). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}
