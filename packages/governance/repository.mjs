// @ts-check
import fs from 'node:fs';
import path from 'node:path';

/** The repository's root, two folders up from this workspace. */
export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** @param {string} file */
export const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** Folders that hold installed, built or generated files, never a package of ours. */
const NOT_OURS = new Set(['node_modules', '.git', '.next', '.turbo', '.strapi', 'dist', 'build', '.tmp', 'results', 'public']);

/** Every package.json of the repository (the root, each workspace, nested ones such as bench/floor-app). */
export function packageJsonFiles() {
  /** @type {string[]} */
  const files = [];
  /** @param {string} folder @param {number} depth */
  const walk = (folder, depth) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isFile() && entry.name === 'package.json') files.push(full);
      else if (entry.isDirectory() && depth < 4 && !NOT_OURS.has(entry.name)) walk(full, depth + 1);
    }
  };
  walk(REPOSITORY_ROOT, 0);
  return files;
}
