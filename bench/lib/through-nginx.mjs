// @ts-check
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { makeCertificate } from '@welfare/test-support/certificate';
import { startDnsStandIn } from '@welfare/test-support/dns-stand-in';
import { freePort } from '@welfare/test-support/processes';
import { NGINX_PATH, composeProxySettings, nginxInstalled, startProxy } from '@welfare/test-support/proxy';
import { measureLoad } from './load.mjs';

/**
 * The cached pages under load through the production topology's front (issue 27: "through the
 * production topology as well as directly"): Debian's nginx with the compose template rendered as
 * the image renders it (deploy/nginx/templates, deploy/nginx/proxy.env, @welfare/test-support/proxy),
 * HTTPS with a self-signed certificate, the upstream name answered by a stand-in for Docker's DNS,
 * in front of the portal instance the direct load measured. As the topology test runs it
 * (integration/tests/topology.test.mjs), but with one instance and the page limit raised.
 */

export const NGINX_MISSING = 'nginx not installed (apt-get install -y nginx)';
/** The name nginx asks the DNS for (NGINX_PORTAL_UPSTREAM's host in Compose). */
const UPSTREAM_NAME = composeProxySettings().NGINX_PORTAL_UPSTREAM.split(':')[0];
const PUBLIC_HOST = 'localhost';
/**
 * The load comes from one address, which compose's per-client page limit (20r/s, burst 60) would
 * answer mostly with 429 at 50 connections: raised far above what the machine serves, so that what
 * is measured is nginx's proxying, not its limit (the topology test checks the limits). The burst
 * too: requests within one millisecond of nginx's clock all count against it.
 */
const LOAD_TEST_LIMITS = { NGINX_PAGE_RATE: '100000r/s', NGINX_PAGE_BURST: '100000' };

function nginxVersion() {
  const { stderr } = spawnSync(NGINX_PATH, ['-v'], { encoding: 'utf8' });
  return /nginx\/[\w.]+/.exec(stderr ?? '')?.[0] ?? 'nginx';
}

/**
 * One GET through nginx, trusting only its certificate: the page's status and cache header before
 * the load (autocannon counts a 429 or a 502 as a request like any other).
 * @param {string} url
 * @param {Buffer} ca
 * @returns {Promise<{ status: number, cache: string | null, tls: string | null }>}
 */
function firstAnswer(url, ca) {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { ca, headers: { accept: 'text/html' }, timeout: 30_000 }, (response) => {
      const tls = 'getProtocol' in response.socket ? /** @type {import('node:tls').TLSSocket} */ (response.socket).getProtocol() : null;
      response.resume();
      response.once('end', () => {
        const cache = response.headers['x-nextjs-cache'];
        resolve({ status: response.statusCode ?? 0, cache: typeof cache === 'string' ? cache : null, tls });
      });
    });
    request.once('timeout', () => request.destroy(new Error(`${url}: no answer within 30 s`)));
    request.once('error', reject);
  });
}

/**
 * nginx in front of `portalUrl` (an IPv4 loopback address: the DNS stand-in answers A records).
 * @param {{ portalUrl: string, logDir: string }} options
 */
export async function startNginxInFront({ portalUrl, logDir }) {
  const portal = new URL(portalUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-bench-nginx-'));
  /** @type {Array<() => Promise<void>>} */
  const stops = [];
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) await step().catch((error) => console.error(error));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const certificate = makeCertificate(path.join(dir, 'tls'), PUBLIC_HOST);
    const [httpsPort, httpPort, internalPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const dns = await startDnsStandIn({ [UPSTREAM_NAME]: [portal.hostname] });
    stops.push(dns.stop);
    // Compose's proxy settings, but for what only Docker has (ports below 1024, its DNS, the
    // mounted paths) and the page limit.
    const settings = {
      ...composeProxySettings(),
      ...LOAD_TEST_LIMITS,
      NGINX_HTTP_PORT: String(httpPort),
      NGINX_HTTPS_PORT: String(httpsPort),
      NGINX_INTERNAL_PORT: String(internalPort),
      NGINX_RESOLVER: dns.address,
      NGINX_PORTAL_UPSTREAM: `${UPSTREAM_NAME}:${portal.port}`,
      NGINX_TLS_CERTIFICATE: certificate.certificate,
      NGINX_TLS_CERTIFICATE_KEY: certificate.key,
      NGINX_ACME_ROOT: path.join(dir, 'acme'),
    };
    const proxy = await startProxy({ dir: path.join(dir, 'nginx'), settings, logDir, name: 'bench-nginx' });
    stops.push(proxy.stop);
    return { url: `https://127.0.0.1:${httpsPort}`, ca: fs.readFileSync(certificate.certificate), logFile: proxy.logFile, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * @typedef {Awaited<ReturnType<typeof measureLoad>> & { name: string, path: string, cache: string | null }} NginxTarget
 * @typedef {{ skipped: string } | { nginx: string, tls: string | null, limits: Record<string, string>, targets: NginxTarget[] }} ThroughNginx
 */

/**
 * Each page under `load` through nginx, one after another. Never throws: without nginx, or when it
 * fails, the result says why it was not measured and the benchmark goes on.
 * @param {{ portalUrl: string, pages: Array<{ name: string, path: string }>, load: { connections: number, seconds: number },
 *   logDir: string, log: (message: string) => void, running?: Array<() => Promise<unknown>> }} options
 *   `running`: the caller's stops, where nginx's is while it runs (Ctrl-C stops it too)
 * @returns {Promise<ThroughNginx>}
 */
export async function measureThroughNginx({ portalUrl, pages, load, logDir, log, running = [] }) {
  if (!nginxInstalled()) {
    log(`through nginx: not measured, ${NGINX_MISSING}`);
    return { skipped: NGINX_MISSING };
  }
  /** @type {Awaited<ReturnType<typeof startNginxInFront>> | undefined} */
  let nginx;
  /** @type {() => Promise<void>} */
  const stopNginx = async () => {
    const started = nginx;
    nginx = undefined;
    await started?.stop();
  };
  running.push(stopNginx);
  try {
    const version = nginxVersion();
    log(`starting ${version} in front of the portal (deploy/nginx/templates, HTTPS)…`);
    nginx = await startNginxInFront({ portalUrl, logDir });
    /** @type {NginxTarget[]} */
    const targets = [];
    /** @type {string | null} */
    let tls = null;
    for (const page of pages) {
      const url = `${nginx.url}${page.path}`;
      const first = await firstAnswer(url, nginx.ca);
      if (first.status !== 200) throw new Error(`${page.path} answered ${first.status} through nginx (its log: ${nginx.logFile})`);
      tls = first.tls;
      log(`autocannon ${load.connections} connections through nginx: ${page.name}`);
      targets.push({ name: page.name, path: page.path, cache: first.cache, ...(await measureLoad(url, load)) });
    }
    return { nginx: version, tls, limits: LOAD_TEST_LIMITS, targets };
  } catch (error) {
    const reason = `nginx failed: ${error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '') : error}`;
    log(`through nginx: not measured, ${reason}`);
    return { skipped: reason };
  } finally {
    await stopNginx();
    if (running.includes(stopNginx)) running.splice(running.indexOf(stopNginx), 1);
  }
}

// `node bench/lib/through-nginx.mjs [seconds]` (after the builds): a CMS and a portal on a fresh
// SQLite database, three cached pages directly and through nginx, as JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { entry } = await import('@welfare/test-support/content');
  const { logDirectory, startCms, startPortal } = await import('@welfare/test-support/stack');
  const { temporarySqlite } = await import('@welfare/test-support/temporary-database');
  const load = { connections: 50, seconds: Number(process.argv[2] ?? 3) };
  const log = (/** @type {string} */ message) => console.error(`bench: ${message}`);
  const logDir = logDirectory('welfare-bench-nginx-logs-');
  /** @type {Array<() => Promise<unknown>>} */
  const running = [];
  try {
    const sqlite = temporarySqlite();
    running.push(sqlite.drop);
    const cms = await startCms({ databaseEnv: sqlite.env, logDir, extraEnv: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10000000' } });
    running.push(cms.stop);
    const portal = await startPortal({ cmsUrl: cms.url, logDir });
    running.push(portal.stop);
    const pages = [
      { name: 'portal: home (it)', path: '/it' },
      { name: 'portal: services list (it)', path: '/it/services' },
      { name: 'portal: service (ar)', path: `/ar/services/${entry('services', 'mediazione-linguistico-culturale', 'ar').slug}` },
    ];
    const directly = [];
    for (const page of pages) {
      // Rendered and cached before the load, as run.mjs's warm() does.
      for (let visit = 0; visit < 3; visit += 1) await (await fetch(`${portal.url}${page.path}`)).arrayBuffer();
      log(`autocannon ${load.connections} connections directly: ${page.name}`);
      directly.push({ ...page, ...(await measureLoad(`${portal.url}${page.path}`, load)) });
    }
    const throughNginx = await measureThroughNginx({ portalUrl: portal.url, pages, load, logDir, log, running });
    console.log(JSON.stringify({ directly, throughNginx }, null, 2));
    fs.rmSync(logDir, { recursive: true, force: true });
  } catch (error) {
    console.error(error instanceof Error ? error.stack : error);
    console.error(`bench: failed; the servers' logs are in ${logDir}`);
    process.exitCode = 1;
  } finally {
    for (const stop of running.reverse()) await stop().catch((error) => console.error(error));
  }
}
