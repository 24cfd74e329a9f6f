import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { CONTENT_TYPE_REGISTRY, LOCALE_CODES } from '@welfare/types';
import { adminLogin, cmsUrl, createApiToken, createDraft, createStaffMember, logIn, request } from './support/admin-api';
import { APP_DIR, freePort, startCms, stopCms } from './support/cms-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * `npm run backup` of the shared test CMS while it runs, `npm run restore` into a fresh database
 * (SQLite or PostgreSQL, as the suite runs) and a fresh uploads folder: every row and every file
 * comes back identical, and a CMS started on the restored database lets staff and partners in.
 */

const run = promisify(execFile);
const SOURCE_ENV = JSON.parse(process.env.CMS_TEST_ENV ?? '{}') as Record<string, string>;
const UPLOADS = path.join(APP_DIR, 'public', 'uploads');

type Rows = Record<string, string[]>;

/** Every row of every table, as sorted JSON lines per table. */
async function readDatabase(env: Record<string, string>): Promise<Rows> {
  const tables: Rows = {};
  const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
  if (env.DATABASE_CLIENT === 'postgres') {
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const names = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      for (const { tablename } of names.rows) tables[tablename] = sorted((await client.query(`SELECT * FROM "${tablename}"`)).rows);
    } finally {
      await client.end();
    }
    return tables;
  }
  const database = new Database(env.DATABASE_FILENAME, { readonly: true, fileMustExist: true });
  try {
    const names = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
    for (const { name } of names) tables[name] = sorted(database.prepare(`SELECT * FROM "${name}"`).all());
  } finally {
    database.close();
  }
  return tables;
}

const parse = (rows: string[] | undefined) => (rows ?? []).map((row) => JSON.parse(row) as Record<string, unknown>);
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== '.gitkeep')
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), sha256(file)];
      }),
  );
}

async function script(name: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [`scripts/${name}.js`, ...args], {
      cwd: APP_DIR,
      // No .env of the developer's: the test's environment only.
      env: { ...process.env, ENV_PATH: '/dev/null', ...env },
      timeout: 300000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-backup-test-'));
const backupDir = path.join(work, 'backup');
const restoredUploads = path.join(work, 'uploads');
let target: TestDatabase;
let targetEnv: Record<string, string>;
let token: string;
const staff = { email: `backup-${Date.now()}@welfare.local`, password: 'BackupTest2026!' };
const draftTitle = `Bozza da salvare ${Date.now()}`;

beforeAll(async () => {
  const jwt = await adminLogin();
  // A draft, an admin user and an API token, besides the demo content in every language.
  const draft = await createDraft(jwt, CONTENT_TYPE_REGISTRY.event.uid, 'it', { title: draftTitle, slug: `bozza-${Date.now()}`, summary: 'Bozza' });
  expect(draft.status).toBe(201);
  await createStaffMember(jwt, staff.email, staff.password, 'strapi-editor');
  token = await createApiToken(jwt, `backup-test-${Date.now()}`, 'read-only');

  target = await createTestDatabase();
  // The restore checks that no CMS answers on its port: the target CMS is not running.
  targetEnv = { ...SOURCE_ENV, ...target.env, PORT: String(await freePort()) };
}, 120000);

afterAll(async () => {
  await target?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run backup and npm run restore', () => {
  it('restore refuses while the target CMS is running', async () => {
    const answer = await script('backup', ['--out', path.join(work, 'early')], SOURCE_ENV);
    expect(answer.code).toBe(0);
    const port = new URL(cmsUrl()).port;
    const refused = await script('restore', ['--from', path.join(work, 'early'), '--uploads', path.join(work, 'early-uploads')], { ...targetEnv, PORT: port });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/stop it before restoring/);
    expect(fs.existsSync(path.join(work, 'early-uploads'))).toBe(false);
  }, 300000);

  it('backs up the running CMS: database, uploads and a manifest of checksums', async () => {
    const result = await script('backup', ['--out', backupDir], SOURCE_ENV);
    expect(result.code).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 1, database: { client: SOURCE_ENV.DATABASE_CLIENT }, strapiVersion: '5.54.0' });
    expect(Date.parse(manifest.createdAt)).toBeGreaterThan(Date.now() - 600000);
    for (const file of manifest.files) expect(sha256(path.join(backupDir, file.path))).toBe(file.sha256);
    expect(manifest.files.filter((file: { path: string }) => file.path.startsWith('uploads/')).length).toBe(Object.keys(filesOf(UPLOADS)).length);
  }, 300000);

  it('refuses a backup whose files do not match the manifest', async () => {
    const tampered = path.join(work, 'tampered');
    fs.cpSync(backupDir, tampered, { recursive: true });
    const upload = fs.readdirSync(path.join(tampered, 'uploads')).find((name) => name.endsWith('.png'))!;
    fs.appendFileSync(path.join(tampered, 'uploads', upload), 'x');
    const refused = await script('restore', ['--from', tampered, '--uploads', path.join(work, 'tampered-uploads')], targetEnv);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`uploads/${upload}: checksum differs`);
    expect(fs.existsSync(path.join(work, 'tampered-uploads'))).toBe(false);
  }, 300000);

  it('restores into a fresh database: every row and every upload identical', async () => {
    const result = await script('restore', ['--from', backupDir, '--uploads', restoredUploads], targetEnv);
    expect({ code: result.code, output: result.output }).toMatchObject({ code: 0 });

    const source = await readDatabase(SOURCE_ENV);
    const restored = await readDatabase(targetEnv);
    // What the backup is for, present in the source (so the comparison below means something).
    const services = parse(source[CONTENT_TYPE_REGISTRY.service.pluralName]);
    expect(new Set(services.map((row) => row.locale))).toEqual(new Set(LOCALE_CODES));
    expect(parse(source.events).some((row) => row.title === draftTitle && row.published_at === null)).toBe(true);
    expect(parse(source.admin_users).map((row) => row.email)).toContain(staff.email);
    expect(parse(source.strapi_api_tokens).length).toBeGreaterThan(0);
    expect(parse(source.files).length).toBeGreaterThan(0);

    expect(Object.keys(restored).sort()).toEqual(Object.keys(source).sort());
    for (const table of Object.keys(source)) expect({ table, rows: restored[table] }).toEqual({ table, rows: source[table] });

    expect(filesOf(restoredUploads)).toEqual(filesOf(UPLOADS));
    for (const file of parse(source.files)) {
      expect(fs.existsSync(path.join(restoredUploads, String(file.url).replace(/^\/uploads\//, '')))).toBe(true);
    }
  }, 300000);

  it('a CMS on the restored database lets the staff member and the API token in', async () => {
    const cms = await startCms({ ...targetEnv, NODE_ENV: 'test', SEED_DEMO_CONTENT: 'true' });
    try {
      await logIn(staff.email, staff.password, cms.url);
      const withToken = await request<{ meta: { pagination: { total: number } } }>('GET', '/api/services?locale=ar', { token, baseUrl: cms.url });
      expect(withToken.status).toBe(200);
      expect(withToken.body.meta.pagination.total).toBeGreaterThan(0);
      expect((await request('GET', '/api/services', { token: `${token}x`, baseUrl: cms.url })).status).toBe(401);
    } finally {
      await stopCms(cms.child);
    }
  }, 400000);
});
