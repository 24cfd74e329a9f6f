import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { logIn } from './support/admin-api';
import { APP_DIR, TEST_SECRETS, startCms, stopCms, type RunningCms } from './support/cms-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * A fresh production CMS gets its first admin from the command line (`npm run admin:create`), before
 * anyone can reach it; then the admin's "create the first admin" page is closed to everyone else.
 */
const EMAIL = 'prima.amministratrice@welfare.test';
const PASSWORD = `Prima-${Date.now()}-Admin`;

let database: TestDatabase;
let cms: RunningCms | undefined;

/** Runs the script as an operator would, the password on standard input. */
function createAdmin(args: string[], password: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join('scripts', 'admin-create.js'), ...args], {
      cwd: APP_DIR,
      env: { ...process.env, ...TEST_SECRETS, ...database.env, NODE_ENV: 'production', SEED_DEMO_CONTENT: 'false', ENV_PATH: '/dev/null' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdin.end(`${password}\n`);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  if (cms) await stopCms(cms.child);
  await database?.drop();
});

describe('npm run admin:create', () => {
  it('refuses a weak password or a missing e-mail, and creates nothing', async () => {
    const weak = await createAdmin(['--email', EMAIL], 'short1A');
    expect(weak.code).not.toBe(0);
    expect(weak.output).toContain('at least 12 characters');
    const noEmail = await createAdmin([], PASSWORD);
    expect(noEmail.code).not.toBe(0);
    expect(noEmail.output).toContain('--email');
  }, 60000);

  it('creates the first super admin in a production database, never echoing the password', async () => {
    const created = await createAdmin(['--email', EMAIL, '--firstname', 'Prima', '--lastname', 'Amministratrice'], PASSWORD);
    expect(created.output).toContain(`Created the super admin ${EMAIL}`);
    expect(created.output).not.toContain(PASSWORD);
    expect(created.code).toBe(0);
    // The same e-mail a second time is refused.
    const again = await createAdmin(['--email', EMAIL], PASSWORD);
    expect(again.code).not.toBe(0);
    expect(again.output).toContain('exists already');
  }, 600000);

  it('closes the registration page: the CMS starts with its admin, who logs in; nobody else can register', async () => {
    cms = await startCms({ ...database.env, NODE_ENV: 'production', SEED_DEMO_CONTENT: 'false' }, 600000);
    const init = (await (await fetch(`${cms.url}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
    expect(init.data.hasAdmin).toBe(true);
    expect(await logIn(EMAIL, PASSWORD, cms.url)).toEqual(expect.any(String));
    const intruder = await fetch(`${cms.url}/admin/register-admin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ firstname: 'Eve', lastname: 'Intruder', email: 'eve@evil.example', password: 'Intruder-2026-pass' }),
    });
    expect(intruder.status).toBeGreaterThanOrEqual(400);
    expect(intruder.status).toBeLessThan(500);
  }, 900000);
});

describe('docker-compose.yml', () => {
  it('publishes no CMS port by default (deploy/compose.cms-port.yml does, once the admin exists)', () => {
    const compose = fs.readFileSync(path.join(APP_DIR, '..', '..', 'docker-compose.yml'), 'utf8');
    const cmsService = /\n {2}cms:\n([\s\S]*?)\n {2}\w[\w-]*:\n/.exec(compose)?.[1] ?? '';
    expect(cmsService).toContain('dockerfile: apps/cms/Dockerfile');
    expect(cmsService).not.toMatch(/^\s{4}ports:/m);
    expect(compose).not.toMatch(/["']?\d*:?1337:1337["']?/);
    const override = fs.readFileSync(path.join(APP_DIR, '..', '..', 'deploy', 'compose.cms-port.yml'), 'utf8');
    expect(override).toContain('${CMS_PORT:-127.0.0.1:1337}:1337');
  });
});
