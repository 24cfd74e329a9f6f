// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { locale, messages } from '@welfare/test-support/content';
import { DEFAULT_AND_RTL_LOCALES } from '@welfare/test-support/locales';
import { htmlLangDir, open, useBrowser } from '../support/portal.mjs';

/** A missing page answers 404 in the visitor's language, and offers a way on, with or without JavaScript. */
const newVisitor = useBrowser({ before, after });

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  for (const code of DEFAULT_AND_RTL_LOCALES) {
    const ui = messages(code);
    describe(`${code} visitor, a page that does not exist, ${mode}`, () => {
      for (const path of [`/${code}/pagina-inesistente`, `/${code}/services/servizio-inesistente`, `/${code}/events/evento-inesistente`]) {
        test(`${path} answers 404 in ${code}`, async () => {
          const { context, page } = await newVisitor({ javaScriptEnabled });
          try {
            await open(page, path, { status: 404 });
            assert.deepEqual(await htmlLangDir(page), { lang: code, dir: locale(code).direction });
            assert.equal(await page.title(), ui.NotFound.title);
            assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), ui.NotFound.title);
            // The page keeps the portal's menu, and offers the way home.
            assert.ok(await page.getByRole('navigation', { name: ui.Layout.mainNavigation }).isVisible());
            await Promise.all([page.waitForURL(`**/${code}`), page.getByRole('link', { name: ui.NotFound.home, exact: true }).click()]);
            assert.equal(new URL(page.url()).pathname, `/${code}`);
          } finally {
            await context.close();
          }
        });
      }
    });
  }

  describe(`a language the portal does not have, ${mode}`, () => {
    test('/de/… answers 404 in Italian, the default language', async () => {
      const { context, page } = await newVisitor({ javaScriptEnabled });
      try {
        await open(page, '/de/dienste', { status: 404 });
        assert.deepEqual(await htmlLangDir(page), { lang: 'it', dir: 'ltr' });
        assert.equal(await page.title(), messages('it').NotFound.title);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), messages('it').NotFound.title);
      } finally {
        await context.close();
      }
    });
  });
}
