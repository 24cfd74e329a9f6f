#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:e2e` (after the builds): the CMS on a fresh SQLite database with the demo content
 * and the portal on it, both built for production and wired as production wires them
 * (@welfare/test-support/stack `runOnStack`), the browser tests in e2e/tests/ with node's test
 * runner, and both stopped whatever happens.
 * `node e2e/run.mjs keyboard` runs only the test files whose name contains "keyboard";
 * `node e2e/run.mjs --check-browser` only checks that Chromium is installed.
 */
import path from 'node:path';
import { assertChromiumInstalled } from '@welfare/test-support/browser';
import { assertBuilt, runOnStack } from '@welfare/test-support/stack';
import { runTests, testFiles } from '@welfare/test-support/test-runner';
import { startTranslationStandIn } from '@welfare/test-support/translation-stand-in';

const TESTS_DIR = path.join(import.meta.dirname, 'tests');

async function main() {
  // Before anything else: without Chromium the run fails here, saying how to install it.
  assertChromiumInstalled();
  // `npm run test:e2e` asks this before the builds, so a missing browser fails in a second.
  if (process.argv[2] === '--check-browser') return;
  assertBuilt();
  const files = testFiles(TESTS_DIR, process.argv.slice(2));
  // The machine-translation providers (DeepL, LibreTranslate) as their documented APIs answer:
  // tests/machine-translation.test.mjs translates in the admin as staff do.
  const translation = await startTranslationStandIn();
  const machineTranslation = {
    MACHINE_TRANSLATION_DEEPL_API_KEY: translation.deeplKey,
    MACHINE_TRANSLATION_DEEPL_URL: translation.url,
    MACHINE_TRANSLATION_LIBRETRANSLATE_URL: translation.url,
    MACHINE_TRANSLATION_LIBRETRANSLATE_API_KEY: translation.libreKey,
  };
  try {
    process.exitCode = await runOnStack(
      // The admin panel too: tests/admin-language.test.mjs checks what staff see in it.
      { label: 'e2e', database: 'sqlite', cmsEnv: { SERVE_ADMIN_PANEL: 'true', ...machineTranslation } },
      (stack) =>
        runTests(files, {
          E2E_PORTAL_URL: stack.portal.url,
          E2E_CMS_URL: stack.cms.url,
          E2E_PREVIEW_SECRET: stack.sharedSecrets.PREVIEW_SECRET,
          E2E_ADMIN_EMAIL: stack.admin.email,
          E2E_ADMIN_PASSWORD: stack.admin.password,
          E2E_ADMIN_TOKEN: stack.admin.token,
        }),
    );
  } finally {
    await translation.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
