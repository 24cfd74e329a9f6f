// @ts-check
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { adminToken, registerFirstAdmin } from './admin.mjs';
import { missingMessagesInLogs, secretsInLogs } from './logs.mjs';
import { CMS_DIR, ROOT, WEB_DIR } from './paths.mjs';
import { freePort, startService } from './processes.mjs';
import { runningServices } from './test-runner.mjs';
import { randomCmsSecrets, randomSharedSecrets } from './secrets.cjs';
import { temporaryPostgres, temporarySqlite } from './temporary-database.cjs';

/**
 * The portal as production runs it: the built CMS (`strapi start`) on a throw-away database seeded
 * with the demo content, and the built portal (`next start`) reading it. `runOnStack` is the whole
 * run both test runners make (integration/run.mjs, e2e/run.mjs); `startCms` and `startPortal` start
 * one more of either, for tests and the benchmarks.
 */
export { CMS_DIR, ROOT, WEB_DIR };

const require = createRequire(path.join(CMS_DIR, 'package.json'));
const STRAPI_BIN = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');

export function assertBuilt() {
  const missing = [
    [path.join(CMS_DIR, 'dist', 'src', 'index.js'), 'the CMS'],
    [path.join(WEB_DIR, '.next', 'BUILD_ID'), 'the portal'],
  ].filter(([file]) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `No production build of ${missing.map(([, what]) => what).join(' and ')}: run \`npm run build\` first (\`npm run test:e2e\` and \`npm run bench\` do).`,
    );
  }
}

/**
 * @param {{ databaseEnv: Record<string, string>, logDir: string, extraEnv?: Record<string, string>, name?: string, port?: number }} options
 *   `port`: to bring a stopped CMS back where the portal expects it
 */
export async function startCms({ databaseEnv, logDir, extraEnv = {}, name = 'cms', port: chosenPort }) {
  const port = chosenPort ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  return startService({
    name: `The CMS (${name})`,
    command: process.execPath,
    args: [STRAPI_BIN, 'start'],
    cwd: CMS_DIR,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR,
      // No developer .env: this run is configured by what is below, nothing else.
      ENV_PATH: '/dev/null',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      SERVE_ADMIN_PANEL: 'false',
      // An empty database gets the demo content at start (production does not, unless asked).
      SEED_DEMO_CONTENT: 'true',
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
      BROWSER: 'none',
      // Production refuses example secrets: each CMS gets random ones (the portal's tokens only when given).
      ...randomCmsSecrets(),
      ...databaseEnv,
      ...extraEnv,
    },
    url,
    readyPath: '/_health',
    readyStatus: 204,
    logFile: path.join(logDir, `${name}.log`),
  });
}

/** Where each run keeps its private copy of the portal's build (ignored by git). */
const PORTAL_RUNS_DIR = path.join(WEB_DIR, '.portal-runs');
/** Not copied: build caches, development output, and the caches `next start` fills (pages, CMS data). */
const NOT_COPIED = new Set(['cache', 'dev', 'types', 'diagnostics', path.join('server', 'route-cache')]);

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `next start` keeps rendered pages and CMS responses in the build directory (.next/server/route-cache,
 * .next/cache), where another `next start` of the same build (a developer's `npm start`, an earlier
 * run against another CMS) would share them. Each run serves its own copy of the build instead, so
 * every page it shows was rendered from this run's CMS.
 */
function privatePortalCopy() {
  fs.mkdirSync(PORTAL_RUNS_DIR, { recursive: true });
  for (const stale of fs.readdirSync(PORTAL_RUNS_DIR)) {
    const pid = Number(/^run-(\d+)-/.exec(stale)?.[1]);
    if (pid && !isRunning(pid)) fs.rmSync(path.join(PORTAL_RUNS_DIR, stale), { recursive: true, force: true });
  }
  const dir = fs.mkdtempSync(path.join(PORTAL_RUNS_DIR, `run-${process.pid}-`));
  const build = path.join(WEB_DIR, '.next');
  fs.cpSync(build, path.join(dir, '.next'), {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(path.relative(build, source)),
  });
  for (const file of ['next.config.ts', 'package.json']) fs.copyFileSync(path.join(WEB_DIR, file), path.join(dir, file));
  // `npm start`'s server and the cache handler next.config.ts names (apps/web/server), tests left out.
  fs.cpSync(path.join(WEB_DIR, 'server'), path.join(dir, 'server'), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  // The server's "temporarily unavailable" page is written from the messages.
  fs.cpSync(path.join(WEB_DIR, 'messages'), path.join(dir, 'messages'), { recursive: true });
  // Static files served as they are: the service worker (built after `next build`), icons, analytics set-up.
  fs.cpSync(path.join(WEB_DIR, 'public'), path.join(dir, 'public'), { recursive: true });
  return dir;
}

/**
 * @param {{ cmsUrl: string, logDir: string, extraEnv?: Record<string, string>, name?: string, port?: number, host?: string }} options
 *   `port`: when the CMS must know the portal's address before the portal starts (notifications);
 *   `host`: another loopback address (127.0.0.2…), for instances sharing one port as in Compose
 */
export async function startPortal({ cmsUrl, logDir, extraEnv = {}, name = 'portal', port: chosenPort, host = '127.0.0.1' }) {
  const port = chosenPort ?? (await freePort(host));
  const url = `http://${host}:${port}`;
  const dir = privatePortalCopy();
  try {
    const service = await startService({
      name: `The portal (${name})`,
      command: process.execPath,
      // `npm start`'s server (apps/web/server: Next's handler, plus what docs/architecture.md lists).
      args: [path.join(dir, 'server', 'index.mjs'), '--port', String(port), '--hostname', host],
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TMPDIR: process.env.TMPDIR,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        CMS_URL: cmsUrl,
        CMS_API_TOKEN: '',
        PORTAL_URL: url,
        ...extraEnv,
      },
      url,
      readyPath: '/robots.txt',
      logFile: path.join(logDir, `${name}.log`),
    });
    return {
      ...service,
      async stop() {
        await service.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** A directory for the servers' logs of this run. */
export function logDirectory(prefix = 'welfare-e2e-logs-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * @typedef {object} Stack
 * @property {import('./processes.mjs').Service} cms
 * @property {import('./processes.mjs').Service} portal
 * @property {string} logDir the servers' logs
 * @property {Record<import('@welfare/types/secrets').SharedSecretName, string>} sharedSecrets
 *   what production shares between the two apps through .env: the preview's and the change notices'
 *   secrets, the portal's tokens (which the CMS makes at start)
 * @property {{ email: string, password: string, token: string }} admin a staff account, logged in once
 *   for every test file (the admin allows few logins a minute from one address)
 */

/**
 * One test run on the stack as production wires it: a fresh database (SQLite, or PostgreSQL) with
 * the demo content, the CMS notifying the portal of every change, the portal reading drafts for
 * previews, both with fresh secrets and a staff account; `test` runs on it; then everything is
 * stopped (also on Ctrl-C) and every server's log is searched for every secret of the run. The logs
 * are kept only when the run failed. Resolves to the run's exit code.
 * @param {{ label: string, database: 'sqlite' | 'postgres', cmsEnv?: Record<string, string> }} options
 *   `label` names the run in its messages, its database and its staff account; `cmsEnv` is added to the CMS's environment
 * @param {(stack: Stack) => Promise<number>} test resolves to an exit code
 * @returns {Promise<number>}
 */
export async function runOnStack({ label, database: client, cmsEnv = {} }, test) {
  const startedAt = Date.now();
  const seconds = () => ((Date.now() - startedAt) / 1000).toFixed(0);
  const logDir = logDirectory(`welfare-${label}-logs-`);
  const sharedSecrets = randomSharedSecrets();
  const password = `${label[0].toUpperCase()}${label.slice(1)}-${randomBytes(8).toString('hex')}-2026`;
  let exitCode = 1;
  try {
    const database = client === 'postgres' ? await temporaryPostgres(`welfare_${label}`) : temporarySqlite(`welfare-${label}-db-`);
    const { running, stopAll } = runningServices(database.drop);
    try {
      const portalPort = await freePort();
      console.log(
        `${label}: starting the CMS (production build, fresh ${client === 'postgres' ? 'PostgreSQL' : 'SQLite'} database, demo content)…`,
      );
      const cms = await startCms({
        databaseEnv: database.env,
        logDir,
        // Every page a test opens is a first render, a few CMS requests each from one address: the
        // production limit is for visitors (the portal's own token is never limited).
        extraEnv: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000', PORTAL_URL: `http://127.0.0.1:${portalPort}`, ...sharedSecrets, ...cmsEnv },
      });
      running.push(cms);
      const admin = { email: `${label}@welfare.local`, password };
      await registerFirstAdmin(cms.url, admin.email, admin.password);
      console.log(`${label}: CMS on ${cms.url}; starting the portal (production build)…`);
      const portal = await startPortal({ cmsUrl: cms.url, logDir, port: portalPort, extraEnv: sharedSecrets });
      running.push(portal);
      console.log(`${label}: portal on ${portal.url}; stack ready in ${seconds()} s`);
      const token = await adminToken(cms.url, admin.email, admin.password);
      exitCode = await test({ cms, portal, logDir, sharedSecrets, admin: { ...admin, token } });
    } finally {
      await stopAll();
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  }
  // Every server's log of this run, searched for every secret of every server's environment.
  const leaks = secretsInLogs(logDir, { ADMIN_PASSWORD: password });
  if (leaks.found.length > 0) {
    console.error(
      `${label}: secrets in the servers' logs: ${leaks.found.map(({ file, variable }) => `${variable} in ${file}`).join(', ')}`,
    );
    exitCode = 1;
  } else console.log(`${label}: no secret in the servers' logs (${leaks.secrets} values searched in ${leaks.files} files)`);
  const missing = missingMessagesInLogs(logDir);
  if (missing.length > 0) {
    console.error(`${label}: pages showed message keys instead of texts:\n  ${missing.join('\n  ')}`);
    exitCode = 1;
  }
  console.log(`${label}: finished in ${seconds()} s`);
  if (exitCode === 0) fs.rmSync(logDir, { recursive: true, force: true });
  else console.error(`${label}: failed; the servers' logs are in ${logDir}`);
  return exitCode;
}
