import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SECRET_NAMES } from '../src/environment/secrets';
import { APP_DIR } from './support/cms-process';

const run = promisify(execFile);

async function startInProduction(secrets: Record<string, string>): Promise<{ code: number; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-prod-'));
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'production', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'prod.db'), PORT: '0', ...secrets };
  for (const name of SECRET_NAMES) if (!(name in secrets)) delete env[name];
  try {
    await run(process.execPath, [path.join(APP_DIR, 'tests', 'support', 'start-cms.js')], { cwd: APP_DIR, env, timeout: 60000 });
    return { code: 0, output: '' };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: `${failure.stdout}${failure.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('production refuses default secrets', () => {
  it('does not start without secrets', async () => {
    const { code, output } = await startInProduction({});
    expect(code).not.toBe(0);
    expect(output).toContain('Refusing to start in production');
    for (const name of SECRET_NAMES) expect(output).toContain(name);
  });

  it('does not start with the example values of .env.example', async () => {
    const example = Object.fromEntries(SECRET_NAMES.map((name) => [name, 'change-me']));
    const { code, output } = await startInProduction({ ...example, APP_KEYS: 'change-me-1,change-me-2' });
    expect(code).not.toBe(0);
    expect(output).toContain('Refusing to start in production');
  });

  it('names only the secret left at an example value', async () => {
    const good = Object.fromEntries(SECRET_NAMES.map((name) => [name, `s3cr3t-${name}-${Math.random().toString(36).slice(2)}`]));
    const { code, output } = await startInProduction({ ...good, JWT_SECRET: 'tobemodified' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/set JWT_SECRET to secret/);
  });
});
