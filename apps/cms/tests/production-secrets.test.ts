import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SECRET_NAMES } from '../src/environment/secrets';
import { APP_DIR } from './support/cms-process';

const run = promisify(execFile);

async function startInProduction(
  secrets: Record<string, string>,
  NODE_ENV: string | undefined = 'production',
): Promise<{ code: number; output: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-prod-'));
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(dir, 'prod.db'),
    PORT: '0',
    ...secrets,
  };
  for (const name of SECRET_NAMES) if (!(name in secrets)) delete env[name];
  if (NODE_ENV === undefined) delete env.NODE_ENV;
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
  it.each(['production', undefined, 'test'])(
    'does not start without secrets with NODE_ENV=%p (only development has defaults)',
    async (NODE_ENV) => {
      const { code, output } = await startInProduction({}, NODE_ENV);
      expect(code).not.toBe(0);
      expect(output).toContain("The CMS's configuration is invalid");
      for (const name of SECRET_NAMES) expect(output).toContain(`${name} is not set`);
    },
  );

  it('does not start with the example values of .env.example', async () => {
    const example = Object.fromEntries(SECRET_NAMES.map((name) => [name, 'change-me']));
    const { code, output } = await startInProduction({ ...example, APP_KEYS: 'change-me-1,change-me-2' });
    expect(code).not.toBe(0);
    expect(output).toContain("The CMS's configuration is invalid");
  });

  it.each([
    ['JWT_SECRET', 'tobemodified'],
    ['CMS_API_TOKEN', 'portal'],
    ['PREVIEW_SECRET', 'x'.repeat(48)],
  ])('names only the secret too weak: %s=%p', async (name, value) => {
    const good = Object.fromEntries(SECRET_NAMES.map((secretName) => [secretName, randomBytes(32).toString('base64')]));
    const { code, output } = await startInProduction({ ...good, [name]: value });
    expect(code).not.toBe(0);
    expect(output).toContain(`- ${name} `);
    for (const other of SECRET_NAMES.filter((secretName) => secretName !== name)) expect(output).not.toContain(`- ${other} `);
  });
});
