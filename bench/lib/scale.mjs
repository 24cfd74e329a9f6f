// @ts-check
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { entry } from '@welfare/test-support/content';
import { freePort } from '@welfare/test-support/processes';
import { CMS_DIR, WEB_DIR, startCms, startPortal } from '@welfare/test-support/stack';
import { temporarySqlite } from '@welfare/test-support/temporary-database';
import { startCountingProxy } from './counting-proxy.mjs';
import { measureLoad } from './load.mjs';
import { measurePublishToLive } from './publish-to-live.mjs';

/** The portal's own Redis client (a dependency of apps/web). */
const { createClient } = /** @type {typeof import('@redis/client')} */ (createRequire(path.join(WEB_DIR, 'package.json'))('@redis/client'));

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

/** The admin the loader makes (it runs in development: apps/cms/src/bootstrap/development-admin.ts). */
const LOADER_ADMIN = { email: 'bench-scale@welfare.local', password: `Bench-${randomBytes(8).toString('hex')}-Welfare!` };

/**
 * Publish to live at 20× the content, as production runs it: two portal instances sharing one
 * Redis (REDIS_URL, under a key prefix of this run, deleted at the end); the CMS notifies the first,
 * the second hears of it through Redis. Skipped, with the reason, when there is no Redis.
 * @param {{ cmsUrl: string, proxyUrl: string, logDir: string, portalPort: number, notifications: Record<string, string>, redisUrl: string, rounds: number, log: (message: string) => void }} options
 */
async function publishToBothInstances({ cmsUrl, proxyUrl, logDir, portalPort, notifications, redisUrl, rounds, log }) {
  const redis = createClient({ url: redisUrl, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  try {
    await redis.connect();
  } catch (error) {
    return { skipped: `no Redis at ${redisUrl} (${error instanceof Error ? error.message : error}); set BENCH_REDIS_URL` };
  }
  const keyPrefix = `welfare-bench-${randomBytes(6).toString('hex')}:`;
  /** @type {Array<{ url: string, stop: () => Promise<void> }>} */
  const instances = [];
  try {
    const extraEnv = { ...notifications, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix };
    instances.push(await startPortal({ cmsUrl: proxyUrl, logDir, name: 'portal-scale-redis-1', port: portalPort, extraEnv }));
    instances.push(await startPortal({ cmsUrl: proxyUrl, logDir, name: 'portal-scale-redis-2', extraEnv }));
    const service = entry('services', 'mediazione-linguistico-culturale', 'it');
    log(`scale: publish to live ×${rounds} to both instances: ${service.slug}`);
    return await measurePublishToLive({
      cmsUrl,
      portalUrls: instances.map((instance) => instance.url),
      uid: 'api::service.service',
      locale: 'it',
      slug: service.slug,
      pagePath: `/it/services/${service.slug}`,
      rounds,
      admin: LOADER_ADMIN,
    });
  } finally {
    for (const instance of instances.reverse()) await instance.stop().catch((error) => console.error(error));
    /** @type {string[]} */
    const keys = [];
    for await (const batch of redis.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) keys.push(...batch.map(String));
    if (keys.length > 0) await redis.del(keys);
    await redis.quit();
  }
}

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
 * @param {{ logDir: string, cmsEnv: Record<string, string>, load: { connections: number, seconds: number }, publishRounds: number, redisUrl: string, log: (message: string) => void }} options
 */
export async function measureScale({ logDir, cmsEnv, load, publishRounds, redisUrl, log }) {
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
        ADMIN_EMAIL: LOADER_ADMIN.email,
        ADMIN_PASSWORD: LOADER_ADMIN.password,
        ...sqlite.env,
      },
    });
    const created = JSON.parse(/Scale report: (.*)/.exec(output)?.[1] ?? '{}');
    const loadSeconds = Math.round((Date.now() - started) / 1000);

    // The CMS notifies the first of the two Redis instances measured last (publish to live).
    const publishPort = await freePort();
    const notifications = { REVALIDATE_SECRET: randomBytes(24).toString('hex') };
    const cms = await startCms({
      databaseEnv: sqlite.env,
      logDir,
      extraEnv: { ...cmsEnv, ...notifications, PORTAL_URL: `http://127.0.0.1:${publishPort}` },
      name: 'cms-scale',
    });
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
    // The lists' portal stops first: the publishes below are timed on the two Redis instances alone.
    await portal.stop();
    cleanups.splice(cleanups.indexOf(portal.stop), 1);
    const publishToLive = await publishToBothInstances({
      cmsUrl: cms.url,
      proxyUrl: proxy.url,
      logDir,
      portalPort: publishPort,
      notifications,
      redisUrl,
      rounds: publishRounds,
      log,
    });
    return { created, loadSeconds, pages, sitemap: { files: files.length, urls, bytes, coldMs: ms }, publishToLive };
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
    publishRounds: 15,
    redisUrl: process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379',
    log: (message) => console.error(`bench: ${message}`),
  });
  console.log(JSON.stringify(result, null, 2));
}
