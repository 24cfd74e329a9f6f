// @ts-check
import path from 'node:path';

/** Where the repository's parts are, for the harness and for tests that read the apps' own files. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CMS_DIR = path.join(ROOT, 'apps', 'cms');
export const WEB_DIR = path.join(ROOT, 'apps', 'web');
