// @ts-check
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { recordSecrets } from './logs.mjs';

/**
 * A port nobody listens on now (never 1337/3000: a developer may be running the apps there).
 * @param {string} [host] the address it must be free on
 * @returns {Promise<number>}
 */
export async function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * @typedef {object} Service
 * @property {string} name
 * @property {string} url
 * @property {string} logFile
 * @property {() => Promise<void>} stop
 */

/** The last lines of a log file, to explain a failed start. */
export function tail(file, lines = 60) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

/**
 * Starts a server process in its own process group (so stopping it also stops anything it spawned),
 * logs its output to a file, and waits until `readyPath` answers with `readyStatus`.
 * @param {{ name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, url: string,
 *   readyPath: string, readyStatus?: number, logFile: string, timeoutMs?: number }} options
 * @returns {Promise<Service>}
 */
export async function startService({ name, command, args, cwd, env, url, readyPath, readyStatus = 200, logFile, timeoutMs = 180_000 }) {
  // What must never appear in the log (logs.mjs checks at the end of the run).
  recordSecrets(logFile, env);
  const log = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const pid = child.pid;
    const signalGroup = (signal) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // the group is gone already
      }
    };
    signalGroup('SIGTERM');
    const killer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was ready:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${url}${readyPath}`, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      if (response.status === readyStatus) return { name, url, logFile, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`${name} did not answer ${readyPath} within ${timeoutMs} ms:\n${tail(logFile)}`);
}
