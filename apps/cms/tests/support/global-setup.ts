import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';
import { PORTAL_TOKEN_NAMES } from '@welfare/types/secrets';
import { randomSecrets } from '@welfare/test-support/secrets';
import { TEST_SECRETS, startCms } from './cms-process';
import { createTestDatabase } from './test-database';
import { TEST_ADMIN, TEST_PORTAL_URL, logIn } from './admin-api';

/**
 * Compiles the CMS once, starts it on a fresh database with the demo content, and hands its URL
 * to the tests through the environment. The tests talk to it over HTTP only.
 */
export default async function globalSetup(): Promise<void> {
  await compileStrapi({ appDir: process.cwd() });
  const database = await createTestDatabase();
  const cmsEnv = {
    ...database.env,
    NODE_ENV: 'test',
    ...TEST_SECRETS,
    // The portal's tokens, made at start (bootstrap/portal-token.ts): NODE_ENV=test has no defaults.
    ...randomSecrets(PORTAL_TOKEN_NAMES),
    SEED_DEMO_CONTENT: 'true',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    // The suite makes hundreds of anonymous requests a minute from one IP; tests/rate-limit.test.ts
    // checks the limits on instances of its own. Partner tokens keep the default limit.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    // CORS as .env.example ships it: no CORS_ORIGINS, so the portal's origin only.
    PORTAL_URL: TEST_PORTAL_URL,
    CORS_ORIGINS: '',
    // A temporary folder of its own, so tests can see what request bodies leave in it.
    TMPDIR: fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-cms-tmp-')),
  };
  // Under a heavy machine load the first start (migrations, demo content) can take minutes.
  const cms = await startCms(cmsEnv, Number(process.env.CMS_TEST_START_TIMEOUT_MS) || undefined);
  process.env.CMS_TEST_URL = cms.url;
  process.env.CMS_TEST_ENV = JSON.stringify(cmsEnv);
  process.env.CMS_TEST_ADMIN_JWT = await logIn();
  globalThis.__WELFARE_CMS__ = { child: cms.child, database };
}
