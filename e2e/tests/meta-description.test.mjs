// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LOCALES } from '@welfare/test-support/locales';
import { pageKinds } from '../support/page-kinds.mjs';
import { portalUrl } from '../support/portal.mjs';

/**
 * Every kind of page in every language has a meta description (what a search engine or a shared
 * link shows under the title), in one line and of a useful length, and no Link header alternates
 * that disagree with the page's head. Plain HTTP: what a crawler gets, no browser needed.
 */
const DESCRIPTION = /<meta name="description" content="([^"]*)"/g;
const ALTERNATE = /<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/gi;

/** @param {string} value */
const unescape = (value) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

for (const { code } of LOCALES) {
  describe(`${code}: every page kind`, () => {
    for (const kind of pageKinds(code).filter((candidate) => !candidate.openLanguageMenu)) {
      test(`${kind.kind} (${kind.path}) has one meta description`, async () => {
        const response = await fetch(portalUrl(kind.path), { redirect: 'manual' });
        assert.equal(response.status, kind.status ?? 200);
        const html = await response.text();
        const descriptions = [...html.matchAll(DESCRIPTION)].map((match) => unescape(match[1]));
        assert.equal(descriptions.length, 1, `${kind.path}: ${descriptions.length} meta descriptions`);
        const [description] = descriptions;
        assert.ok(description.trim().length >= 20, `${kind.path}: description too short: "${description}"`);
        assert.ok(description.length <= 200, `${kind.path}: description too long (${description.length})`);
        assert.doesNotMatch(description, /\n/);

        // Alternates live in the head only; a Link header, if any, must say the same.
        const link = response.headers.get('link') ?? '';
        const headAlternates = [...html.matchAll(ALTERNATE)].map((match) => `${match[1]} ${unescape(match[2])}`).sort();
        const headerAlternates = [...link.matchAll(/<([^>]+)>;\s*rel="alternate";\s*hreflang="([^"]+)"/g)].map((match) => `${match[2]} ${match[1]}`).sort();
        if (headerAlternates.length > 0) assert.deepEqual(headerAlternates, headAlternates);
      });
    }
  });
}
