// @ts-check
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { tokenSession } from '@welfare/test-support/admin';
import { CMS_DIR } from '@welfare/test-support/stack';
import { logInToAdmin } from '../support/admin.mjs';
import { portalUrl, useBrowser } from '../support/portal.mjs';

/**
 * Publishing as staff do it in the admin, in Chromium: a new service filled in and published with
 * "Pubblica" without saving first (one request that creates and publishes), and the scheduling
 * panel of the edit view used with its button and with Enter in its date field. Each ends on the
 * portal.
 */
const newVisitor = useBrowser({ before, after });
const RUN = Date.now().toString(36);
const SERVICE = 'api::service.service';
const PAGE = 'api::page.page';
/** The field labels the CMS was built with (apps/cms/src/admin-labels/field-labels.ts). */
const { CONTENT_TYPE_LABELS } =
  /** @type {{ CONTENT_TYPE_LABELS: Record<string, { fields: Record<string, Record<'it' | 'en', { label: string }>> }> }} */ (
    createRequire(import.meta.url)(path.join(CMS_DIR, 'dist', 'src', 'admin-labels', 'field-labels.js'))
  );

function required(/** @type {string} */ name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\` (or \`node e2e/run.mjs\`).`);
  return value;
}

/**
 * Types into a service's rich-text (blocks) field, found by its Italian label as staff see it.
 * @param {import('playwright-core').Page} page
 * @param {string} name the attribute
 * @param {string} text
 */
async function typeBlocks(page, name, text) {
  const label = CONTENT_TYPE_LABELS[SERVICE].fields[name].it.label;
  // The editor is labelled by its whole field (label, hint, content): found inside the field whose label it is.
  await page
    .locator(`div:has(> div > label:has-text(${JSON.stringify(label)})) [contenteditable="true"]`)
    .first()
    .click();
  await page.keyboard.type(text);
}

/**
 * Asks the portal for a page until it answers 200 with `text` in it.
 * @param {string} path
 * @param {string} text
 * @param {number} timeoutMs
 */
async function waitForPortal(path, text, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const response = await fetch(portalUrl(path));
    const html = await response.text();
    if (response.status === 200 && html.includes(text)) return;
    last = `${response.status}`;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  assert.fail(`${path} did not show "${text}" within ${timeoutMs / 1000} s (last answer ${last})`);
}

/** A Rome wall-clock time, to the minute, as the panel's date-time field takes it. */
function romeWallClock(/** @type {Date} */ date) {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(date)
    .replace(' ', 'T');
}

describe('staff publishing in the admin', () => {
  test('a new service, filled in and published with "Pubblica" without saving first, is on the portal', async () => {
    const cms = required('E2E_CMS_URL');
    const { context, page } = await newVisitor();
    try {
      await logInToAdmin(page);
      await page.goto(`${cms}/admin/content-manager/collection-types/${SERVICE}/create?plugins[i18n][locale]=it`);
      const title = `Servizio pubblicato subito ${RUN}`;
      await page.locator('input[name=title]').fill(title);
      // The slug follows the title (Strapi's uid field), as when staff type it.
      await page.locator('input[name=slug]').waitFor();
      await page.waitForFunction(
        () => /** @type {HTMLInputElement | null} */ (globalThis.document.querySelector('input[name=slug]'))?.value,
      );
      await page.locator('textarea[name=summary]').fill('Un servizio creato e pubblicato in un solo passo.');
      await typeBlocks(page, 'audience', 'Chiunque abiti in valle.');
      await typeBlocks(page, 'howTo', 'Telefonare allo sportello.');
      const slug = await page.locator('input[name=slug]').inputValue();

      const publishing = page.waitForResponse(
        (response) => response.request().method() === 'POST' && /\/actions\/publish/.test(response.url()),
        { timeout: 30_000 },
      );
      await page.getByRole('button', { name: 'Pubblica', exact: true }).click();
      const answer = await publishing;
      assert.equal(answer.status(), 200, `the publish answered ${answer.status()}: ${await answer.text()}`);
      await waitForPortal(`/it/services/${slug}`, title, 30_000);
    } finally {
      await context.close();
    }
  });

  test('the scheduling panel schedules with its button and with Enter, and the entries are published at their time', async () => {
    const cms = required('E2E_CMS_URL');
    const staff = tokenSession(cms, required('E2E_ADMIN_TOKEN'));
    const paragraph = (/** @type {string} */ text) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    const drafts = await Promise.all(
      ['bottone', 'invio'].map(async (way) => {
        const data = {
          title: `Avviso programmato (${way}) ${RUN}`,
          slug: `avviso-programmato-${way}-${RUN}`,
          body: paragraph('Dal lunedì.'),
        };
        return { way, data, entry: await staff.createDraft(PAGE, 'it', data) };
      }),
    );
    // The next whole minute but one: Strapi's cron runs every minute, on the minute.
    const runAt = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
    const { context, page } = await newVisitor();
    try {
      await logInToAdmin(page);
      for (const { way, entry } of drafts) {
        await page.goto(`${cms}/admin/content-manager/collection-types/${PAGE}/${entry.documentId}?plugins[i18n][locale]=it`);
        const when = page.locator('input[name="schedule-run-at"]');
        await when.fill(romeWallClock(runAt));
        const scheduling = page.waitForResponse(
          (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/publication-schedules',
          { timeout: 30_000 },
        );
        if (way === 'invio') await when.press('Enter');
        else await page.getByRole('button', { name: 'Programma in IT' }).click();
        const answer = await scheduling;
        assert.equal(answer.status(), 201, `scheduling (${way}) answered ${answer.status()}: ${await answer.text()}`);
        // Still the edit view of the entry: the panel sent no form of the page's own.
        assert.match(new URL(page.url()).pathname, new RegExp(`/${entry.documentId}$`));
        assert.equal(new URL(page.url()).searchParams.has('schedule-run-at'), false);
      }
    } finally {
      await context.close();
    }
    // Nothing before its time…
    for (const { data } of drafts) {
      const response = await fetch(`${cms}/api/pages?locale=it&filters[slug][$eq]=${data.slug}`);
      const body = /** @type {{ data: unknown[] }} */ (await response.json());
      if (Date.now() < runAt.getTime()) assert.equal(body.data.length, 0, `${data.slug} was published before its time`);
    }
    // …and on the portal once the minute's job has run.
    for (const { data } of drafts) await waitForPortal(`/it/pages/${data.slug}`, data.title, runAt.getTime() - Date.now() + 150_000);
  });
});
