#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:integration` (part of `npm test`, after the builds): the built CMS and the built
 * portal as production runs them, wired together (the CMS notifies the portal, the portal reads
 * drafts for previews), on a fresh database with the demo content: SQLite, or PostgreSQL when
 * DATABASE_CLIENT=postgres (@welfare/test-support/stack `runOnStack`). Runs the tests in
 * integration/tests/ with node's test runner, no browser. `node integration/run.mjs preview` runs
 * only the files whose name contains "preview".
 *
 * The test files receive the stack through the environment: INTEGRATION_CMS_URL,
 * INTEGRATION_PORTAL_URL, INTEGRATION_LOG_DIR, INTEGRATION_ADMIN_EMAIL / _PASSWORD / _TOKEN (a staff
 * account), and the shared secrets under their own names (REVALIDATE_SECRET, PREVIEW_SECRET and the
 * portal's tokens: @welfare/types/secrets). Tests that need a stack of their own (a second portal, a
 * CMS they can stop) start it with @welfare/test-support/stack.
 */
import path from 'node:path';
import { assertBuilt, runOnStack } from '@welfare/test-support/stack';
import { runTests, testFiles } from '@welfare/test-support/test-runner';

const TESTS_DIR = path.join(import.meta.dirname, 'tests');

async function main() {
  assertBuilt();
  const files = testFiles(TESTS_DIR, process.argv.slice(2));
  const database = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  process.exitCode = await runOnStack({ label: 'integration', database }, (stack) =>
    runTests(files, {
      ...stack.sharedSecrets,
      INTEGRATION_CMS_URL: stack.cms.url,
      INTEGRATION_PORTAL_URL: stack.portal.url,
      INTEGRATION_LOG_DIR: stack.logDir,
      INTEGRATION_ADMIN_EMAIL: stack.admin.email,
      INTEGRATION_ADMIN_PASSWORD: stack.admin.password,
      INTEGRATION_ADMIN_TOKEN: stack.admin.token,
    }),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
