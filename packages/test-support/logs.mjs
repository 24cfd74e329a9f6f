// @ts-check
/**
 * No secret, token or password in a server's log. Each server started by the test harness
 * (processes.mjs `startService`) records the credentials of its environment beside its log
 * (`<log>.secrets.json`, in the run's temporary log directory); at the end of a run every log is
 * searched for every one of them (integration/run.mjs, e2e/run.mjs), and a test may do the same
 * after provoking what used to leak one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** @type {typeof import('@welfare/types/observability')} */
const { secretValuesOf } = createRequire(import.meta.url)('@welfare/types/observability');

const SECRETS_SUFFIX = '.secrets.json';

/**
 * Writes the credentials of a server's environment beside its log, under the variable they come from.
 * @param {string} logFile
 * @param {NodeJS.ProcessEnv} env
 */
export function recordSecrets(logFile, env) {
  /** @type {Record<string, string[]>} */
  const byVariable = {};
  for (const [name, value] of Object.entries(env)) {
    const values = secretValuesOf({ [name]: value });
    if (values.length > 0) byVariable[name] = values;
  }
  fs.writeFileSync(`${logFile}${SECRETS_SUFFIX}`, JSON.stringify(byVariable), { mode: 0o600 });
}

/**
 * Every credential recorded in a log directory (and the `extra` ones, such as an admin's password),
 * searched for in every log there; returns what was found where (the variable's name, never the value).
 * @param {string} logDir
 * @param {Record<string, string>} [extra]
 * @returns {{ found: { file: string, variable: string }[], secrets: number, files: number }}
 */
export function secretsInLogs(logDir, extra = {}) {
  /** @type {Map<string, string>} value → variable */
  const secrets = new Map();
  const entries = fs.readdirSync(logDir);
  for (const entry of entries.filter((name) => name.endsWith(SECRETS_SUFFIX))) {
    /** @type {Record<string, string[]>} */
    const byVariable = JSON.parse(fs.readFileSync(path.join(logDir, entry), 'utf8'));
    for (const [variable, values] of Object.entries(byVariable)) for (const value of values) secrets.set(value, variable);
  }
  for (const [variable, value] of Object.entries(extra)) if (value) secrets.set(value, variable);
  const logs = entries.filter((name) => !name.endsWith(SECRETS_SUFFIX));
  /** @type {{ file: string, variable: string }[]} */
  const found = [];
  for (const file of logs) {
    const text = fs.readFileSync(path.join(logDir, file), 'utf8');
    for (const [value, variable] of secrets) if (text.includes(value)) found.push({ file, variable });
  }
  return { found, secrets: secrets.size, files: logs.length };
}

/**
 * The portal's texts a page asked for that its language's messages lack (next-intl logs
 * MISSING_MESSAGE, and the visitor reads the key instead of a text), from every log of `logDir`.
 * @param {string} logDir
 * @returns {string[]} the distinct "Could not resolve …" reports
 */
export function missingMessagesInLogs(logDir) {
  const reports = new Set();
  for (const file of fs.readdirSync(logDir).filter((name) => !name.endsWith(SECRETS_SUFFIX))) {
    for (const [report] of fs.readFileSync(path.join(logDir, file), 'utf8').matchAll(/MISSING_MESSAGE: [^"\\\n]*/g)) reports.add(report);
  }
  return [...reports];
}
