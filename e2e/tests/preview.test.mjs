// @ts-check
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { after, before, describe, test } from 'node:test';
import { entry, messages } from '@welfare/test-support/content';
import { DEFAULT_AND_RTL_LOCALES } from '@welfare/test-support/locales';
import { DESKTOP, PHONE, currentPath, horizontalOverflow, portalUrl, useBrowser } from '../support/portal.mjs';
import { adminPreviewPath } from '../support/admin.mjs';

/**
 * A staff preview as the admin opens it: the draft-mode page with its banner passes axe (WCAG 2.0
 * and 2.1 A and AA) in a left-to-right and two right-to-left languages, at a phone's width and a
 * desktop's, does not scroll sideways on the phone, and the exit link leaves the preview.
 */
const newVisitor = useBrowser({ before, after });
const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function previewLink(/** @type {string} */ locale, /** @type {string} */ slug) {
  // As the CMS's "Open preview" signs it for the staff session: valid 10 minutes, no secret in the URL.
  return portalUrl(await adminPreviewPath('api::service.service', locale, slug));
}

for (const locale of DEFAULT_AND_RTL_LOCALES) {
  for (const viewport of [PHONE, DESKTOP]) {
    describe(`preview in ${locale}, ${viewport.width} px`, () => {
      const service = entry('services', 'mediazione-linguistico-culturale', locale);
      const { Preview } = messages(locale);

      test('the preview page with its banner has no WCAG A/AA violation', async () => {
        const { context, page } = await newVisitor({ viewport });
        try {
          await page.goto(await previewLink(locale, service.slug));
          assert.equal(currentPath(page), `/${locale}/services/${service.slug}`);
          const banner = page.getByRole('region', { name: Preview.label });
          assert.equal(await banner.getByRole('status').textContent(), Preview.notice);
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
          assert.deepEqual(
            violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
            [],
          );
          if (viewport === PHONE) assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');

          await banner.getByRole('link', { name: Preview.exit }).click();
          await page.waitForURL((url) => url.pathname === `/${locale}/services/${service.slug}` && !url.pathname.startsWith('/api/'));
          assert.equal(await page.getByRole('region', { name: Preview.label }).count(), 0, 'the banner is gone after exiting');
        } finally {
          await context.close();
        }
      });
    });
  }
}
