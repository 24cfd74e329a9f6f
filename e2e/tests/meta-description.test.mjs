// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LOCALES } from '@welfare/test-support/locales';
import { pageKinds } from '../support/page-kinds.mjs';
import { portalUrl } from '../support/portal.mjs';

/**
 * Every kind of page in every language has a meta description (what a search engine or a shared
 * link shows under the title), in one line and of a useful length, and its language versions
 * (hreflang alternates) in the head only: the page's own address among them, x-default, every one
 * absolute on the portal, none in a Link header. Plain HTTP: what a crawler gets, no browser needed.
 */
const DESCRIPTION = /<meta name="description" content="([^"]*)"/g;
const ALTERNATE = /<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/gi;

/** @param {string} value */
const unescape = (value) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

for (const { code } of LOCALES) {
  describe(`${code}: every page kind`, () => {
    for (const kind of pageKinds(code).filter((candidate) => !candidate.openLanguageMenu)) {
      test(`${kind.kind} (${kind.path}) has one meta description, and its alternates in the head`, async () => {
        const response = await fetch(portalUrl(kind.path), { redirect: 'manual' });
        assert.equal(response.status, kind.status ?? 200);
        const html = await response.text();
        const descriptions = [...html.matchAll(DESCRIPTION)].map((match) => unescape(match[1]));
        assert.equal(descriptions.length, 1, `${kind.path}: ${descriptions.length} meta descriptions`);
        const [description] = descriptions;
        assert.ok(description.trim().length >= 20, `${kind.path}: description too short: "${description}"`);
        assert.ok(description.length <= 200, `${kind.path}: description too long (${description.length})`);
        assert.doesNotMatch(description, /\n/);

        // Alternates live in the head only (next-intl's Link header would list every language, wrong for entries).
        const link = response.headers.get('link') ?? '';
        const headerAlternates = [...link.matchAll(/<([^>]+)>;\s*rel="alternate";\s*hreflang="([^"]+)"/g)].map(
          (match) => `${match[2]} ${match[1]}`,
        );
        assert.deepEqual(headerAlternates, [], `${kind.path}: alternates in the Link header`);

        const headAlternates = [...html.matchAll(ALTERNATE)].map(
          (match) => /** @type {[string, string]} */ ([match[1], new URL(unescape(match[2])).href]),
        );
        const alternates = new Map(headAlternates);
        assert.equal(alternates.size, headAlternates.length, `${kind.path}: a language listed twice`);
        if (kind.hreflang === 'none') {
          assert.deepEqual(headAlternates, [], `${kind.path}: alternates on a page not to be indexed`);
          return;
        }
        for (const [language, href] of alternates)
          assert.ok(href.startsWith(portalUrl('/')), `${kind.path}: ${language} → ${href} is not on the portal`);
        const own = new URL(portalUrl(kind.path.split('?')[0])).href;
        if (kind.hreflang === 'translations only') {
          // Shown in Italian here: its own language is not a version of it; x-default is the Italian page.
          assert.ok(!alternates.has(code), `${kind.path}: lists ${code}, which it is not translated into`);
          assert.equal(alternates.get('x-default'), alternates.get('it'), `${kind.path}: x-default is not the Italian page`);
          assert.ok(alternates.has('it'), `${kind.path}: no Italian version`);
        } else {
          assert.equal(alternates.get(code), own, `${kind.path}: its own address is not among its alternates`);
          assert.ok(alternates.has('x-default'), `${kind.path}: no x-default`);
        }
      });
    }
  });
}
