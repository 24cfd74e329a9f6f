// @ts-check
/**
 * What a visitor can make the portal do with an address: the page rating's "back" link only ever
 * points to a page of this site (any spelling a browser reads as another host falls back to the
 * home page), and Next's image optimizer, which no page uses, does not answer at all.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messages } from '@welfare/test-support/content';
import { stack } from '../support/stack-env.mjs';

const PORTAL = stack.portalUrl;
const BACK = /** @type {{ PageRating: { backToPage: string } }} */ (messages('it')).PageRating.backToPage;

/** The addresses of the "back to the page" links of the rating page without JavaScript. @param {string} html */
function backLinks(html) {
  return [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)]
    .filter(([, , text]) => text.trim() === BACK)
    .map(([, href]) => href.replace(/&amp;/g, '&'));
}

/** Where a link's address takes a browser on this page. @param {string} href @param {string} pageUrl */
const resolved = (href, pageUrl) => new URL(href, pageUrl);

describe('the page rating’s way back', () => {
  it('keeps a page of this site', async () => {
    const url = `${PORTAL}/it/page-rating?page=${encodeURIComponent('/it/services')}&sent=1`;
    const html = await (await fetch(url)).text();
    assert.ok(backLinks(html).includes('/it/services'));
  });

  for (const address of [
    '\\\\evil.example/it/x',
    '\\/evil.example/it',
    '/\\evil.example/it',
    '//evil.example/it',
    'https:/it/services',
    'https://evil.example/it',
    '/\t/evil.example/it',
    '%5C%5Cevil.example/it',
    '/%2F/evil.example/it',
    'javascript:alert(1)//it',
  ]) {
    it(`never leaves the site for ${JSON.stringify(address)}`, async () => {
      for (const step of ['sent=1', 'score=2']) {
        const url = `${PORTAL}/it/page-rating?page=${encodeURIComponent(address)}&${step}`;
        const response = await fetch(url);
        assert.equal(response.status, 200);
        const links = backLinks(await response.text());
        assert.ok(links.length > 0);
        for (const href of links) {
          const target = resolved(href, url);
          assert.equal(target.origin, new URL(PORTAL).origin, `${href} leaves the site`);
          assert.ok(!href.includes('evil.example'), href);
        }
      }
    });
  }
});

describe('Next’s image optimizer', () => {
  it('does not answer: no page uses it', async () => {
    for (const query of [
      'url=%2Ficons%2Ficon-192.png&w=64&q=75',
      'url=%2Ficons%2Ficon-512.png&w=3840&q=100',
      'url=https%3A%2F%2Fevil.example%2Fx.png&w=64&q=75',
    ]) {
      const response = await fetch(`${PORTAL}/_next/image?${query}`, { redirect: 'manual' });
      assert.ok(response.status >= 400 && response.status < 500, `${query}: ${response.status}`);
      assert.doesNotMatch(response.headers.get('content-type') ?? '', /^image\//);
    }
  });
});
