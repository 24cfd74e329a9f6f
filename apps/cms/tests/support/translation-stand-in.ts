import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * The providers' stand-in (packages/test-support/translation-stand-in.mjs) in a process of its own:
 * the CMS's jest runs CommonJS, the stand-in is a module. Controlled over HTTP.
 */
export interface StandIn {
  url: string;
  deeplKey: string;
  libreKey: string;
  stop(): Promise<void>;
  fail(provider: 'deepl' | 'libretranslate', status: number, times?: number, hang?: boolean): Promise<void>;
  limit(characterLimit: number): Promise<void>;
  reset(): Promise<void>;
  requests(): Promise<Array<{ provider: string; path: string; params: Record<string, unknown>; texts: string[] }>>;
}

const SCRIPT = path.resolve(__dirname, '..', '..', '..', '..', 'packages', 'test-support', 'translation-stand-in.mjs');

export async function startStandIn(): Promise<StandIn> {
  const child: ChildProcess = spawn(process.execPath, [SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The translation stand-in exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      if (buffer.includes('\n')) resolve(buffer.slice(0, buffer.indexOf('\n')));
    });
  });
  const { url, deeplKey, libreKey } = JSON.parse(first) as { url: string; deeplKey: string; libreKey: string };
  const post = async (what: string, body: object = {}) => {
    const response = await fetch(`${url}/__stand-in/${what}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`stand-in ${what}: ${response.status}`);
  };
  return {
    url,
    deeplKey,
    libreKey,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    fail: (provider, status, times = 1, hang = false) => post('fail', { provider, status, times, hang }),
    limit: (characterLimit) => post('limit', { characterLimit }),
    reset: () => post('reset'),
    requests: async () => (await (await fetch(`${url}/__stand-in/requests`)).json()) as Awaited<ReturnType<StandIn['requests']>>,
  };
}
