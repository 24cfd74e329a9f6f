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
    const names = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{
      name: string;
    }>;
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

/** The files under /uploads that rows of the files table point to: originals and their formats. */
function uploadedFiles(rows: Array<Record<string, unknown>>): string[] {
  const urls = rows.flatMap((row) => {
    const formats = (typeof row.formats === 'string' ? JSON.parse(row.formats) : row.formats) as Record<string, { url: string }> | null;
    return [String(row.url), ...Object.values(formats ?? {}).map((format) => format.url)];
  });
  return urls.filter((url) => url.startsWith('/uploads/')).map((url) => url.slice('/uploads/'.length));
}

/** Every entry under dir (folders included), relative, with its permission bits. */
function modesOf(dir: string): Record<string, string> {
  const modes: Record<string, string> = { '.': (fs.statSync(dir).mode & 0o777).toString(8) };
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    modes[path.relative(dir, file)] = (fs.lstatSync(file).mode & 0o777).toString(8);
  }
  return modes;
}

/** A copy of the good backup changed by `change`, with its manifest rewritten by `manifest`. */
function variant(
  name: string,
  change: (dir: string) => void,
  manifest?: (files: Array<{ path: string; size: number; sha256: string }>) => void,
): string {
  const dir = path.join(work, name);
  fs.cpSync(backupDir, dir, { recursive: true });
  change(dir);
  if (manifest) {
    const file = path.join(dir, 'manifest.json');
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    manifest(parsed.files);
    fs.writeFileSync(file, JSON.stringify(parsed));
  }
  return dir;
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
/** The source database as the backup holds it (read around the backup). */
let sourceAtBackup: Rows;
const staff = { email: `backup-${Date.now()}@welfare.local`, password: 'BackupTest2026!' };
const draftTitle = `Bozza da salvare ${Date.now()}`;

beforeAll(async () => {
  const jwt = await adminLogin();
  // A draft, an admin user and an API token, besides the demo content in every language.
  const draft = await createDraft(jwt, CONTENT_TYPE_REGISTRY.event.uid, 'it', {
    title: draftTitle,
    slug: `bozza-${Date.now()}`,
    summary: 'Bozza',
  });
  expect(draft.status).toBe(201);
  await createStaffMember(jwt, staff.email, staff.password, 'strapi-editor');
  token = await createApiToken(jwt, `backup-test-${Date.now()}`, 'read-only');

  target = await createTestDatabase();
  // The restore checks that no CMS answers on its port: the target CMS is not running.
  // BACKUP_DIR: where a PostgreSQL restore sets the live database aside.
  targetEnv = { ...SOURCE_ENV, ...target.env, PORT: String(await freePort()), BACKUP_DIR: path.join(work, 'set-aside') };
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
    const refused = await script('restore', ['--from', path.join(work, 'early'), '--uploads', path.join(work, 'early-uploads')], {
      ...targetEnv,
      PORT: port,
    });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/stop it before restoring/);
    expect(fs.existsSync(path.join(work, 'early-uploads'))).toBe(false);
  }, 300000);

  it('backs up the running CMS: database, uploads and a manifest of checksums', async () => {
    // The running CMS writes on its own now and then (Strapi's scheduled jobs, such as the upload
    // plugin's weekly metrics): what the backup holds is the database as it was while it ran,
    // read just before and just after; a backup during which the CMS wrote is taken again.
    for (let attempt = 1; ; attempt += 1) {
      fs.rmSync(backupDir, { recursive: true, force: true });
      const before = await readDatabase(SOURCE_ENV);
      const result = await script('backup', ['--out', backupDir], SOURCE_ENV);
      expect(result.code).toBe(0);
      const after = await readDatabase(SOURCE_ENV);
      if (JSON.stringify(before) === JSON.stringify(after) || attempt === 3) {
        expect(after).toEqual(before);
        sourceAtBackup = before;
        break;
      }
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 1, database: { client: SOURCE_ENV.DATABASE_CLIENT }, strapiVersion: '5.54.0' });
    expect(Date.parse(manifest.createdAt)).toBeGreaterThan(Date.now() - 600000);
    for (const file of manifest.files) expect(sha256(path.join(backupDir, file.path))).toBe(file.sha256);
    // Every file the database knows (originals and their smaller formats), as it is on disk. The
    // uploads folder is shared by every CMS the tests start, so it may hold other files too.
    const saved = filesOf(path.join(backupDir, 'uploads'));
    const known = uploadedFiles(parse(sourceAtBackup.files));
    expect(known.length).toBeGreaterThan(0);
    for (const file of known) expect({ file, sha256: saved[file] }).toEqual({ file, sha256: sha256(path.join(UPLOADS, file)) });
  }, 300000);

  it('writes the backup for its owner only: folders 0700, files 0600', async () => {
    const modes = modesOf(backupDir);
    expect(Object.keys(modes).length).toBeGreaterThan(3);
    for (const [entry, mode] of Object.entries(modes)) {
      const isDir = fs.statSync(path.join(backupDir, entry)).isDirectory();
      expect({ entry, mode }).toEqual({ entry, mode: isDir ? '700' : '600' });
    }
  });

  it('refuses links, absolute paths, .. and anything outside the dump and uploads/, restoring nothing', async () => {
    const dump = SOURCE_ENV.DATABASE_CLIENT === 'postgres' ? 'database.pgdump' : 'database.sqlite';
    const entry = (dir: string, relative: string) => {
      const file = path.join(dir, relative);
      return { path: relative, size: fs.statSync(file).size, sha256: sha256(file) };
    };
    const secret = path.join(work, 'outside-secret.txt');
    fs.writeFileSync(secret, 'not for the uploads');
    const cases: Array<[string, string, RegExp]> = [
      // A symbolic link the manifest does not know, and one it lists (pointing out of the backup).
      [
        variant('symlink', (dir) => fs.symlinkSync(secret, path.join(dir, 'uploads', 'evil.txt'))),
        'symlink-uploads',
        /uploads\/evil\.txt: a symbolic link/,
      ],
      [
        variant('symlink-dir', (dir) => fs.symlinkSync('/etc', path.join(dir, 'uploads', 'etc'))),
        'symlink-dir-uploads',
        /uploads\/etc: a symbolic link/,
      ],
      [
        variant(
          'hardlink',
          (dir) => fs.linkSync(path.join(dir, dump), path.join(dir, 'uploads', 'copy.bin')),
          (files) => files.push({ path: 'uploads/copy.bin', size: 0, sha256: '' }),
        ),
        'hardlink-uploads',
        /uploads\/copy\.bin: a hard link/,
      ],
      [
        variant(
          'dotdot',
          (dir) => fs.writeFileSync(path.join(dir, 'x.txt'), 'x'),
          (files) => files.push({ path: 'uploads/../x.txt', size: 1, sha256: sha256(path.join(backupDir, 'manifest.json')) }),
        ),
        'dotdot-uploads',
        /uploads\/\.\.\/x\.txt: a path with \. or \.\./,
      ],
      [
        variant(
          'absolute',
          () => undefined,
          (files) => files.push({ ...entry(backupDir, dump), path: secret }),
        ),
        'absolute-uploads',
        /outside-secret\.txt: an absolute path/,
      ],
      [
        variant(
          'outside',
          (dir) => fs.writeFileSync(path.join(dir, 'config.js'), 'x'),
          (files) => files.push(entry(path.join(work, 'outside'), 'config.js')),
        ),
        'outside-uploads',
        /config\.js: outside the database dump and the uploads folder/,
      ],
    ];
    for (const [from, uploadsName, message] of cases) {
      const uploads = path.join(work, uploadsName);
      const refused = await script('restore', ['--from', from, '--uploads', uploads], targetEnv);
      expect({ from, code: refused.code === 0 ? 0 : 1, output: refused.output }).toEqual({
        from,
        code: 1,
        output: expect.stringMatching(message),
      });
      expect(fs.existsSync(uploads)).toBe(false);
    }
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

    const source = sourceAtBackup;
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

    expect(filesOf(restoredUploads)).toEqual(filesOf(path.join(backupDir, 'uploads')));
    const restoredFiles = filesOf(restoredUploads);
    for (const file of uploadedFiles(parse(source.files))) {
      expect({ file, sha256: restoredFiles[file] }).toEqual({ file, sha256: sha256(path.join(UPLOADS, file)) });
    }
  }, 300000);

  it('restoring again sets the live database aside first', async () => {
    const again = await script('restore', ['--from', backupDir, '--uploads', restoredUploads], targetEnv);
    expect({ code: again.code, output: again.output }).toMatchObject({ code: 0 });
    const kept = /The previous (?:database \S+|\S+) is kept at (\S+)/.exec(again.output)?.[1];
    expect(kept).toBeDefined();
    if (targetEnv.DATABASE_CLIENT === 'postgres') {
      // A dump of the database as it was, which pg_restore can read: every table listed.
      const { stdout } = await run('pg_restore', ['--list', kept!]);
      expect(stdout).toMatch(/TABLE public admin_users/);
      expect((fs.statSync(kept!).mode & 0o777).toString(8)).toBe('600');
    } else {
      const asideRows = await readDatabase({ ...targetEnv, DATABASE_FILENAME: kept! });
      expect(parse(asideRows.admin_users).map((row) => row.email)).toContain(staff.email);
    }
    expect(filesOf(restoredUploads)).toEqual(filesOf(path.join(backupDir, 'uploads')));
  }, 300000);

  it('encrypts every file with age when BACKUP_ENCRYPTION_RECIPIENT is set, and restores only with its key', async () => {
    // Two age key pairs, made by the library the scripts use (an ES module: in a Node process of its own).
    const keys = await run(
      process.execPath,
      [
        '-e',
        "import('age-encryption').then(async (age) => { const keys = [await age.generateIdentity(), await age.generateIdentity()]; console.log(JSON.stringify([...keys, await age.identityToRecipient(keys[0])])) })",
      ],
      { cwd: APP_DIR },
    );
    const [identity, otherIdentity, recipient] = JSON.parse(keys.stdout) as [string, string, string];
    expect(recipient).toMatch(/^age1/);
    const encrypted = path.join(work, 'encrypted');
    const made = await script('backup', ['--out', encrypted], { ...SOURCE_ENV, BACKUP_ENCRYPTION_RECIPIENT: recipient });
    expect({ code: made.code, output: made.output }).toMatchObject({ code: 0 });
    const manifest = JSON.parse(fs.readFileSync(path.join(encrypted, 'manifest.json'), 'utf8'));
    expect(manifest.encryption).toBe('age');
    expect(manifest.files.length).toBeGreaterThan(1);
    for (const file of manifest.files) {
      expect(file.path).toMatch(/\.age$/);
      const bytes = fs.readFileSync(path.join(encrypted, file.path));
      expect(bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
      expect(bytes.includes(Buffer.from(staff.email))).toBe(false);
    }

    const other = await createTestDatabase();
    try {
      const otherEnv = { ...SOURCE_ENV, ...other.env, PORT: targetEnv.PORT };
      const withoutKey = await script('restore', ['--from', encrypted, '--uploads', path.join(work, 'enc-none')], otherEnv);
      expect(withoutKey.output).toMatch(/set BACKUP_ENCRYPTION_IDENTITY/);
      const wrongKey = await script('restore', ['--from', encrypted, '--uploads', path.join(work, 'enc-wrong')], {
        ...otherEnv,
        BACKUP_ENCRYPTION_IDENTITY: otherIdentity,
      });
      expect(wrongKey.output).toMatch(/could not be decrypted/);
      expect(fs.existsSync(path.join(work, 'enc-wrong'))).toBe(false);

      const restored = await script('restore', ['--from', encrypted, '--uploads', path.join(work, 'enc-uploads')], {
        ...otherEnv,
        BACKUP_ENCRYPTION_IDENTITY: identity,
      });
      expect({ code: restored.code, output: restored.output }).toMatchObject({ code: 0 });
      expect(parse((await readDatabase(otherEnv)).admin_users).map((row) => row.email)).toContain(staff.email);
      expect(filesOf(path.join(work, 'enc-uploads'))).toEqual(filesOf(path.join(backupDir, 'uploads')));
    } finally {
      await other.drop();
    }
  }, 400000);

  it('a CMS on the restored database lets the staff member and the API token in', async () => {
    const cms = await startCms({ ...targetEnv, NODE_ENV: 'test', SEED_DEMO_CONTENT: 'true' });
    try {
      await logIn(staff.email, staff.password, cms.url);
      const withToken = await request<{ meta: { pagination: { total: number } } }>('GET', '/api/services?locale=ar', {
        token,
        baseUrl: cms.url,
      });
      expect(withToken.status).toBe(200);
      expect(withToken.body.meta.pagination.total).toBeGreaterThan(0);
      expect((await request('GET', '/api/services', { token: `${token}x`, baseUrl: cms.url })).status).toBe(401);
    } finally {
      await stopCms(cms.child);
    }
  }, 400000);
});

describe('backups in the documented Docker deployment', () => {
  const repository = path.resolve(APP_DIR, '..', '..');
  const compose = fs.readFileSync(path.join(repository, 'docker-compose.yml'), 'utf8');
  const dockerfile = fs.readFileSync(path.join(APP_DIR, 'Dockerfile'), 'utf8');

  it('the CMS image has the PostgreSQL client of the server’s major version', () => {
    const server = /image:\s*postgres:(\d+)/.exec(compose)?.[1];
    expect(server).toBeDefined();
    expect(dockerfile).toMatch(new RegExp(`ARG POSTGRES_MAJOR=${server}\\b`));
    expect(dockerfile).toMatch(/apt-get install[^\n]*postgresql-client-\$\{POSTGRES_MAJOR\}/);
  });

  it('the CMS reaches the database and keeps its backups in a volume only its user reads', () => {
    expect(compose).toMatch(/cms-backups:\/app\/apps\/cms\/backups/);
    expect(dockerfile).toMatch(/chmod 0700 apps\/cms\/backups/);
    // The cms service talks to the postgres service by name (same network).
    expect(compose).toMatch(/DATABASE_HOST: postgres/);
  });
});
