// @ts-check
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { entry, eventStartsAt, languageIsoCode, locale, mediatorsSpeaking, messages, text } from '@welfare/test-support/content';
import { currentPath, htmlLangDir, open, scriptsDidNotRun, useBrowser } from '../support/portal.mjs';

/**
 * The visitor's core journeys, in Italian and in Arabic (right to left), with JavaScript and
 * without it (the portal is server-rendered: every journey must work on a phone that runs no script).
 */
const newVisitor = useBrowser({ before, after });

const SERVICE = 'mediazione-linguistico-culturale';
const EVENT = 'presentazione-consulta-stranieri';
/** Each locale, the language whose mediators the visitor looks for, and the language it switches to. */
const VISITORS = [
  { code: 'it', mediatorLanguage: 'arabo', switchTo: 'ar' },
  { code: 'ar', mediatorLanguage: 'urdu', switchTo: 'it' },
];
const MODES = [
  { name: 'with JavaScript', javaScriptEnabled: true },
  { name: 'without JavaScript', javaScriptEnabled: false },
];

/** Follows a link and waits for the page it leads to. */
async function follow(page, link, expectedPath) {
  await Promise.all([page.waitForURL((url) => decodeURIComponent(url.pathname + url.search).startsWith(expectedPath)), link.click()]);
}

for (const mode of MODES) {
  for (const visitor of VISITORS) {
    const code = visitor.code;
    const ui = messages(code);
    const service = entry('services', SERVICE, code);
    const { direction } = locale(code);

    describe(`${code} visitor, ${mode.name}`, () => {
      /** @param {import('playwright-core').Page} page */
      async function checkScripts(page) {
        assert.equal(
          await scriptsDidNotRun(page),
          !mode.javaScriptEnabled,
          mode.javaScriptEnabled ? 'the page scripts should run' : 'no script should run',
        );
      }
      const mainMenu = (page) => page.getByRole('navigation', { name: ui.Layout.mainNavigation });

      test('opens the home and reaches a service through the menu', async () => {
        const { context, page } = await newVisitor({ javaScriptEnabled: mode.javaScriptEnabled });
        try {
          await open(page, `/${code}`);
          assert.deepEqual(await htmlLangDir(page), { lang: code, dir: direction });
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), text(code).global.siteName);
          await checkScripts(page);

          await follow(page, mainMenu(page).getByRole('link', { name: ui.Navigation.service, exact: true }), `/${code}/services`);
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), ui.Lists.service.title);
          await follow(page, page.getByRole('link', { name: service.title, exact: true }), `/${code}/services/${service.slug}`);
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), service.title);
          // The page's sections, in the Modello Comuni order, in the visitor's language.
          assert.ok(await page.getByRole('heading', { level: 2, name: ui.Services.howTo }).isVisible());
        } finally {
          await context.close();
        }
      });

      test('reaches the same service through search', async () => {
        const { context, page } = await newVisitor({ javaScriptEnabled: mode.javaScriptEnabled });
        try {
          await open(page, `/${code}`);
          await follow(page, mainMenu(page).getByRole('link', { name: ui.Navigation.search, exact: true }), `/${code}/search`);
          const query = service.title.split(' ')[0];
          await page.getByLabel(ui.Search.label).fill(query);
          if (mode.javaScriptEnabled) {
            // Results follow the typing; the address follows the results.
            await page.getByRole('link', { name: service.title, exact: true }).waitFor();
            await page.waitForURL((url) => url.searchParams.get('q') === query);
          } else {
            await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === query), page.keyboard.press('Enter')]);
          }
          await follow(page, page.getByRole('link', { name: service.title, exact: true }), `/${code}/services/${service.slug}`);
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), service.title);
        } finally {
          await context.close();
        }
      });

      test(`switches to ${visitor.switchTo} and stays on the same service`, async () => {
        const { context, page } = await newVisitor({ javaScriptEnabled: mode.javaScriptEnabled });
        try {
          await open(page, `/${code}/services/${service.slug}`);
          const target = entry('services', SERVICE, visitor.switchTo);
          const targetLocale = locale(visitor.switchTo);
          await page.locator('.language-menu summary').click();
          const link = page.getByRole('link', { name: targetLocale.nativeName, exact: true });
          assert.equal(await link.getAttribute('hreflang'), visitor.switchTo);
          await follow(page, link, `/${visitor.switchTo}/services/${target.slug}`);
          assert.equal(currentPath(page), `/${visitor.switchTo}/services/${target.slug}`);
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), target.title);
          assert.deepEqual(await htmlLangDir(page), { lang: visitor.switchTo, dir: targetLocale.direction });
        } finally {
          await context.close();
        }
      });

      test('finds a mediator who speaks a given language', async () => {
        const { context, page } = await newVisitor({ javaScriptEnabled: mode.javaScriptEnabled });
        try {
          await open(page, `/${code}`);
          await follow(page, page.getByRole('link', { name: ui.Home.findMediator, exact: true }), `/${code}/mediators`);
          const everyone = await page.locator('main .card h2').allTextContents();
          const iso = languageIsoCode(visitor.mediatorLanguage);
          const wanted = mediatorsSpeaking(visitor.mediatorLanguage);
          assert.ok(everyone.length > wanted.length, 'the unfiltered list shows every mediator');

          const name = text(code).languages[visitor.mediatorLanguage].name;
          await page.getByLabel(ui.Mediators.filterLanguage).selectOption({ value: iso });
          assert.ok((await page.getByLabel(ui.Mediators.filterLanguage).locator('option:checked').textContent())?.startsWith(name));
          await follow(page, page.getByRole('button', { name: ui.Mediators.apply, exact: true }), `/${code}/mediators/language/${iso}`);
          assert.deepEqual((await page.locator('main .card h2').allTextContents()).sort(), [...wanted].sort());
          // Each one says the language, and how to reach them: through a service's contacts.
          const card = page.locator('main .card').first();
          assert.match((await card.textContent()) ?? '', new RegExp(name));
          assert.ok((await card.locator('a[href^="tel:"]').count()) > 0, 'a phone link of the service');
          await checkScripts(page);
        } finally {
          await context.close();
        }
      });

      test('opens an event and downloads its calendar file', async () => {
        const event = entry('events', EVENT, code);
        const { context, page } = await newVisitor({ javaScriptEnabled: mode.javaScriptEnabled });
        try {
          await open(page, `/${code}`);
          await follow(page, mainMenu(page).getByRole('link', { name: ui.Navigation.event, exact: true }), `/${code}/events`);
          await follow(page, page.getByRole('link', { name: event.title, exact: true }), `/${code}/events/${event.slug}`);
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), event.title);

          // By its text: Chromium's accessible name adds a space after an isolated run (<bdi>), as in
          // "(ملف ics )"; what a visitor reads is the text.
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('link').filter({ hasText: ui.Events.addToCalendar }).click(),
          ]);
          assert.equal(download.suggestedFilename(), `${event.slug}.ics`);
          const file = await download.path();
          // Lines longer than 75 octets are folded (RFC 5545): unfold before reading.
          const calendar = fs.readFileSync(file, 'utf8').replace(/\r\n[ \t]/g, '');
          assert.match(calendar, /^BEGIN:VCALENDAR\r\n/);
          assert.match(calendar, /BEGIN:VEVENT\r\n/);
          const summary = /^SUMMARY(?:;[^:\r\n]*)?:(.*)\r$/m.exec(calendar)?.[1];
          assert.equal(summary?.replace(/\\([,;\\])/g, '$1'), event.title, `the event's title in ${code}`);
          // At the time the agency announced, in Rome's time zone, whatever the phone's zone.
          const start = (await eventStartsAt(EVENT)).replace(/[-:]/g, '');
          assert.match(calendar, new RegExp(`^DTSTART;TZID=Europe/Rome:${start}00\r$`, 'm'));
        } finally {
          await context.close();
        }
      });
    });
  }

  describe(`an entry without translation, ${mode.name}`, () => {
    test('ur (right to left): the festive meeting, from the events list, in Italian with the notice in Urdu', async () => {
      const ui = messages('ur');
      const italian = entry('events', 'impariamo-conoscendoci-incontro-di-festa', 'it');
      assert.equal(entry('events', 'impariamo-conoscendoci-incontro-di-festa', 'ur'), undefined, 'the demo content leaves it untranslated');
      const { context, page } = await newVisitor({ javaScriptEnabled: mode.javaScriptEnabled });
      try {
        await open(page, '/ur/events');
        const card = page.locator('.card', { has: page.getByRole('link', { name: italian.title, exact: true }) });
        assert.equal(await card.getAttribute('lang'), 'it');
        assert.equal(await card.locator('.badge').textContent(), ui.Fallback.listBadge);
        await follow(page, card.getByRole('link', { name: italian.title, exact: true }), `/ur/events/${italian.slug}`);
        await checkFallback(page, 'ur', italian.title);
      } finally {
        await context.close();
      }
    });

    test('uk: switching language on the Consulta Stranieri page keeps it, in Italian with the notice in Ukrainian', async () => {
      const italian = entry('pages', 'consulta-stranieri', 'it');
      assert.equal(entry('pages', 'consulta-stranieri', 'uk'), undefined, 'the demo content leaves it untranslated');
      const { context, page } = await newVisitor({ javaScriptEnabled: mode.javaScriptEnabled });
      try {
        await open(page, `/it/pages/${italian.slug}`);
        await page.locator('.language-menu summary').click();
        await follow(page, page.getByRole('link', { name: locale('uk').nativeName, exact: true }), `/uk/pages/${italian.slug}`);
        await checkFallback(page, 'uk', italian.title);
      } finally {
        await context.close();
      }
    });
  });
}

/** The Italian text, marked as Italian, under a notice in the visitor's language. */
async function checkFallback(page, code, italianTitle) {
  const { direction, nativeName } = locale(code);
  assert.deepEqual(await htmlLangDir(page), { lang: code, dir: direction });
  const notice = page.getByRole('note');
  assert.equal(await notice.textContent(), messages(code).Fallback.notice.replace('{language}', nativeName));
  const heading = page.getByRole('heading', { level: 1 });
  assert.equal(await heading.textContent(), italianTitle);
  assert.equal(await page.locator('article', { has: heading }).getAttribute('lang'), 'it');
  assert.equal(await page.locator('article', { has: heading }).getAttribute('dir'), 'ltr');
}
