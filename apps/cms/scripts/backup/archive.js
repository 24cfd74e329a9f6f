// What `npm run backup` writes and `npm run restore` reads: a folder with the database dump, a copy
// of the uploads folder and manifest.json (created at, database client, Strapi version, every
// file with its size and SHA-256).
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const APP_DIR = path.resolve(__dirname, '..', '..');
const MANIFEST = 'manifest.json';
const FORMAT = 1;
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

function sha256(file) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
function listFiles(dir, prefix = '') {
  if (!fs.existsSync(dir)) return [];
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(path.join(dir, entry.name), relative));
    else if (entry.isFile()) files.push(relative);
  }
  return files.sort();
}

async function describeFiles(backupDir) {
  const files = [];
  for (const relative of listFiles(backupDir).filter((file) => file !== MANIFEST)) {
    const absolute = path.join(backupDir, relative);
    files.push({ path: relative, size: fs.statSync(absolute).size, sha256: await sha256(absolute) });
  }
  return files;
}

/** Reads and checks a backup: every file of the manifest present with its checksum, nothing outside it. */
async function verifyBackup(backupDir) {
  const manifestFile = path.join(backupDir, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new Error(`${backupDir} is not a backup: it has no ${MANIFEST}`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  if (manifest.format !== FORMAT || !Array.isArray(manifest.files) || !DUMP_FILE[manifest.database?.client]) {
    throw new Error(`${manifestFile} is not a backup manifest this version can read`);
  }
  const problems = [];
  const listed = new Set();
  for (const file of manifest.files) {
    const relative = String(file.path);
    const absolute = path.resolve(backupDir, relative);
    if (!absolute.startsWith(path.resolve(backupDir) + path.sep)) {
      problems.push(`${relative}: outside the backup`);
      continue;
    }
    listed.add(relative);
    if (!fs.existsSync(absolute)) problems.push(`${relative}: missing`);
    else if ((await sha256(absolute)) !== file.sha256) problems.push(`${relative}: checksum differs`);
  }
  for (const relative of listFiles(backupDir)) {
    if (relative !== MANIFEST && !listed.has(relative)) problems.push(`${relative}: not in the manifest`);
  }
  if (!listed.has(DUMP_FILE[manifest.database.client])) problems.push(`${DUMP_FILE[manifest.database.client]}: not in the manifest`);
  if (problems.length > 0) throw new Error(`The backup in ${backupDir} does not match its manifest, nothing restored:\n  ${problems.join('\n  ')}`);
  return manifest;
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

module.exports = {
  APP_DIR,
  DUMP_FILE,
  FORMAT,
  MANIFEST,
  UPLOADS,
  cmsIsListening,
  databaseConnection,
  defaultUploadsDir,
  describeFiles,
  listFiles,
  loadEnvironment,
  option,
  postgresEnvironment,
  verifyBackup,
};
