import fs from 'node:fs';
import { stopCms } from './cms-process';

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__WELFARE_CMS__;
  if (!running) return;
  await stopCms(running.child);
  await running.database.drop();
  const tmpdir = (JSON.parse(process.env.CMS_TEST_ENV ?? '{}') as { TMPDIR?: string }).TMPDIR;
  if (tmpdir) fs.rmSync(tmpdir, { recursive: true, force: true });
}
