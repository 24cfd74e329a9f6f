// @ts-check
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What e2e/run.mjs and integration/run.mjs share: choosing test files, running them with node's
 * test runner, and stopping the servers they started whatever happens.
 */

/** The `*.test.mjs` files of a directory whose name contains one of the filters (all without filters). */
export function testFiles(/** @type {string} */ dir, /** @type {string[]} */ filters) {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.test.mjs'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort();
  if (files.length === 0) throw new Error(`No test file in ${dir} matches ${filters.join(', ')}`);
  return files.map((name) => path.join(dir, name));
}

/** @returns {Promise<number>} the test runner's exit code */
export function runTests(/** @type {string[]} */ files, /** @type {Record<string, string>} */ env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * The servers of one run, stopped in reverse order by `stopAll()` (also on Ctrl-C), then `cleanUp`.
 * @param {() => Promise<void>} cleanUp
 */
export function runningServices(cleanUp) {
  /** @type {Array<{ stop: () => Promise<void> }>} */
  const running = [];
  const stopAll = async () => {
    for (const service of running.splice(0).reverse()) await service.stop();
    await cleanUp();
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      stopAll().finally(() => process.exit(130));
    });
  }
  return { running, stopAll };
}
