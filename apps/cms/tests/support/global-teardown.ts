import { stopCms } from './cms-process';

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__WELFARE_CMS__;
  if (!running) return;
  await stopCms(running.child);
  await running.database.drop();
}
