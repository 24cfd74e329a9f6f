import { TEST_ADMIN } from './admin-api';
import { TEST_SECRETS, startCms, stopCms } from './cms-process';
import { createTestDatabase } from './test-database';

export interface ExtraCms {
  url: string;
  /** The environment it runs with (its database included), for scripts run against it. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Another real CMS, on its own empty database (no demo content, the test admin), for a test that
 * needs a configuration the shared instance must not have, such as a rate limit of a few requests.
 */
export async function startExtraCms(env: Record<string, string>): Promise<ExtraCms> {
  const database = await createTestDatabase();
  try {
    const cmsEnv = {
      ...database.env,
      NODE_ENV: 'test',
      ...TEST_SECRETS,
      SEED_DEMO_CONTENT: 'false',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      ...env,
    };
    const cms = await startCms(cmsEnv);
    return {
      url: cms.url,
      env: cmsEnv,
      async stop() {
        await stopCms(cms.child);
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
