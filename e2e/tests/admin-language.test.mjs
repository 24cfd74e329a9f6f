// @ts-check
/* global document -- page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CMS_DIR } from '@welfare/test-support/stack';
import { useBrowser } from '../support/portal.mjs';

/**
 * The admin as the agency's staff meet it: in Italian until a user picks another language, and each
 * field's help and placeholder in the language the user picked (the CMS stores them once, in Italian).
 */
const require = createRequire(import.meta.url);
/** The field texts the CMS was built with (apps/cms/src/admin-labels/field-labels.ts). */
const { CONTENT_TYPE_LABELS } =
  /** @type {{ CONTENT_TYPE_LABELS: Record<string, { fields: Record<string, Record<'it' | 'en', { label: string, description: string, placeholder?: string }>> }> }} */ (
    require(path.join(CMS_DIR, 'dist', 'src', 'admin-labels', 'field-labels.js'))
  );
const SERVICE = 'api::service.service';
const title = CONTENT_TYPE_LABELS[SERVICE].fields.title;

function required(/** @type {string} */ name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\`.`);
  return value;
}

const newVisitor = useBrowser({ before, after });

describe('the admin’s language', () => {
  test('opens in Italian, and shows a field’s help and placeholder in English once the user picks English', async () => {
    const cms = required('E2E_CMS_URL');
    const { context, page } = await newVisitor();
    try {
      await page.goto(`${cms}/admin/auth/login`);
      await page.locator('input[name=email]').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'it');
      await page.locator('input[name=email]').fill(required('E2E_ADMIN_EMAIL'));
      await page.locator('input[name=password]').fill(required('E2E_ADMIN_PASSWORD'));
      await Promise.all([page.waitForURL(/\/admin\/?$/), page.locator('button[type=submit]').click()]);

      const createService = `${cms}/admin/content-manager/collection-types/${SERVICE}/create`;
      await page.goto(createService);
      const input = page.locator('input[name=title]');
      await input.waitFor();
      assert.equal(await input.getAttribute('placeholder'), title.it.placeholder);
      await page.getByText(title.it.description).waitFor();

      // As the profile's language menu does: Strapi keeps the choice in the browser.
      await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'en'));
      await page.reload();
      await input.waitFor();
      assert.equal(await input.getAttribute('placeholder'), title.en.placeholder);
      await page.getByText(title.en.description).waitFor();
      assert.equal(await page.getByText(title.it.description).count(), 0);
    } finally {
      await context.close();
    }
  });
});
