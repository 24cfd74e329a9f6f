// @ts-check
/**
 * An entry's slug in one language asked in another where the entry is translated under its own
 * slug (a link shared from the Italian page, an old address): the portal answers one permanent
 * redirect to the translation, with one Location, on its first render and from its cache alike.
 * For every type with entry pages and every language of the demo content.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { text } from '@welfare/test-support/content';
import { LOCALES, DEFAULT_LOCALE } from '@welfare/test-support/locales';
import { stack } from '../support/stack-env.mjs';

const { ENTRY_PAGE_TYPES, contentType } = /** @type {typeof import('@welfare/types')} */ (createRequire(import.meta.url)('@welfare/types'));

/** @param {string} path */
const redirectOf = async (path) => {
  const response = await fetch(`${stack.portalUrl}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return { status: response.status, location: response.headers.get('location') };
};

describe('an Italian slug asked in a language with its own slug', () => {
  for (const type of ENTRY_PAGE_TYPES) {
    const { seedGroup, portal } = contentType(type);
    it(`${type}: one permanent redirect to the translation, rendered and cached`, async () => {
      const italian = /** @type {Record<string, { slug: string }>} */ (text(DEFAULT_LOCALE)[seedGroup] ?? {});
      let checked = 0;
      for (const { code } of LOCALES.filter((locale) => locale.code !== DEFAULT_LOCALE)) {
        const translated = /** @type {Record<string, { slug: string }>} */ (text(code)[seedGroup] ?? {});
        const key = Object.keys(translated).find(
          (candidate) => italian[candidate] && translated[candidate].slug !== italian[candidate].slug,
        );
        if (!key) continue;
        const path = `/${code}/${portal.segment}/${italian[key].slug}`;
        const wanted = `/${code}/${portal.segment}/${translated[key].slug}`;
        for (const visit of ['first render', 'from the cache']) {
          assert.deepEqual(await redirectOf(path), { status: 308, location: wanted }, `${path}, ${visit}`);
        }
        checked += 1;
      }
      assert.ok(checked > 0, `the demo content has a ${type} translated under its own slug`);
    });
  }
});
