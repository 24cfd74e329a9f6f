#!/usr/bin/env node
// `npm run backup [-- --out <dir>] [--uploads <dir>]`: a consistent copy of the database (SQLite's
// online backup, or pg_dump) and of the uploads folder, with a manifest of checksums. Safe while
// the CMS runs. Prints the backup's folder.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { promisify } = require('node:util');
const archive = require('./backup/archive');

const run = promisify(execFile);

async function main() {
  archive.loadEnvironment();
  const { client, connection } = archive.databaseConnection();
  const createdAt = new Date();
  const outDir = path.resolve(archive.option('out', path.join(process.env.BACKUP_DIR || path.join(archive.APP_DIR, 'backups'), createdAt.toISOString().replace(/[:.]/g, '-'))));
  const uploadsDir = path.resolve(archive.option('uploads', archive.defaultUploadsDir()));
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) throw new Error(`${outDir} is not empty: choose a new folder`);
  fs.mkdirSync(outDir, { recursive: true });

  const dump = path.join(outDir, archive.DUMP_FILE[client]);
  if (client === 'sqlite') {
    // The online backup API: a consistent snapshot even while the CMS writes.
    const Database = require('better-sqlite3');
    const database = new Database(connection.filename, { readonly: true, fileMustExist: true });
    try {
      await database.backup(dump);
    } finally {
      database.close();
    }
  } else {
    // One transaction, so consistent while the CMS runs; custom format for pg_restore.
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${dump}`], {
      env: archive.postgresEnvironment(connection),
      maxBuffer: 16 * 1024 * 1024,
    });
  }

  // Uploaded files are written once and never changed in place, so a plain copy is consistent
  // with the dump; one uploaded during the backup is at worst an extra file.
  if (fs.existsSync(uploadsDir)) {
    fs.cpSync(uploadsDir, path.join(outDir, archive.UPLOADS), { recursive: true, filter: (source) => path.basename(source) !== '.gitkeep' });
  }

  const manifest = {
    format: archive.FORMAT,
    createdAt: createdAt.toISOString(),
    database: { client },
    strapiVersion: require('@strapi/strapi/package.json').version,
    files: await archive.describeFiles(outDir),
  };
  fs.writeFileSync(path.join(outDir, archive.MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const bytes = manifest.files.reduce((total, file) => total + file.size, 0);
  console.log(`Backup written to ${outDir} (${manifest.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB)`);
}

main().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
