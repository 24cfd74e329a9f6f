#!/usr/bin/env node
// `npm run restore -- --from <backup dir> [--uploads <dir>]`: puts a backup of `npm run backup`
// back into the configured database and uploads folder. Refuses a backup that does not match its
// manifest, one of another database client, and to run while the CMS is running.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
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

async function otherPostgresSessions(env) {
  const { stdout } = await run('psql', ['--no-psqlrc', '--tuples-only', '--no-align', '--command', 'SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()'], { env });
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
    console.warn(`The backup was made with Strapi ${manifest.strapiVersion}, this is ${strapiVersion}: Strapi migrates the database on its next start.`);
  }
  if (await archive.cmsIsListening()) {
    throw new Error(`A CMS is answering on port ${process.env.PORT || 1337}: stop it before restoring (it would keep writing to the database)`);
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dump = path.join(backupDir, archive.DUMP_FILE[client]);
  if (client === 'sqlite') {
    const target = connection.filename;
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(`${target}${suffix}`)) throw new Error(`${target}${suffix} exists: a CMS may still have the database open; stop it first`);
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    setAside(target, stamp);
    fs.copyFileSync(dump, target);
  } else {
    const env = archive.postgresEnvironment(connection);
    const sessions = await otherPostgresSessions(env);
    if (sessions > 0) throw new Error(`${sessions} other session(s) use database ${connection.database}: stop the CMS before restoring`);
    // Replaces what the dump holds, in one transaction: all of it or nothing.
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${connection.database}`, dump], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  }

  setAside(uploadsDir, stamp);
  const uploads = path.join(backupDir, archive.UPLOADS);
  fs.mkdirSync(uploadsDir, { recursive: true });
  if (fs.existsSync(uploads)) fs.cpSync(uploads, uploadsDir, { recursive: true });
  console.log(`Restored the backup of ${manifest.createdAt} (${manifest.files.length} files) into the ${client} database and ${uploadsDir}`);
}

main().catch((error) => {
  console.error(`Restore stopped: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
