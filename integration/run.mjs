#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:integration` (part of `npm test`, after the builds): the built CMS and the built
 * portal as production runs them, wired together (the CMS notifies the portal, the portal reads
 * drafts for previews), on a fresh database with the demo content: SQLite, or PostgreSQL when
 * DATABASE_CLIENT=postgres. Runs the tests in integration/tests/ with node's test runner, no
 * browser. `node integration/run.mjs preview` runs only the files whose name contains "preview".
 *
 * The test files receive the stack through the environment: INTEGRATION_CMS_URL,
 * INTEGRATION_PORTAL_URL, INTEGRATION_LOG_DIR, INTEGRATION_ADMIN_EMAIL / _PASSWORD (a staff account),
 * and the shared secrets REVALIDATE_SECRET, PREVIEW_SECRET, CMS_API_TOKEN, CMS_PREVIEW_TOKEN, CMS_RATING_TOKEN. Tests
 * that need a stack of their own (a second portal, a CMS they can stop) start it with
 * @welfare/test-support/stack.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '@welfare/test-support/processes';
import { temporaryPostgres } from '@welfare/test-support/postgres';
import { assertBuilt, logDirectory, startCms, startPortal, temporarySqlite } from '@welfare/test-support/stack';
import { runTests, runningServices, testFiles } from '@welfare/test-support/test-runner';
import { adminToken, registerFirstAdmin } from '@welfare/test-support/admin';
import { secretsInLogs } from '@welfare/test-support/logs';

const TESTS_DIR = path.join(import.meta.dirname, 'tests');

const random = () => randomBytes(24).toString('hex');

async function main() {
  assertBuilt();
  const files = testFiles(TESTS_DIR, process.argv.slice(2));
  const startedAt = Date.now();
  const logDir = logDirectory('welfare-integration-logs-');
  const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
  const database = onPostgres ? await temporaryPostgres('welfare_integration') : temporarySqlite();
  const { running, stopAll } = runningServices(database.drop);

  // What production shares between the two apps through .env: fresh values for every run.
  const shared = { REVALIDATE_SECRET: random(), PREVIEW_SECRET: random(), CMS_API_TOKEN: random(), CMS_PREVIEW_TOKEN: random(), CMS_RATING_TOKEN: random() };
  const admin = { email: 'integration@welfare.local', password: `Integration-${random().slice(0, 12)}-2026` };
  let exitCode = 1;
  try {
    const portalPort = await freePort();
    const portalUrl = `http://127.0.0.1:${portalPort}`;
    console.log(`integration: starting the CMS (production build, fresh ${onPostgres ? 'PostgreSQL' : 'SQLite'} database, demo content)…`);
    const cms = await startCms({
      databaseEnv: database.env,
      logDir,
      extraEnv: { ...shared, PORTAL_URL: portalUrl, RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000' },
    });
    running.push(cms);
    await registerFirstAdmin(cms.url, admin.email, admin.password);
    console.log(`integration: CMS on ${cms.url}; starting the portal (production build)…`);
    const portal = await startPortal({ cmsUrl: cms.url, logDir, port: portalPort, extraEnv: shared });
    running.push(portal);
    console.log(`integration: portal on ${portal.url}; stack ready in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
    // One login for every test file: the admin allows few a minute from one address.
    const adminSessionToken = await adminToken(cms.url, admin.email, admin.password);
    exitCode = await runTests(files, {
      ...shared,
      INTEGRATION_CMS_URL: cms.url,
      INTEGRATION_PORTAL_URL: portal.url,
      INTEGRATION_LOG_DIR: logDir,
      INTEGRATION_ADMIN_EMAIL: admin.email,
      INTEGRATION_ADMIN_PASSWORD: admin.password,
      INTEGRATION_ADMIN_TOKEN: adminSessionToken,
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await stopAll();
  }
  // Every server's log of this run, searched for every secret of every server's environment.
  const leaks = secretsInLogs(logDir, { INTEGRATION_ADMIN_PASSWORD: admin.password });
  if (leaks.found.length > 0) {
    console.error(`integration: secrets in the servers' logs: ${leaks.found.map(({ file, variable }) => `${variable} in ${file}`).join(', ')}`);
    exitCode = 1;
  } else console.log(`integration: no secret in the servers' logs (${leaks.secrets} values searched in ${leaks.files} files)`);
  console.log(`integration: finished in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
  if (exitCode === 0) fs.rmSync(logDir, { recursive: true, force: true });
  else console.error(`integration: failed; the servers' logs are in ${logDir}`);
  process.exitCode = exitCode;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
