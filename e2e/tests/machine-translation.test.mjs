// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { tokenSession } from '@welfare/test-support/admin';
import { messages } from '@welfare/test-support/content';
import { logInToAdmin } from '../support/admin.mjs';
import { portalUrl, useBrowser } from '../support/portal.mjs';

/**
 * Machine translation as staff use it, in Chromium, with the providers' stand-in that e2e/run.mjs
 * starts (their documented APIs): a new Italian service is translated from its edit view, its
 * Arabic draft published from the Arabic edit view; the Arabic page then says it was translated
 * automatically, until staff press "Segna come revisionata" there.
 */
const newVisitor = useBrowser({ before, after });
const RUN = Date.now().toString(36);
const SERVICE = 'api::service.service';
const ARABIC_LETTER = /[\u0600-\u06ff]/;
const NOTICE = /** @type {string} */ (messages('ar').MachineTranslation.notice);

function required(/** @type {string} */ name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\` (or \`node e2e/run.mjs\`).`);
  return value;
}

const paragraph = (/** @type {string} */ text) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/**
 * The portal's Arabic page of the service (reached by its Italian slug, which redirects to the
 * translation's), asked until `shows(html)` holds: the change notice may still be on its way.
 * @param {import('playwright-core').Page} page
 * @param {string} italianSlug
 * @param {(noticeShown: boolean) => boolean} wanted
 */
async function arabicPageUntil(page, italianSlug, wanted) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await page.goto(portalUrl(`/ar/services/${italianSlug}`));
    const notice = page.getByRole('note').filter({ hasText: NOTICE });
    const shown = response?.status() === 200 && (await notice.count()) > 0;
    if (response?.status() === 200 && wanted(shown)) return { response, notice };
    if (Date.now() > deadline)
      assert.fail(
        `/ar/services/${italianSlug} answered ${response?.status()}, the machine-translation notice ${shown ? 'shown' : 'absent'}`,
      );
    await page.waitForTimeout(1_000);
  }
}

describe('machine translation in the admin', () => {
  test('a service translated into Arabic, published, is labelled on the portal until marked reviewed', async () => {
    const cms = required('E2E_CMS_URL');
    const staff = tokenSession(cms, required('E2E_ADMIN_TOKEN'));
    const data = {
      title: `Sportello casa ${RUN}`,
      slug: `sportello-casa-${RUN}`,
      serviceStatus: 'active',
      summary: 'Aiuto per cercare una casa in affitto.',
      audience: paragraph('Chi abita in valle.'),
      howTo: paragraph('Telefonare al numero 0364 22693.'),
    };
    const { documentId } = await staff.createDraft(SERVICE, 'it', data);
    await staff.publish(SERVICE, documentId, 'it');
    const editView = (/** @type {string} */ locale) =>
      `${cms}/admin/content-manager/collection-types/${SERVICE}/${documentId}?plugins[i18n][locale]=${locale}`;

    const { context, page } = await newVisitor();
    try {
      await logInToAdmin(page);
      // The Italian edit view: one button drafts every missing language.
      await page.goto(editView('it'));
      const translating = page.waitForResponse(
        (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/machine-translations/translate',
        { timeout: 60_000 },
      );
      await page.getByRole('button', { name: /Traduci dall'italiano: lingue mancanti/ }).click();
      const translated = await translating;
      assert.equal(translated.status(), 200, `the translation answered ${translated.status()}: ${await translated.text()}`);

      // The Arabic draft: the title in Arabic script, the panel says by machine and not reviewed.
      await page.goto(editView('ar'));
      const title = page.locator('input[name=title]');
      await title.waitFor();
      const arabicTitle = await title.inputValue();
      assert.match(arabicTitle, ARABIC_LETTER, `the Arabic draft's title: ${arabicTitle}`);
      await page.getByText('tradotta automaticamente, da revisionare').waitFor();

      const publishing = page.waitForResponse(
        (response) => response.request().method() === 'POST' && /\/actions\/publish/.test(response.url()),
        { timeout: 30_000 },
      );
      await page.getByRole('button', { name: 'Pubblica', exact: true }).click();
      const published = await publishing;
      assert.equal(published.status(), 200, `the publish answered ${published.status()}: ${await published.text()}`);

      // The citizen's Arabic page: the translation, labelled, with the way to the Italian text.
      const visitor = await context.newPage();
      const labelled = await arabicPageUntil(visitor, data.slug, (shown) => shown);
      assert.match(await visitor.locator('h1').innerText(), ARABIC_LETTER);
      assert.equal(await labelled.notice.getByRole('link').getAttribute('hreflang'), 'it');

      // Reviewed in the Arabic edit view: the notice goes.
      const reviewing = page.waitForResponse(
        (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/machine-translations/review',
        { timeout: 30_000 },
      );
      await page.getByRole('button', { name: 'Segna come revisionata' }).click();
      const reviewed = await reviewing;
      assert.equal(reviewed.status(), 200, `marking reviewed answered ${reviewed.status()}: ${await reviewed.text()}`);
      await arabicPageUntil(visitor, data.slug, (shown) => !shown);
      assert.match(await visitor.locator('h1').innerText(), ARABIC_LETTER, 'the page is still the Arabic translation');
    } finally {
      await context.close();
    }
  });
});
