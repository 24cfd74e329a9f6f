// @ts-check
import { spawn } from 'node:child_process';
import { CMS_DIR, startCms, startPortal } from '@welfare/test-support/stack';
import { temporarySqlite } from '@welfare/test-support/temporary-database';
import { startCountingProxy } from './counting-proxy.mjs';
import { measureLoad } from './load.mjs';

/**
 * The list pages at 20× the demo content (apps/cms/scripts/scale-content.js, on the benchmark's
 * own SQLite database): for each page its HTML size, the time of its first (cold) render and the
 * CMS requests it cost, then requests per second once cached; and the sitemap's size and time.
 */
const LIST_PAGES = [
  '/it',
  '/ar',
  '/it/services',
  '/ar/services',
  '/uk/services/page/3',
  '/it/services/language/ar',
  '/it/mediators',
  '/ar/mediators/page/2',
  '/ar/mediators/language/ar',
  '/it/school-workshops',
  '/ar/school-workshops/page/2',
  '/it/events',
  '/ur/events/page/3',
  '/it/events/archive',
  '/sq/events/archive/page/2',
];

/** @param {string} command @param {string[]} args @param {import('node:child_process').SpawnOptions} options */
function run(command, args, options) {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/** @param {string} url */
async function timedGet(url) {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  return {
    status: response.status,
    bytes: body.byteLength,
    ms: Math.round(performance.now() - started),
    text: () => new TextDecoder().decode(body),
  };
}

/**
 * @param {{ logDir: string, cmsEnv: Record<string, string>, load: { connections: number, seconds: number }, log: (message: string) => void }} options
 */
export async function measureScale({ logDir, cmsEnv, load, log }) {
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];
  try {
    const sqlite = temporarySqlite();
    cleanups.push(sqlite.drop);
    log('scale: loading 20× the demo content…');
    const started = Date.now();
    const output = await run(process.execPath, ['scripts/scale-content.js', '--factor', '20'], {
      cwd: CMS_DIR,
      // A throw-away database: the development defaults are fine for a loader that never serves.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        TMPDIR: process.env.TMPDIR,
        ENV_PATH: '/dev/null',
        NODE_ENV: 'development',
        ...sqlite.env,
      },
    });
    const created = JSON.parse(/Scale report: (.*)/.exec(output)?.[1] ?? '{}');
    const loadSeconds = Math.round((Date.now() - started) / 1000);

    const cms = await startCms({ databaseEnv: sqlite.env, logDir, extraEnv: cmsEnv, name: 'cms-scale' });
    cleanups.push(cms.stop);
    const proxy = await startCountingProxy(cms.url);
    cleanups.push(proxy.stop);
    const portal = await startPortal({ cmsUrl: proxy.url, logDir, name: 'portal-scale' });
    cleanups.push(portal.stop);

    const pages = [];
    for (const path of LIST_PAGES) {
      proxy.take();
      const cold = await timedGet(`${portal.url}${path}`);
      const cmsRequests = proxy.take().requests;
      // Once cached (a second visit may still finish a background render): measured warm.
      await timedGet(`${portal.url}${path}`);
      const warm = await measureLoad(`${portal.url}${path}`, load);
      pages.push({
        path,
        status: cold.status,
        htmlBytes: cold.bytes,
        coldMs: cold.ms,
        cmsRequests,
        warmRequestsPerSecond: warm.requestsPerSecond,
        warmP99Ms: warm.latencyMs.p99,
      });
      log(
        `scale: ${path} ${cold.status} ${cold.bytes} B, cold ${cold.ms} ms, ${cmsRequests} CMS requests, warm ${warm.requestsPerSecond} req/s`,
      );
    }

    const index = await timedGet(`${portal.url}/sitemap.xml`);
    const files = [...index.text().matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
    let bytes = index.bytes;
    let ms = index.ms;
    let urls = 0;
    for (const file of files) {
      const answer = await timedGet(`${portal.url}${file}`);
      bytes += answer.bytes;
      ms += answer.ms;
      urls += (answer.text().match(/<url>/g) ?? []).length;
    }
    return { created, loadSeconds, pages, sitemap: { files: files.length, urls, bytes, coldMs: ms } };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
  }
}

// `node bench/lib/scale.mjs` (after the builds): this part of the benchmarks alone, as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { logDirectory } = await import('@welfare/test-support/stack');
  const result = await measureScale({
    logDir: logDirectory('welfare-bench-scale-'),
    cmsEnv: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10000000' },
    load: { connections: 50, seconds: 5 },
    log: (message) => console.error(`bench: ${message}`),
  });
  console.log(JSON.stringify(result, null, 2));
}
