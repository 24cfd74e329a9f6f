// @ts-check
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { freePort, startService } from './processes.mjs';

/**
 * The portal as production runs it: the built CMS (`strapi start`) on a throw-away database seeded
 * with the demo content, and the built portal (`next start`) reading it. Used by the end-to-end
 * tests and by the benchmarks.
 */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CMS_DIR = path.join(ROOT, 'apps', 'cms');
export const WEB_DIR = path.join(ROOT, 'apps', 'web');

const require = createRequire(path.join(CMS_DIR, 'package.json'));
const STRAPI_BIN = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');

/**
 * Production refuses example secrets: every run gets its own random ones. A CMS restarted on the
 * same database keeps its secrets as production does: pass the same set again in `extraEnv`.
 */
export function randomSecrets() {
  const value = () => randomBytes(24).toString('hex');
  return {
    APP_KEYS: `${value()},${value()}`,
    API_TOKEN_SALT: value(),
    ADMIN_JWT_SECRET: value(),
    TRANSFER_TOKEN_SALT: value(),
    JWT_SECRET: value(),
    PREVIEW_SECRET: value(),
    REVALIDATE_SECRET: value(),
    ENCRYPTION_KEY: value(),
  };
}

export function assertBuilt() {
  const missing = [
    [path.join(CMS_DIR, 'dist', 'src', 'index.js'), 'the CMS'],
    [path.join(WEB_DIR, '.next', 'BUILD_ID'), 'the portal'],
  ].filter(([file]) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(`No production build of ${missing.map(([, what]) => what).join(' and ')}: run \`npm run build\` first (\`npm run test:e2e\` and \`npm run bench\` do).`);
  }
}

/** A temporary SQLite file for one run. */
export function temporarySqlite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-e2e-db-'));
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'e2e.db') },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
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
      ...randomSecrets(),
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
