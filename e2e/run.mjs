#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:e2e` (after the builds): starts the CMS on a fresh SQLite database with the demo
 * content and the portal on it, both built for production and on free ports, runs the browser tests
 * in e2e/tests/ with node's test runner, and stops both whatever happens.
 * `node e2e/run.mjs keyboard` runs only the test files whose name contains "keyboard";
 * `node e2e/run.mjs --check-browser` only checks that Chromium is installed.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { assertChromiumInstalled } from '@welfare/test-support/browser';
import { freePort } from '@welfare/test-support/processes';
import { assertBuilt, logDirectory, startCms, startPortal, temporarySqlite } from '@welfare/test-support/stack';
import { secretsInLogs } from '@welfare/test-support/logs';
import { runTests, runningServices, testFiles } from '@welfare/test-support/test-runner';
import { adminToken, registerFirstAdmin } from '@welfare/test-support/admin';
import { startTranslationStandIn } from '@welfare/test-support/translation-stand-in';

const TESTS_DIR = path.join(import.meta.dirname, 'tests');

async function main() {
  // Before anything else: without Chromium the run fails here, saying how to install it.
  assertChromiumInstalled();
  // `npm run test:e2e` asks this before the builds, so a missing browser fails in a second.
  if (process.argv[2] === '--check-browser') return;
  assertBuilt();
  const files = testFiles(TESTS_DIR, process.argv.slice(2));
  const startedAt = Date.now();
  const logDir = logDirectory();
  const database = temporarySqlite();
  const { running, stopAll } = runningServices(database.drop);

  // As production wires them through .env: the preview's secret, and the portal's tokens (made by the
  // CMS at start): CMS_API_TOKEN reads published content, CMS_PREVIEW_TOKEN drafts in a staff preview.
  const shared = {
    PREVIEW_SECRET: randomBytes(24).toString('hex'),
    CMS_API_TOKEN: randomBytes(32).toString('hex'),
    CMS_PREVIEW_TOKEN: randomBytes(32).toString('hex'),
    // The portal's token that may only create page ratings (made by the CMS at start too).
    CMS_RATING_TOKEN: randomBytes(32).toString('hex'),
    // The CMS's change notices to the portal: what staff publish (and schedules) is on it at once.
    REVALIDATE_SECRET: randomBytes(24).toString('hex'),
  };
  const admin = { email: 'e2e@welfare.local', password: `E2e-${randomBytes(8).toString('hex')}-2026` };
  let exitCode = 1;
  try {
    console.log('e2e: starting the CMS (production build, fresh SQLite database, demo content)…');
    const portalPort = await freePort();
    // The machine-translation providers (DeepL, LibreTranslate) as their documented APIs answer:
    // tests/machine-translation.test.mjs translates in the admin as staff do.
    const translation = await startTranslationStandIn();
    running.push({ stop: () => translation.close() });
    const machineTranslation = {
      MACHINE_TRANSLATION_DEEPL_API_KEY: translation.deeplKey,
      MACHINE_TRANSLATION_DEEPL_URL: translation.url,
      MACHINE_TRANSLATION_LIBRETRANSLATE_URL: translation.url,
      MACHINE_TRANSLATION_LIBRETRANSLATE_API_KEY: translation.libreKey,
    };
    const cms = await startCms({
      databaseEnv: database.env,
      logDir,
      // Every page the tests open is a first render, each a few CMS requests from the one portal
      // server; the production limit (300/min per IP) is for visitors, and the portal's production
      // token is never limited.
      // The admin panel too: tests/admin-language.test.mjs checks what staff see in it.
      extraEnv: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000', SERVE_ADMIN_PANEL: 'true', PORTAL_URL: `http://127.0.0.1:${portalPort}`, ...machineTranslation, ...shared },
    });
    running.push(cms);
    // A staff account, for the tests that write content as staff do (the CMS starts with none).
    await registerFirstAdmin(cms.url, admin.email, admin.password);
    console.log(`e2e: CMS on ${cms.url}; starting the portal (production build)…`);
    const portal = await startPortal({ cmsUrl: cms.url, logDir, port: portalPort, extraEnv: shared });
    running.push(portal);
    console.log(`e2e: portal on ${portal.url}; stack ready in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
    // One login for every test file: the admin allows few a minute from one address.
    const adminSessionToken = await adminToken(cms.url, admin.email, admin.password);
    exitCode = await runTests(files, {
      E2E_PORTAL_URL: portal.url,
      E2E_CMS_URL: cms.url,
      E2E_PREVIEW_SECRET: shared.PREVIEW_SECRET,
      E2E_ADMIN_EMAIL: admin.email,
      E2E_ADMIN_PASSWORD: admin.password,
      E2E_ADMIN_TOKEN: adminSessionToken,
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await stopAll();
  }
  // Every server's log of this run, searched for every secret of every server's environment.
  const leaks = secretsInLogs(logDir, { E2E_ADMIN_PASSWORD: admin.password });
  if (leaks.found.length > 0) {
    console.error(`e2e: secrets in the servers' logs: ${leaks.found.map(({ file, variable }) => `${variable} in ${file}`).join(', ')}`);
    exitCode = 1;
  } else console.log(`e2e: no secret in the servers' logs (${leaks.secrets} values searched in ${leaks.files} files)`);
  console.log(`e2e: finished in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
  if (exitCode === 0) fs.rmSync(logDir, { recursive: true, force: true });
  else console.error(`e2e: failed; the servers' logs are in ${logDir}`);
  process.exitCode = exitCode;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
