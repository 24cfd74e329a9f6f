// @ts-check
/* global window, document, caches, Node -- page.evaluate() callbacks run in the browser */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { adminPreviewPath, ratingsOf } from '../support/admin.mjs';
import { entry, messages } from '@welfare/test-support/content';
import { PHONE, currentPath, horizontalOverflow, open, portalUrl, useBrowser } from '../support/portal.mjs';

/**
 * What a citizen finds on every content page, in Italian and Arabic: the page rating (with and
 * without JavaScript, and as staff then see it in the admin), breadcrumbs and their structured data,
 * read aloud (only with a voice for the language), share (fallback links without the Web Share API),
 * print, "open now" at a chosen clock, and offline reading of a visited page.
 */
const newVisitor = useBrowser({ before, after });
/** No test here waits longer than this for the page (a service worker that never activates fails, not hangs). */
const LIMIT = { timeout: 120_000 };

for (const locale of ['it', 'ar']) {
  const t = messages(locale);
  const service = entry('services', 'sostegno-famiglie-monoparentali', locale);
  const servicePath = `/${locale}/services/${service.slug}`;

  describe(`citizen tools in ${locale}`, () => {
    test(
      'rating with JavaScript: stars, a reason for the score, a comment, thanks in place; staff see it in the admin',
      LIMIT,
      async () => {
        const { context, page } = await newVisitor({ viewport: PHONE });
        try {
          await open(page, servicePath);
          const rating = page.getByRole('region', { name: t.PageRating.question });
          await rating.locator('input[name="score"][value="2"]').check();
          await rating
            .getByRole('group', { name: t.PageRating.lowLegend })
            .getByRole('radio', { name: t.PageRating.reasons.incomplete })
            .check();
          const comment = `e2e ${locale} ${Date.now()}`;
          await rating.getByRole('textbox').fill(comment);
          await rating.getByRole('button', { name: t.PageRating.send }).click();
          await rating.getByRole('status').filter({ hasText: t.PageRating.thanks }).waitFor();
          assert.equal(currentPath(page), decodeURIComponent(servicePath), 'the page stays where it is');
          const stored = (await ratingsOf(servicePath)).find((candidate) => candidate.comment === comment);
          assert.ok(stored, 'the rating is listed in the admin');
          assert.deepEqual([stored.path, stored.pageLocale, stored.score, stored.reason], [servicePath, locale, 2, 'incomplete']);
        } finally {
          await context.close();
        }
      },
    );

    test('rating without JavaScript: the stars post, the reasons page follows, then the thank-you page', LIMIT, async () => {
      const { context, page } = await newVisitor({ javaScriptEnabled: false, viewport: PHONE });
      try {
        await open(page, servicePath);
        const rating = page.getByRole('region', { name: t.PageRating.question });
        await rating.locator('input[name="score"][value="5"]').check({ force: true });
        await rating.getByRole('button', { name: t.PageRating.next }).click();
        await page.waitForURL((url) => url.pathname === `/${locale}/page-rating`);
        const reasons = page.getByRole('group', { name: t.PageRating.highLegend });
        await reasons.getByRole('radio', { name: t.PageRating.reasons.clear }).check();
        const comment = `e2e no-js ${locale} ${Date.now()}`;
        await page.getByRole('textbox').fill(comment);
        await page.getByRole('button', { name: t.PageRating.send }).click();
        await page.waitForURL((url) => url.searchParams.get('sent') === '1');
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), t.PageRating.thanksTitle);
        assert.equal(await page.getByRole('link', { name: t.PageRating.backToPage }).getAttribute('href'), servicePath);
        const stored = (await ratingsOf(servicePath)).find((candidate) => candidate.comment === comment);
        assert.ok(stored, 'the rating is listed in the admin');
        assert.equal(stored.score, 5);
        assert.equal(stored.reason, 'clear');
        assert.equal(stored.pageLocale, locale);
      } finally {
        await context.close();
      }
    });

    test('a rating with a reason of the other scores is a 400 with a message in the language', LIMIT, async () => {
      const response = await fetch(portalUrl('/api/page-rating'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ page: servicePath, score: '1', reason: 'clear' }),
        redirect: 'manual',
      });
      assert.equal(response.status, 400);
      assert.match(await response.text(), new RegExp(t.PageRating.errorTitle));
      const large = await fetch(portalUrl('/api/page-rating'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ page: servicePath, score: 1, reason: 'unclear', comment: 'x'.repeat(5000) }),
      });
      assert.equal(large.status, 413);
    });

    test('breadcrumbs: home, section, page, with BreadcrumbList structured data', LIMIT, async () => {
      const { context, page } = await newVisitor();
      try {
        await open(page, servicePath);
        const trail = page.getByRole('navigation', { name: t.Layout.breadcrumbs });
        assert.deepEqual(await trail.getByRole('listitem').allTextContents(), [t.Layout.home, t.Navigation.service, service.title]);
        assert.equal(await trail.getByRole('link', { name: t.Navigation.service }).getAttribute('href'), `/${locale}/services`);
        assert.equal(await trail.locator('[aria-current="page"]').textContent(), service.title);
        const structured = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((json) => JSON.parse(json));
        const list = structured.find((data) => data['@type'] === 'BreadcrumbList');
        assert.ok(list, 'a BreadcrumbList');
        assert.deepEqual(
          list.itemListElement.map((item) => [item.position, item.name, new URL(item.item).pathname]),
          [
            [1, t.Layout.home, `/${locale}`],
            [2, t.Navigation.service, `/${locale}/services`],
            [3, service.title, servicePath],
          ],
        );
        await open(page, `/${locale}`);
        assert.equal(await page.getByRole('navigation', { name: t.Layout.breadcrumbs }).count(), 0, 'none on the home page');
      } finally {
        await context.close();
      }
    });

    test('read aloud: shown with a voice for the language, hidden without', LIMIT, async () => {
      const withVoice = await newVisitor();
      const withoutVoice = await newVisitor();
      try {
        const voiceLang = locale === 'ar' ? 'ar-SA' : 'it-IT';
        await withVoice.context.addInitScript((lang) => {
          const voices = [{ lang, name: 'Test voice', default: true, localService: true, voiceURI: 'test' }];
          Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => voices });
        }, voiceLang);
        await withoutVoice.context.addInitScript(() => {
          Object.defineProperty(window.speechSynthesis, 'getVoices', {
            value: () => [{ lang: 'ja-JP', name: 'Other', default: true, localService: true, voiceURI: 'ja' }],
          });
        });
        await open(withVoice.page, servicePath);
        await withVoice.page.locator('.actions-menu summary').click();
        const listen = withVoice.page.getByRole('button', { name: t.PageTools.listen });
        await listen.waitFor();
        await listen.focus();
        assert.equal(
          await withVoice.page.evaluate(() => document.activeElement?.textContent),
          t.PageTools.listen,
          'reachable with the keyboard',
        );

        await open(withoutVoice.page, servicePath);
        await withoutVoice.page.locator('.actions-menu summary').click();
        await withoutVoice.page.getByRole('button', { name: t.PageTools.print }).waitFor();
        assert.equal(await withoutVoice.page.getByRole('button', { name: t.PageTools.listen }).count(), 0);
      } finally {
        await withVoice.context.close();
        await withoutVoice.context.close();
      }
    });

    test('share without the Web Share API: a menu of WhatsApp, e-mail and copy link; with it, one share button', LIMIT, async () => {
      const fallback = await newVisitor();
      const native = await newVisitor();
      try {
        await fallback.context.addInitScript(() => {
          // A browser without the Web Share API.
          Reflect.deleteProperty(Navigator.prototype, 'share');
        });
        await open(fallback.page, servicePath);
        await fallback.page.locator('.share-menu summary', { hasText: t.PageTools.share }).click();
        await fallback.page.getByRole('button', { name: t.PageTools.copy }).waitFor();
        const whatsapp = await fallback.page.getByRole('link', { name: t.PageTools.whatsapp }).getAttribute('href');
        assert.ok(whatsapp?.startsWith('https://wa.me/?text='));
        assert.ok(decodeURIComponent(whatsapp ?? '').includes(servicePath), 'WhatsApp gets the page address');
        const mail = await fallback.page.getByRole('link', { name: t.PageTools.email }).getAttribute('href');
        assert.ok(mail?.startsWith('mailto:?subject='));
        assert.ok(decodeURIComponent(mail ?? '').includes(servicePath));

        await native.context.addInitScript(() => {
          Object.defineProperty(Navigator.prototype, 'share', { value: () => Promise.resolve(), configurable: true });
        });
        await open(native.page, servicePath);
        await native.page.getByRole('button', { name: t.PageTools.share, exact: true }).waitFor();
        assert.equal(await native.page.getByRole('link', { name: t.PageTools.whatsapp }).count(), 0);
      } finally {
        await fallback.context.close();
        await native.context.close();
      }
    });

    test('print: no navigation, tools or rating; link addresses printed; contacts and hours kept; direction kept', LIMIT, async () => {
      const { context, page } = await newVisitor();
      try {
        await open(page, servicePath);
        await page.emulateMedia({ media: 'print' });
        const displayed = (selector) =>
          page
            .locator(selector)
            .first()
            .evaluate((element) => window.getComputedStyle(element).display !== 'none');
        assert.equal(await displayed('.header-nav'), false, 'main navigation hidden');
        assert.equal(await displayed('.breadcrumbs'), false, 'breadcrumbs hidden');
        assert.equal(await displayed('.page-tools'), false, 'page tools hidden');
        assert.equal(await displayed('.page-rating'), false, 'rating hidden');
        assert.equal(await displayed('.place'), true, 'the place with its opening hours is printed');
        assert.equal(await displayed('main .contact-list'), true, 'contacts are printed');
        const after = await page
          .locator('main .directions a[href^="https://www.openstreetmap.org"]')
          .first()
          .evaluate((element) => window.getComputedStyle(element, '::after').content);
        assert.match(after, /openstreetmap\.org/);
        assert.equal(await page.evaluate(() => document.documentElement.dir), locale === 'ar' ? 'rtl' : 'ltr');
      } finally {
        await context.close();
      }
    });

    test('open now: computed in the browser at the clock of Rome, whatever the device’s time zone', LIMIT, async () => {
      // 2026-06-15 is a Monday; the Breno office opens Monday 09:00–12:30 and Wednesday from 09:00.
      const { context, page } = await newVisitor({ timezoneId: 'America/New_York' });
      try {
        await page.clock.install({ time: new Date('2026-06-15T08:00:00Z') }); // 10:00 in Rome
        await open(page, servicePath);
        const openUntil = t.Places.openUntil.replace('{time}', '12:30');
        await page.locator('.open-now', { hasText: openUntil }).first().waitFor();

        await page.clock.setSystemTime(new Date('2026-06-15T11:00:00Z')); // 13:00 in Rome
        await page.clock.runFor(61_000);
        const wednesday = t.Weekdays.wednesday;
        const closed = t.Places.closedOpensOn.replace('{day}', wednesday).replace('{time}', '09:00');
        await page.locator('.open-now', { hasText: closed }).first().waitFor();
      } finally {
        await context.close();
      }
    });

    test(
      'offline: a visited page opens again without network, an unvisited one shows the offline page in the language',
      LIMIT,
      async () => {
        const { context, page } = await newVisitor();
        try {
          await open(page, servicePath);
          await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
          // Controlled by the worker from this load on: this visit is the one kept.
          await page.reload();
          await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
          await page.reload();
          await page.waitForFunction(async () => (await caches.keys()).some((name) => name.startsWith('welfare-pages-')));
          await context.setOffline(true);
          const again = await page.reload();
          assert.ok(again?.fromServiceWorker(), 'answered by the service worker');
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), service.title);

          const unvisited = await page.goto(portalUrl(`/${locale}/events`));
          assert.ok(unvisited?.fromServiceWorker());
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), t.Offline.title);
          assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
        } finally {
          await context.setOffline(false);
          await context.close();
        }
      },
    );

    test('offline: a staff preview (draft mode) is never kept by the service worker', LIMIT, async () => {
      const draft = entry('services', 'famiglie-solidali', locale);
      const { context, page } = await newVisitor();
      try {
        await open(page, `/${locale}`);
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        await page.reload();
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        const preview = await page.goto(portalUrl(await adminPreviewPath('api::service.service', locale, draft.slug)));
        assert.equal(currentPath(page), `/${locale}/services/${draft.slug}`);
        assert.match(preview?.headers()['cache-control'] ?? '', /no-store/);
        // The visited public home page is kept; the draft page is not.
        const kept = await page.evaluate(async () => {
          const names = (await caches.keys()).filter((name) => name.startsWith('welfare-pages-'));
          const urls = [];
          for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
          return urls;
        });
        assert.ok(kept.includes(`/${locale}`), `the home page is kept (kept: ${kept.join(', ')})`);
        assert.ok(!kept.includes(`/${locale}/services/${draft.slug}`), 'the draft page is not kept');
      } finally {
        await context.close();
      }
    });

    test('statistics not configured: the page asks no other host', LIMIT, async () => {
      const { context, page } = await newVisitor();
      try {
        const origins = new Set();
        page.on('request', (request) => origins.add(new URL(request.url()).origin));
        await open(page, servicePath);
        await page.waitForLoadState('networkidle');
        assert.deepEqual([...origins], [new URL(portalUrl()).origin]);
        assert.equal(await page.locator('script[src="/analytics.js"]').count(), 0);
      } finally {
        await context.close();
      }
    });

    test(
      'the page tools are compact menus after the title: keyboard opens them, Escape closes and returns the focus; share works without JavaScript',
      LIMIT,
      async () => {
        const withScript = await newVisitor({ viewport: PHONE });
        const withoutScript = await newVisitor({ viewport: PHONE, javaScriptEnabled: false });
        try {
          const { page } = withScript;
          await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
          await open(page, servicePath);
          const after = await page.evaluate(() => {
            const heading = document.querySelector('main h1');
            const tools = document.querySelector('main .page-tools');
            return Boolean(heading && tools && heading.compareDocumentPosition(tools) & Node.DOCUMENT_POSITION_FOLLOWING);
          });
          assert.equal(after, true, 'the tools come after the heading');
          const share = page.locator('.share-menu summary');
          await share.focus();
          await page.keyboard.press('Enter');
          assert.equal(await page.locator('.share-menu').getAttribute('open'), '', 'Enter opens the menu');
          assert.equal(await page.getByRole('link', { name: t.PageTools.whatsapp }).isVisible(), true);
          await page.keyboard.press('Tab');
          assert.equal(await page.evaluate(() => document.activeElement?.textContent), t.PageTools.whatsapp, 'Tab goes into the open menu');
          await page.keyboard.press('Escape');
          assert.equal(await page.locator('.share-menu').getAttribute('open'), null, 'Escape closes it');
          assert.equal(
            await page.evaluate(() => document.activeElement?.closest('.share-menu') !== null && document.activeElement?.tagName),
            'SUMMARY',
            'the focus is back on its button',
          );
          assert.equal(await horizontalOverflow(page), 0);

          await open(withoutScript.page, servicePath);
          await withoutScript.page.locator('.share-menu summary').click();
          const whatsapp = await withoutScript.page.getByRole('link', { name: t.PageTools.whatsapp }).getAttribute('href');
          assert.ok(whatsapp?.startsWith('https://wa.me/?text='), 'without JavaScript the share menu opens and its links work');
          assert.equal(
            await withoutScript.page.locator('.actions-menu').isVisible(),
            false,
            'print and read aloud need scripts: hidden without',
          );
        } finally {
          await withScript.context.close();
          await withoutScript.context.close();
        }
      },
    );

    test('the rating and tools fit a 360 px phone', LIMIT, async () => {
      const { context, page } = await newVisitor({ viewport: PHONE });
      try {
        await open(page, servicePath);
        await page.locator('.page-rating input[name="score"][value="1"]').check({ force: true });
        await page.getByRole('group', { name: t.PageRating.lowLegend }).waitFor();
        assert.equal(await horizontalOverflow(page), 0, 'the page scrolls sideways');
      } finally {
        await context.close();
      }
    });
  });
}
