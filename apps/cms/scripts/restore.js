#!/usr/bin/env node
// `npm run restore -- --from <backup dir> [--uploads <dir>]`: puts a backup of `npm run backup`
// back into the configured database and uploads folder. Refuses a backup that does not match its
// manifest (a link of any kind, a path outside its dump and uploads/ included), one of another
// database client, and to run while the CMS is running. The live database is set aside first
// (SQLite: the file renamed; PostgreSQL: dumped to BACKUP_DIR/before-restore-<time>/), and so is
// the uploads folder (renamed). An encrypted backup is decrypted with BACKUP_ENCRYPTION_IDENTITY
// into a private temporary folder before anything is changed.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { promisify } = require('node:util');
const archive = require('./backup/archive');

const run = promisify(execFile);

/** Moves an existing file or folder aside (kept until the operator deletes it) and says where. */
function setAside(target, stamp) {
  if (!fs.existsSync(target)) return;
  const aside = `${target}.before-restore-${stamp}`;
  fs.renameSync(target, aside);
  console.log(`The previous ${path.basename(target)} is kept at ${aside}`);
}

/**
 * Folds a SQLite database's write-ahead log into its file (the CMS runs it in WAL mode). Closing the
 * last connection then removes the -wal and -shm files: if they remain, another process has the
 * database open.
 */
function foldWriteAheadLog(file) {
  const Database = require('better-sqlite3');
  const database = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    database.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    database.close();
  }
}

async function otherPostgresSessions(env) {
  const { stdout } = await run(
    'psql',
    [
      '--no-psqlrc',
      '--tuples-only',
      '--no-align',
      '--command',
      'SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    ],
    { env },
  );
  return Number(stdout.trim());
}

async function main() {
  archive.loadEnvironment();
  const from = archive.option('from');
  if (!from) throw new Error('Which backup? npm run restore -- --from <backup folder>');
  const backupDir = path.resolve(from);
  const uploadsDir = path.resolve(archive.option('uploads', archive.defaultUploadsDir()));
  const manifest = await archive.verifyBackup(backupDir);
  const { client, connection } = archive.databaseConnection();
  if (manifest.database.client !== client) {
    throw new Error(`The backup is of a ${manifest.database.client} database; this CMS is configured for ${client} (DATABASE_CLIENT)`);
  }
  const strapiVersion = require('@strapi/strapi/package.json').version;
  if (manifest.strapiVersion !== strapiVersion) {
    console.warn(
      `The backup was made with Strapi ${manifest.strapiVersion}, this is ${strapiVersion}: Strapi migrates the database on its next start.`,
    );
  }
  if (await archive.cmsIsListening()) {
    throw new Error(
      `A CMS is answering on port ${process.env.PORT || 1337}: stop it before restoring (it would keep writing to the database)`,
    );
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const encrypted = manifest.encryption === 'age';
  // Decrypted copies, readable by this user only, removed at the end.
  const staging = encrypted ? fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-restore-')) : null;
  /** The plain file of a backup entry (decrypted into the staging folder when encrypted). */
  const plainFile = async (relative) => {
    if (!staging) return path.join(backupDir, relative);
    const target = path.join(staging, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    await archive.decryptFile(path.join(backupDir, `${relative}${archive.ENCRYPTED_SUFFIX}`), target);
    return target;
  };
  try {
    // Everything decrypted before anything changes: a wrong key stops here.
    const dump = await plainFile(archive.DUMP_FILE[client]);
    const uploads = [];
    for (const file of manifest.files) {
      if (!file.path.startsWith(`${archive.UPLOADS}/`)) continue;
      const relative = encrypted ? file.path.slice(0, -archive.ENCRYPTED_SUFFIX.length) : file.path;
      uploads.push({ relative: relative.slice(archive.UPLOADS.length + 1), source: await plainFile(relative) });
    }

    if (client === 'sqlite') {
      const target = connection.filename;
      if (fs.existsSync(target)) foldWriteAheadLog(target);
      for (const suffix of ['-wal', '-shm']) {
        if (fs.existsSync(`${target}${suffix}`))
          throw new Error(`${target}${suffix} exists: a CMS may still have the database open; stop it first`);
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      setAside(target, stamp);
      fs.copyFileSync(dump, target, fs.constants.COPYFILE_EXCL);
      fs.chmodSync(target, archive.PRIVATE_FILE_MODE);
    } else {
      const env = archive.postgresEnvironment(connection);
      const sessions = await otherPostgresSessions(env);
      if (sessions > 0) throw new Error(`${sessions} other session(s) use database ${connection.database}: stop the CMS before restoring`);
      // The live database set aside first, as a dump `npm run restore` or pg_restore can put back.
      const aside = path.join(archive.backupsRoot(), `before-restore-${stamp}`);
      archive.makePrivateDir(archive.backupsRoot());
      archive.makePrivateDir(aside);
      const asideDump = path.join(aside, archive.DUMP_FILE[client]);
      await archive.dumpDatabase(client, connection, asideDump);
      const recipient = await archive.encryptionRecipient();
      if (recipient) {
        await archive.encryptFile(asideDump, `${asideDump}${archive.ENCRYPTED_SUFFIX}`, recipient);
        fs.rmSync(asideDump);
      }
      console.log(
        `The previous database ${connection.database} is kept at ${asideDump}${recipient ? archive.ENCRYPTED_SUFFIX : ''} (${recipient ? 'decrypted with age, ' : ''}pg_restore --clean --dbname=${connection.database} <file> puts it back)`,
      );
      // Replaces what the dump holds, in one transaction: all of it or nothing.
      await run(
        'pg_restore',
        [
          '--clean',
          '--if-exists',
          '--no-owner',
          '--no-privileges',
          '--single-transaction',
          '--exit-on-error',
          `--dbname=${connection.database}`,
          dump,
        ],
        {
          env,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
    }

    setAside(uploadsDir, stamp);
    fs.mkdirSync(uploadsDir, { recursive: true, mode: 0o755 });
    for (const { relative, source } of uploads) {
      // verifyBackup let through only plain relative paths under uploads/; checked again here.
      const target = path.resolve(uploadsDir, relative);
      if (!target.startsWith(uploadsDir + path.sep)) throw new Error(`${relative}: outside ${uploadsDir}`);
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 });
      // A fresh folder: never written through anything already there.
      fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
      fs.chmodSync(target, 0o644);
    }
    console.log(
      `Restored the backup of ${manifest.createdAt} (${manifest.files.length} files) into the ${client} database and ${uploadsDir}`,
    );
  } finally {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`Restore stopped: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
