import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { randomCmsSecrets } from '@welfare/test-support/secrets';

export const APP_DIR = path.resolve(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Outside NODE_ENV=development the CMS has no default secrets: the test instances get random ones,
 * the same for every instance a test file starts (a restart on the same database keeps its tokens).
 */
export const TEST_SECRETS: Readonly<Record<string, string>> = randomCmsSecrets();

export interface RunningCms {
  url: string;
  child: ChildProcess;
  output: () => string;
}

/** Starts the compiled CMS as its own process, as production runs it, and waits until it answers. */
// CMS_TEST_START_TIMEOUT_MS: more patience on a machine shared by many test runs.
export async function startCms(
  env: Record<string, string>,
  timeoutMs = Number(process.env.CMS_TEST_START_TIMEOUT_MS) || 120000,
): Promise<RunningCms> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(APP_DIR, 'tests', 'support', 'start-cms.js')], {
    cwd: APP_DIR,
    env: { ...process.env, ...TEST_SECRETS, ...env, HOST: '127.0.0.1', PORT: String(port), SERVE_ADMIN_PANEL: 'false', BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) return { url, child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The CMS did not answer within ${timeoutMs} ms:\n${output}`);
}

export async function stopCms(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10000).unref();
  });
}
