// What `npm run backup` writes and `npm run restore` reads: a folder with the database dump, a copy
// of the uploads folder and manifest.json (created at, database client, Strapi version, whether
// encrypted, every file with its size and SHA-256). Folders are 0700 and files 0600: the dump holds
// password hashes, token hashes and ratings. With BACKUP_ENCRYPTION_RECIPIENT (an age public key,
// age1…) every file is encrypted to it with age (https://age-encryption.org, the age-encryption
// library) and stored as <name>.age; `npm run restore` decrypts with BACKUP_ENCRYPTION_IDENTITY (the
// matching AGE-SECRET-KEY-1…), which need not be on the machine that makes the backups.
const { execFile } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const { promisify } = require('node:util');

const run = promisify(execFile);

const APP_DIR = path.resolve(__dirname, '..', '..');
const MANIFEST = 'manifest.json';
const FORMAT = 1;
const PRIVATE_DIR_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;
const ENCRYPTED_SUFFIX = '.age';
const DUMP_FILE = { sqlite: 'database.sqlite', postgres: 'database.pgdump' };
const UPLOADS = 'uploads';

/** The environment as Strapi reads it: ENV_PATH (or .env in the app) below the process's own variables. */
function loadEnvironment() {
  const envPath = process.env.ENV_PATH ? path.resolve(APP_DIR, process.env.ENV_PATH) : path.join(APP_DIR, '.env');
  if (fs.existsSync(envPath)) require('dotenv').config({ path: envPath, quiet: true });
}

/** The database connection of config/database.ts (compiled to dist/ by `npm run build`), so both agree. */
function databaseConnection() {
  const compiled = path.join(APP_DIR, 'dist', 'config', 'database.js');
  if (!fs.existsSync(compiled)) throw new Error('dist/config/database.js is missing: run `npm run build` first');
  const { env } = require('@strapi/utils');
  const configure = require(compiled).default;
  const { connection } = configure({ env });
  return { client: connection.client, connection: connection.connection };
}

/** The environment of pg_dump/pg_restore for a connection (no password on the command line). */
function postgresEnvironment(connection) {
  return {
    ...process.env,
    PGHOST: connection.host,
    PGPORT: String(connection.port),
    PGDATABASE: connection.database,
    PGUSER: connection.user,
    PGPASSWORD: connection.password ?? '',
    ...(connection.ssl ? { PGSSLMODE: connection.ssl.rejectUnauthorized === false ? 'require' : 'verify-full' } : {}),
  };
}

/**
 * A consistent copy of the database into `file`, safe while the CMS runs: SQLite's online backup
 * API, or pg_dump in one transaction (custom format, for pg_restore). pg_dump must be of the
 * server's major version or newer (the CMS image installs it: apps/cms/Dockerfile).
 */
async function dumpDatabase(client, connection, file) {
  if (client === 'sqlite') {
    const Database = require('better-sqlite3');
    const database = new Database(connection.filename, { readonly: true, fileMustExist: true });
    try {
      await database.backup(file);
    } finally {
      database.close();
    }
  } else {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`], {
      env: postgresEnvironment(connection),
      maxBuffer: 16 * 1024 * 1024,
    });
  }
  fs.chmodSync(file, PRIVATE_FILE_MODE);
}

function sha256(file) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Every file under dir, as paths relative to it with forward slashes, sorted. Anything but regular
 * files and folders (a symbolic link, a device, a socket) and a file with other hard links is a
 * problem, added to `problems`: a restore must never write through a link or outside its folders.
 */
function listFiles(dir, prefix = '', problems = []) {
  if (!fs.existsSync(dir)) return [];
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    const stat = fs.lstatSync(path.join(dir, entry.name));
    if (stat.isSymbolicLink()) problems.push(`${relative}: a symbolic link`);
    else if (stat.isDirectory()) files.push(...listFiles(path.join(dir, entry.name), relative, problems));
    else if (!stat.isFile()) problems.push(`${relative}: not a regular file`);
    else if (stat.nlink > 1) problems.push(`${relative}: a hard link (${stat.nlink} names)`);
    else files.push(relative);
  }
  return files.sort();
}

/** Why a manifest path may not be restored (absolute, `..`, outside the dump and the uploads folder), or null. */
function unsafePath(relative, client, encrypted) {
  const suffix = encrypted ? ENCRYPTED_SUFFIX : '';
  if (typeof relative !== 'string' || relative === '') return 'not a path';
  if (relative.includes('\\') || relative.includes('\0') || path.posix.isAbsolute(relative) || /^[a-z]:/i.test(relative))
    return 'an absolute path';
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return 'a path with . or .. or an empty part';
  if (relative === `${DUMP_FILE[client]}${suffix}`) return null;
  if (segments[0] === UPLOADS && segments.length > 1 && (!encrypted || relative.endsWith(ENCRYPTED_SUFFIX))) return null;
  return `outside the database dump and the ${UPLOADS} folder`;
}

async function describeFiles(backupDir) {
  const files = [];
  for (const relative of listFiles(backupDir).filter((file) => file !== MANIFEST)) {
    const absolute = path.join(backupDir, relative);
    files.push({ path: relative, size: fs.statSync(absolute).size, sha256: await sha256(absolute) });
  }
  return files;
}

/**
 * Reads and checks a backup: every file of the manifest present with its checksum, nothing outside
 * it, no path outside the backup's two parts (the dump, uploads/), no link of any kind.
 */
async function verifyBackup(backupDir) {
  const manifestFile = path.join(backupDir, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new Error(`${backupDir} is not a backup: it has no ${MANIFEST}`);
  if (fs.lstatSync(manifestFile).isSymbolicLink()) throw new Error(`${manifestFile} is a symbolic link: not restored`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  if (
    manifest.format !== FORMAT ||
    !Array.isArray(manifest.files) ||
    !DUMP_FILE[manifest.database?.client] ||
    ![undefined, null, 'age'].includes(manifest.encryption)
  ) {
    throw new Error(`${manifestFile} is not a backup manifest this version can read`);
  }
  const client = manifest.database.client;
  const encrypted = manifest.encryption === 'age';
  const problems = [];
  const listed = new Set();
  const present = new Set(listFiles(backupDir, '', problems));
  for (const file of manifest.files) {
    const relative = file?.path;
    const unsafe = unsafePath(relative, client, encrypted);
    if (unsafe) {
      problems.push(`${String(relative)}: ${unsafe}`);
      continue;
    }
    listed.add(relative);
    if (!present.has(relative)) problems.push(`${relative}: missing`);
    else if ((await sha256(path.join(backupDir, relative))) !== file.sha256) problems.push(`${relative}: checksum differs`);
  }
  for (const relative of present) {
    if (relative !== MANIFEST && !listed.has(relative)) problems.push(`${relative}: not in the manifest`);
  }
  const dump = `${DUMP_FILE[client]}${encrypted ? ENCRYPTED_SUFFIX : ''}`;
  if (!listed.has(dump)) problems.push(`${dump}: not in the manifest`);
  if (problems.length > 0)
    throw new Error(`The backup in ${backupDir} does not match its manifest, nothing restored:\n  ${problems.join('\n  ')}`);
  return manifest;
}

/** A folder only its owner may enter (created if missing, tightened if it exists). */
function makePrivateDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/** The age recipient backups are encrypted to: BACKUP_ENCRYPTION_RECIPIENT, or that of BACKUP_ENCRYPTION_IDENTITY; null when neither is set. */
async function encryptionRecipient(env = process.env) {
  const recipient = (env.BACKUP_ENCRYPTION_RECIPIENT ?? '').trim();
  const identity = (env.BACKUP_ENCRYPTION_IDENTITY ?? '').trim();
  if (!recipient && !identity) return null;
  const age = await import('age-encryption');
  if (recipient) {
    if (!/^age1[02-9ac-hj-np-z]+$/.test(recipient))
      throw new Error('BACKUP_ENCRYPTION_RECIPIENT must be an age public key (age1…), e.g. from `age-keygen`');
    return recipient;
  }
  try {
    return await age.identityToRecipient(identity);
  } catch {
    throw new Error('BACKUP_ENCRYPTION_IDENTITY must be an age secret key (AGE-SECRET-KEY-1…)');
  }
}

/** Writes source encrypted to the recipient as target (0600). */
async function encryptFile(source, target, recipient) {
  const age = await import('age-encryption');
  const encrypter = new age.Encrypter();
  encrypter.addRecipient(recipient);
  const encrypted = await encrypter.encrypt(Readable.toWeb(fs.createReadStream(source)));
  await pipeline(Readable.fromWeb(encrypted), fs.createWriteStream(target, { mode: PRIVATE_FILE_MODE, flags: 'wx' }));
}

/** Writes source decrypted with BACKUP_ENCRYPTION_IDENTITY as target (0600); the age library authenticates every chunk. */
async function decryptFile(source, target, env = process.env) {
  const identity = (env.BACKUP_ENCRYPTION_IDENTITY ?? '').trim();
  if (!identity)
    throw new Error('The backup is encrypted: set BACKUP_ENCRYPTION_IDENTITY to the age secret key (AGE-SECRET-KEY-1…) it was made for');
  const age = await import('age-encryption');
  const decrypter = new age.Decrypter();
  decrypter.addIdentity(identity);
  try {
    const decrypted = await decrypter.decrypt(Readable.toWeb(fs.createReadStream(source)));
    await pipeline(Readable.fromWeb(decrypted), fs.createWriteStream(target, { mode: PRIVATE_FILE_MODE, flags: 'wx' }));
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw new Error(
      `${path.basename(source)} could not be decrypted with BACKUP_ENCRYPTION_IDENTITY: ${error instanceof Error ? error.message : error}`,
      { cause: error },
    );
  }
}

/** Whether something answers on the CMS's configured address (HOST/PORT): a running CMS. */
function cmsIsListening(env = process.env) {
  const host = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
  const port = Number(env.PORT || 1337);
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** `--name value` arguments. */
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = process.argv[index + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

const defaultUploadsDir = () => path.join(APP_DIR, 'public', 'uploads');
/** Where backups go unless --out says otherwise (BACKUP_DIR, or backups/ in the app). */
const backupsRoot = () => path.resolve(process.env.BACKUP_DIR || path.join(APP_DIR, 'backups'));

module.exports = {
  APP_DIR,
  DUMP_FILE,
  ENCRYPTED_SUFFIX,
  FORMAT,
  MANIFEST,
  PRIVATE_FILE_MODE,
  UPLOADS,
  backupsRoot,
  cmsIsListening,
  decryptFile,
  encryptFile,
  encryptionRecipient,
  databaseConnection,
  defaultUploadsDir,
  dumpDatabase,
  makePrivateDir,
  describeFiles,
  listFiles,
  loadEnvironment,
  option,
  postgresEnvironment,
  verifyBackup,
};
