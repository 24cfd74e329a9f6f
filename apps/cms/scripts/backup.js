#!/usr/bin/env node
// `npm run backup [-- --out <dir>] [--uploads <dir>]`: a consistent copy of the database (SQLite's
// online backup, or pg_dump) and of the uploads folder, with a manifest of checksums. Safe while
// the CMS runs. Prints the backup's folder. Folders 0700, files 0600 (the dump holds password and
// token hashes); with BACKUP_ENCRYPTION_RECIPIENT (an age public key) every file is encrypted to it
// (scripts/backup/archive.js). Symbolic links and other special files in the uploads are skipped.
const fs = require('node:fs');
const path = require('node:path');
const archive = require('./backup/archive');

/** Copies (or encrypts) the regular files under source into target, folders 0700, files 0600; returns what was skipped. */
async function copyUploads(source, target, recipient, skipped = []) {
  archive.makePrivateDir(target);
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    const stat = fs.lstatSync(from);
    if (stat.isDirectory()) await copyUploads(from, to, recipient, skipped);
    else if (!stat.isFile()) skipped.push(from);
    else if (entry.name === '.gitkeep') continue;
    else if (recipient) await archive.encryptFile(from, `${to}${archive.ENCRYPTED_SUFFIX}`, recipient);
    else {
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      fs.chmodSync(to, archive.PRIVATE_FILE_MODE);
    }
  }
  return skipped;
}

async function main() {
  // Whatever is created below (pg_dump's file included) is its owner's alone.
  process.umask(0o077);
  archive.loadEnvironment();
  const { client, connection } = archive.databaseConnection();
  const recipient = await archive.encryptionRecipient();
  const createdAt = new Date();
  const chosen = archive.option('out');
  if (!chosen) archive.makePrivateDir(archive.backupsRoot());
  const outDir = path.resolve(chosen ?? path.join(archive.backupsRoot(), createdAt.toISOString().replace(/[:.]/g, '-')));
  const uploadsDir = path.resolve(archive.option('uploads', archive.defaultUploadsDir()));
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) throw new Error(`${outDir} is not empty: choose a new folder`);
  archive.makePrivateDir(outDir);

  const dump = path.join(outDir, archive.DUMP_FILE[client]);
  await archive.dumpDatabase(client, connection, dump);
  if (recipient) {
    await archive.encryptFile(dump, `${dump}${archive.ENCRYPTED_SUFFIX}`, recipient);
    fs.rmSync(dump);
  }

  // Uploaded files are written once and never changed in place, so a plain copy is consistent
  // with the dump; one uploaded during the backup is at worst an extra file.
  if (fs.existsSync(uploadsDir)) {
    for (const skipped of await copyUploads(uploadsDir, path.join(outDir, archive.UPLOADS), recipient)) {
      console.warn(`Skipped ${skipped}: not a regular file (a link or a special file)`);
    }
  }

  const manifest = {
    format: archive.FORMAT,
    createdAt: createdAt.toISOString(),
    database: { client },
    encryption: recipient ? 'age' : null,
    strapiVersion: require('@strapi/strapi/package.json').version,
    files: await archive.describeFiles(outDir),
  };
  fs.writeFileSync(path.join(outDir, archive.MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: archive.PRIVATE_FILE_MODE });
  const bytes = manifest.files.reduce((total, file) => total + file.size, 0);
  console.log(
    `Backup written to ${outDir} (${manifest.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB${recipient ? ', encrypted with age' : ''})`,
  );
}

main().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
