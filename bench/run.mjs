#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench` (after the builds): Lighthouse, load and CMS-endpoint figures of the production
 * builds on a fresh database with the demo content, written to bench/results/latest.{json,md}, each
 * of issue 27's goals against a floor (bench/floor-app) measured in the same run where the goal is
 * relative. Figures, not pass/fail: nothing here fails on a number.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CHROMIUM_PATH, assertChromiumInstalled } from '@welfare/test-support/browser';
import { entry } from '@welfare/test-support/content';
import { freePort, startService } from '@welfare/test-support/processes';
import { ROOT, assertBuilt, logDirectory, startCms, startPortal } from '@welfare/test-support/stack';
import { POSTGRES_ADMIN_URL, temporaryPostgres, temporarySqlite } from '@welfare/test-support/temporary-database';
import { cmsListEndpoints, measureCmsEndpoints } from './lib/cms-endpoints.mjs';
import { startCountingProxy } from './lib/counting-proxy.mjs';
import { lighthouseMedian, startDebuggableChromium } from './lib/lighthouse.mjs';
import { measureLoad } from './lib/load.mjs';
import { measurePublishToLive } from './lib/publish-to-live.mjs';
import { measureScale } from './lib/scale.mjs';
import { evaluateGoals } from './lib/goals.mjs';
import { toMarkdown } from './lib/report.mjs';
import { measureSearchInChild } from './lib/search.mjs';
import { measureStaffWrites } from './lib/staff-writes.mjs';
import { measureThroughNginx } from './lib/through-nginx.mjs';

const BENCH_DIR = import.meta.dirname;
const FLOOR_DIR = path.join(BENCH_DIR, 'floor-app');
const RESULTS_DIR = path.join(BENCH_DIR, 'results');
const require = createRequire(import.meta.url);
const NEXT_BIN = path.join(path.dirname(require.resolve('next/package.json')), 'dist', 'bin', 'next');

// Lighthouse's documentation advises the median of five runs: single runs vary by a few hundredths.
const LIGHTHOUSE_RUNS = 5;
const LOAD = { connections: 50, seconds: 10 };
const CMS_LOAD = { connections: 10, seconds: 10 };
const PUBLISH_ROUNDS = 15;
// The machine's Redis, shared by the two portal instances of publish to live at 20× (scale.mjs).
const REDIS_URL = process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379';
const SCALE_LOAD = { connections: 50, seconds: 5 };
// The CMS answers the benchmark's thousands of anonymous requests a minute (its production limit is per visitor).
const CMS_ENV = { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10000000' };

const log = (message) => console.log(`bench: ${message}`);

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.once('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * Visits a page until it is rendered and cached, as visitors before the measurement would have.
 * A visit after the revalidation period starts a refresh in the background: wait for it to land.
 */
async function warm(url) {
  for (let visit = 0; visit < 3; visit += 1) {
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Every page kind, in Italian and in the two right-to-left languages with their own fonts. */
function lighthousePages() {
  const pages = [];
  for (const locale of ['it', 'ar', 'ur']) {
    const service = entry('services', 'mediazione-linguistico-culturale', locale);
    const event = entry('events', 'presentazione-consulta-stranieri', locale);
    const searchWord = service.title.split(' ')[0];
    pages.push(
      { page: 'home', locale, path: `/${locale}` },
      { page: 'services list', locale, path: `/${locale}/services` },
      { page: 'service', locale, path: `/${locale}/services/${service.slug}` },
      { page: 'event', locale, path: `/${locale}/events/${event.slug}` },
      { page: 'mediators', locale, path: `/${locale}/mediators` },
      { page: 'search', locale, path: `/${locale}/search` },
      // Kept out of search engines on purpose (noindex): SEO cannot be 1 there.
      { page: 'search results', locale, path: `/${locale}/search?q=${encodeURIComponent(searchWord)}`, noindex: true },
    );
  }
  return pages;
}

/** A category's filtered list: the first category the services list's filter offers. */
async function categoryListPath(portalUrl) {
  const html = await (await fetch(`${portalUrl}/it/services`)).text();
  const category = /<select id="category"[^>]*>.*?<option value="([^"]+)"/s.exec(html)?.[1];
  if (!category) throw new Error('the services list offers no category');
  return `/it/services/category/${category}`;
}

/**
 * What the phone's connection sees: the portal's compression, the caching of its fingerprinted
 * files (a script and a font of the home page), and the compose deployment's nginx settings.
 */
async function deliveryChecks(portalUrl) {
  const page = await fetch(`${portalUrl}/it`, { headers: { 'accept-encoding': 'br, gzip' } });
  const html = await page.text();
  const assets = [];
  for (const pattern of [/\/_next\/static\/chunks\/[^"']+\.js/, /\/_next\/static\/media\/[^"')]+\.woff2/]) {
    const assetPath = pattern.exec(html)?.[0];
    if (!assetPath) continue;
    const response = await fetch(`${portalUrl}${assetPath}`);
    await response.arrayBuffer();
    assets.push({ path: assetPath, cacheControl: response.headers.get('cache-control') });
  }
  const nginx = fs.readFileSync(path.join(ROOT, 'deploy', 'nginx', 'templates', 'portal.conf.template'), 'utf8');
  return { portalEncoding: page.headers.get('content-encoding'), assets, nginxGzip: /^\s*gzip on;/m.test(nginx) };
}

function environment() {
  const versionOf = (name) => require(`${name}/package.json`).version;
  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .replace(/ built on.*/s, '')
    .trim();
  return {
    node: process.version,
    chromium,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    versions: {
      next: versionOf('next'),
      lighthouse: versionOf('lighthouse'),
      autocannon: versionOf('autocannon'),
      strapi: require(path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'package.json')).version,
    },
  };
}

async function main() {
  assertChromiumInstalled();
  assertBuilt();
  const startedAt = Date.now();
  // Figures of a shared machine are only as good as its quiet: the report says how busy it was.
  const loadAverageAtStart = os.loadavg()[0];
  const logDir = logDirectory('welfare-bench-logs-');
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error) => console.error(error));
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  try {
    log('building the floor app (bench/floor-app)…');
    await run(process.execPath, [NEXT_BIN, 'build'], {
      cwd: FLOOR_DIR,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    });

    log('starting the CMS on SQLite, the counting proxy, the portal and the floor…');
    const sqlite = temporarySqlite();
    cleanups.push(sqlite.drop);
    // The CMS notifies the portal of every publish, as in production.
    const portalPort = await freePort();
    const notifications = { REVALIDATE_SECRET: randomBytes(24).toString('hex') };
    const cms = await startCms({
      databaseEnv: sqlite.env,
      logDir,
      extraEnv: { ...CMS_ENV, ...notifications, PORTAL_URL: `http://127.0.0.1:${portalPort}` },
      name: 'cms-sqlite',
    });
    cleanups.push(cms.stop);
    const proxy = await startCountingProxy(cms.url);
    cleanups.push(proxy.stop);
    const portal = await startPortal({ cmsUrl: proxy.url, logDir, port: portalPort, extraEnv: notifications });
    cleanups.push(portal.stop);
    const floorPort = await freePort();
    const floor = await startService({
      name: 'The floor app',
      command: process.execPath,
      args: [NEXT_BIN, 'start', '--port', String(floorPort), '--hostname', '127.0.0.1'],
      cwd: FLOOR_DIR,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      url: `http://127.0.0.1:${floorPort}`,
      readyPath: '/',
      logFile: path.join(logDir, 'floor.log'),
    });
    cleanups.push(floor.stop);

    // ---- Lighthouse
    const chromium = await startDebuggableChromium();
    cleanups.push(chromium.stop);
    const pages = [];
    for (const page of lighthousePages()) {
      log(`Lighthouse ×${LIGHTHOUSE_RUNS}: ${page.path}`);
      await warm(`${portal.url}${page.path}`);
      pages.push({ ...page, ...(await lighthouseMedian(`${portal.url}${page.path}`, chromium.port, LIGHTHOUSE_RUNS)) });
    }
    // The floor under the same Lighthouse, in the same run: the page goals are relative to it.
    log(`Lighthouse ×${LIGHTHOUSE_RUNS}: the floor`);
    await warm(`${floor.url}/`);
    const floorPage = {
      page: 'floor',
      locale: 'it',
      path: '/',
      ...(await lighthouseMedian(`${floor.url}/`, chromium.port, LIGHTHOUSE_RUNS)),
    };
    await chromium.stop();
    cleanups.pop();

    // ---- Load, side by side with the floor
    const publishedService = entry('services', 'mediazione-linguistico-culturale', 'it');
    const service = entry('services', 'mediazione-linguistico-culturale', 'ar');
    const event = entry('events', 'presentazione-consulta-stranieri', 'ur');
    // kind: the floor, a page served from the cache, or one rendered per request (search).
    const loadTargets = [
      { name: 'floor: minimal prerendered Next.js page', base: floor.url, path: '/', kind: 'floor' },
      { name: 'portal: home (it)', base: portal.url, path: '/it', kind: 'cached' },
      { name: 'portal: services list (it)', base: portal.url, path: '/it/services', kind: 'cached' },
      { name: 'portal: service (ar)', base: portal.url, path: `/ar/services/${service.slug}`, kind: 'cached' },
      { name: 'portal: event (ur)', base: portal.url, path: `/ur/events/${event.slug}`, kind: 'cached' },
      { name: 'portal: mediators (it)', base: portal.url, path: '/it/mediators', kind: 'cached' },
      {
        name: 'portal: services by category (it)',
        base: portal.url,
        path: await categoryListPath(portal.url),
        kind: 'cached',
        filtered: true,
      },
      { name: 'portal: services by language (it)', base: portal.url, path: '/it/services/language/ar', kind: 'cached', filtered: true },
      { name: 'portal: mediators by language (ar)', base: portal.url, path: '/ar/mediators/language/ar', kind: 'cached', filtered: true },
      { name: 'portal: search results (it)', base: portal.url, path: '/it/search?q=mediazione', kind: 'per-request' },
    ];
    const targets = [];
    for (const target of loadTargets) {
      log(`autocannon ${LOAD.connections} connections: ${target.name}`);
      await warm(`${target.base}${target.path}`);
      const headers = (await fetch(`${target.base}${target.path}`)).headers;
      // Next's page cache, or the search answers' (apps/web/server/search-results-cache.mjs).
      const cache = target.base === portal.url ? (headers.get('x-nextjs-cache') ?? headers.get('x-search-cache')) : null;
      proxy.take();
      const load = await measureLoad(`${target.base}${target.path}`, LOAD);
      const cms = target.base === portal.url ? proxy.take() : null;
      targets.push({
        name: target.name,
        path: target.path,
        kind: target.kind,
        filtered: target.filtered ?? false,
        cache,
        contentSecurityPolicy: headers.get('content-security-policy'),
        ...load,
        cmsRequests: cms ? cms.requests : null,
        cmsRequestsByPath: cms?.byPath,
      });
    }
    // The same cached pages through the compose deployment's nginx, in front of the same instance.
    const throughNginx = await measureThroughNginx({
      portalUrl: portal.url,
      pages: loadTargets.filter((target) => target.kind === 'cached'),
      load: LOAD,
      logDir,
      log,
      running: cleanups,
    });
    const delivery = await deliveryChecks(portal.url);

    // ---- Publish to live (after the load: it changes a title the pages above show)
    log(`publish to live ×${PUBLISH_ROUNDS} (demo content, one instance): ${publishedService.slug}`);
    const publishToLive = await measurePublishToLive({
      cmsUrl: cms.url,
      portalUrls: [portal.url],
      uid: 'api::service.service',
      locale: 'it',
      slug: publishedService.slug,
      pagePath: `/it/services/${publishedService.slug}`,
      rounds: PUBLISH_ROUNDS,
    });

    // ---- CMS list endpoints, SQLite then PostgreSQL
    const endpoints = cmsListEndpoints();
    const databases = [];
    log('CMS list endpoints on SQLite…');
    databases.push({ client: 'SQLite', rows: await measureCmsEndpoints(cms.url, endpoints, CMS_LOAD) });
    await cleanUp();

    log(`CMS list endpoints on PostgreSQL (${POSTGRES_ADMIN_URL})…`);
    let postgres;
    try {
      postgres = await temporaryPostgres();
    } catch (error) {
      databases.push({
        client: 'PostgreSQL',
        skipped: `no PostgreSQL at ${POSTGRES_ADMIN_URL} (${error instanceof Error ? error.message : error}); set BENCH_POSTGRES_URL`,
      });
    }
    if (postgres) {
      cleanups.push(postgres.drop);
      const cmsPostgres = await startCms({ databaseEnv: postgres.env, logDir, extraEnv: CMS_ENV, name: 'cms-postgres' });
      cleanups.push(cmsPostgres.stop);
      databases.push({ client: 'PostgreSQL', rows: await measureCmsEndpoints(cmsPostgres.url, endpoints, CMS_LOAD) });
      await cleanUp();
    }

    // ---- 20× the demo content, on its own database and servers
    const scale = await measureScale({
      logDir,
      cmsEnv: CMS_ENV,
      load: SCALE_LOAD,
      publishRounds: PUBLISH_ROUNDS,
      redisUrl: REDIS_URL,
      log,
    });

    // ---- Create and publish in one step through the admin API, SQLite then PostgreSQL
    const staffWrites = await measureStaffWrites({ logDir, cmsEnv: CMS_ENV, log });

    log('search: relevance, index build and query latency at 20× the demo content (in memory)…');
    const search = measureSearchInChild();

    const measured = {
      finishedAt: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt) / 1000),
      environment: {
        ...environment(),
        loadAverage: { atStart: Number(loadAverageAtStart.toFixed(2)), atEnd: Number(os.loadavg()[0].toFixed(2)) },
      },
      lighthouse: { runsPerPage: LIGHTHOUSE_RUNS, config: 'Lighthouse default (mobile, simulated throttling)', floor: floorPage, pages },
      load: { ...LOAD, targets, throughNginx },
      delivery,
      cmsEndpoints: { ...CMS_LOAD, databases },
      publishToLive,
      scale: { ...SCALE_LOAD, ...scale },
      staffWrites,
      search,
    };
    const results = { ...measured, goals: evaluateGoals(measured) };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    fs.writeFileSync(path.join(RESULTS_DIR, 'latest.md'), `${toMarkdown(results)}\n`);
    log(`done in ${Math.round(results.durationSeconds / 60)} min: bench/results/latest.md and latest.json`);
    fs.rmSync(logDir, { recursive: true, force: true });
  } catch (error) {
    console.error(error instanceof Error ? error.stack : error);
    console.error(`bench: failed; the servers' logs are in ${logDir}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

await main();
