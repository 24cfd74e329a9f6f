// @ts-check
/**
 * The production topology of docker-compose.yml, run natively (no container engine here): nginx from
 * Debian's package with the repository's template rendered as the image renders it
 * (@welfare/test-support/proxy) and a certificate made here; two portal instances on one port, at
 * 127.0.0.1 and 127.0.0.2, found by nginx through a stand-in for Docker's DNS answering `web` with
 * both addresses, as Compose's does for two replicas; the CMS on a PostgreSQL database of its own;
 * Redis (the machine's, under a key prefix of this run, deleted at the end) shared by the instances
 * and the CMS. Every variable of the template comes from deploy/nginx/proxy.env, with what only Docker
 * has (ports, DNS, paths) and the limits replaced here.
 *
 * Driven over HTTPS as a browser would, each part from a loopback address of its own (nginx limits
 * per client address): pages and their headers, static files, the redirect, the limits, a publish,
 * an instance stopped, the CMS stopped, a backup taken and restored. Runs only with
 * DATABASE_CLIENT=postgres (once per CI run: Compose runs PostgreSQL).
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { freePort } from '@welfare/test-support/processes';
import { temporaryPostgres } from '@welfare/test-support/temporary-database';
import { CMS_DIR, WEB_DIR, startCms, startPortal } from '@welfare/test-support/stack';
import { randomCmsSecrets, randomSharedSecrets } from '@welfare/test-support/secrets';
import { assertNginxInstalled, composeProxySettings, startProxy } from '@welfare/test-support/proxy';
import { startDnsStandIn } from '@welfare/test-support/dns-stand-in';
import { makeCertificate } from '@welfare/test-support/certificate';
import { adminToken, registerFirstAdmin, tokenSession } from '@welfare/test-support/admin';
import { stack, waitFor } from '../support/stack-env.mjs';

const run = promisify(execFile);

/** The portal's own Redis client (a dependency of apps/web). */
const { createClient } = /** @type {typeof import('@redis/client')} */ (createRequire(path.join(WEB_DIR, 'package.json'))('@redis/client'));

const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const RUN_PREFIX = `welfare-topology-${randomBytes(6).toString('hex')}:`;
/** The instances' addresses: one port, two hosts, as two replicas of `web` in Compose. */
const INSTANCE_HOSTS = ['127.0.0.1', '127.0.0.2'];
/** The name nginx asks the DNS for (NGINX_PORTAL_UPSTREAM's host in Compose). */
const UPSTREAM_NAME = composeProxySettings().NGINX_PORTAL_UPSTREAM.split(':')[0];
/** The public name of the portal in the certificate (and PORTAL_URL). */
const PUBLIC_HOST = 'localhost';

/** Small limits, so the test reaches them: per client address, a burst, then 429 (1r/m: nothing refills meanwhile). */
const LIMITS = {
  NGINX_SEARCH_RATE: '1r/m',
  NGINX_SEARCH_BURST: '3',
  NGINX_RATING_RATE: '1r/m',
  NGINX_RATING_BURST: '1',
  NGINX_PAGE_RATE: '2r/s',
  NGINX_PAGE_BURST: '10',
};

const SERVICE = 'api::service.service';
/** Seeded in every language. */
const SERVICE_SLUG = 'sportello-informativo-stranieri';

/**
 * Each part of the test is a client of its own (nginx's limits are per address): 127.0.0.10 on.
 * 127.0.0.1 is NGINX_REAL_IP_FROM (a trusted proxy) and 127.0.0.2 an instance.
 */
let nextClient = 10;
const newClient = () => `127.0.0.${nextClient++}`;

/**
 * @typedef {{ status: number, headers: http.IncomingHttpHeaders, rawHeaders: string[], body: Buffer, text: () => string }} Answer
 */

/** Everything the run made: filled in by `before`. */
const topology = {
  dir: '',
  ca: '',
  httpsPort: 0,
  httpPort: 0,
  internalPort: 0,
  portalPort: 0,
  metricsPort: 0,
  cmsPort: 0,
  proxyLog: '',
  acmeRoot: '',
  uploadsDir: '',
  /** @type {Record<string, string>} */
  cmsEnv: {},
  /** @type {Record<string, string>} */
  databaseEnv: {},
};

/**
 * One request as a browser makes it: HTTPS to the public name (certificate checked against the run's
 * own CA) from a loopback address of the caller's, nothing followed, nothing decompressed.
 * @param {string} pathOrUrl a path (over HTTPS through nginx) or a whole http:// URL
 * @param {{ from: string, method?: string, headers?: Record<string, string>, body?: string }} options
 * @returns {Promise<Answer>}
 */
function request(pathOrUrl, { from, method = 'GET', headers = {}, body }) {
  const overTls = pathOrUrl.startsWith('/');
  const url = overTls ? new URL(`https://127.0.0.1:${topology.httpsPort}${pathOrUrl}`) : new URL(pathOrUrl);
  const options = {
    method,
    localAddress: from,
    agent: false,
    headers: { 'accept-encoding': 'gzip', ...(overTls ? { host: `${PUBLIC_HOST}:${topology.httpsPort}` } : {}), ...headers },
    ...(overTls ? { ca: topology.ca, servername: PUBLIC_HOST } : {}),
  };
  return new Promise((resolve, reject) => {
    const outgoing = (overTls ? https : http).request(url, options, (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          rawHeaders: response.rawHeaders,
          body: bytes,
          text: () =>
            (encoding === 'gzip' ? zlib.gunzipSync(bytes) : encoding === 'br' ? zlib.brotliDecompressSync(bytes) : bytes).toString('utf8'),
        });
      });
    });
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error(`${method} ${url} timed out`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Whether nothing listens on host:port. @param {string} host @param {number} port */
const isFree = (host, port) =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });

/** Every value of a header, one per time it was sent (one sent by both nginx and the portal is there twice). */
const headerValues = (/** @type {Answer} */ answer, /** @type {string} */ name) =>
  answer.rawHeaders.flatMap((value, index) => (index % 2 === 0 && value.toLowerCase() === name ? [answer.rawHeaders[index + 1]] : []));

/** nginx's JSON access log lines (its standard output). */
function proxyLog() {
  return fs
    .readFileSync(topology.proxyLog, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      try {
        return /** @type {Record<string, unknown>} */ (JSON.parse(line));
      } catch {
        return { notJson: line };
      }
    });
}

/** The PostgreSQL client's major version must be the server's or newer, as `npm run backup` needs. */
async function assertPostgresClientFits(/** @type {string} */ databaseUrl) {
  const client = Number(/(\d+)\./.exec(execFileSync('pg_dump', ['--version'], { encoding: 'utf8' }))?.[1]);
  const { stdout } = await run('psql', ['--no-psqlrc', '--tuples-only', '--no-align', '--command', 'SHOW server_version_num', databaseUrl]);
  const server = Math.floor(Number(stdout.trim()) / 10_000);
  assert.ok(client >= server, `pg_dump ${client} cannot back up a PostgreSQL ${server} server: install postgresql-client-${server}`);
}

/** `npm run backup` / `npm run restore` in the CMS's folder, configured as the CMS is (no .env). */
function cmsScript(/** @type {string} */ script, /** @type {string[]} */ args) {
  return run('npm', ['run', '--silent', script, '--', ...args], {
    cwd: CMS_DIR,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ENV_PATH: '/dev/null',
      ...topology.databaseEnv,
      // Where the CMS answers (restore refuses while it does), and where the live database is set aside.
      HOST: '127.0.0.1',
      PORT: String(topology.cmsPort),
      BACKUP_DIR: path.join(topology.dir, 'backups'),
    },
  });
}

describe(
  'the production topology: nginx, two portal instances, the CMS, PostgreSQL, Redis',
  { skip: onPostgres ? false : 'runs with DATABASE_CLIENT=postgres (once per CI run)' },
  () => {
    /** @type {Array<{ name: string, stop: () => Promise<void> }>} started, stopped in reverse order */
    const running = [];
    /** @type {{ url: string, stop: () => Promise<void> } | undefined} */
    let cms;
    /** @type {Array<{ url: string, stop: () => Promise<void> }>} */
    let instances = [];
    /** @type {Awaited<ReturnType<typeof temporaryPostgres>> | undefined} */
    let database;
    /** @type {ReturnType<typeof createClient> | undefined} */
    let redis;
    /** @type {ReturnType<typeof tokenSession>} */
    let staff;
    /** @type {Awaited<ReturnType<typeof startDnsStandIn>>} */
    let dns;
    /** The Arabic slug of the service: a page nobody asks for until the CMS is down. */
    let arabicSlug = '';

    const startOurCms = () =>
      startCms({
        databaseEnv: topology.databaseEnv,
        logDir: stack.logDir,
        name: 'topology-cms',
        port: topology.cmsPort,
        extraEnv: topology.cmsEnv,
      });

    before(async () => {
      assertNginxInstalled();
      topology.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-topology-'));
      const certificate = makeCertificate(path.join(topology.dir, 'tls'), PUBLIC_HOST);
      topology.ca = fs.readFileSync(certificate.certificate, 'utf8');
      topology.acmeRoot = path.join(topology.dir, 'acme');
      topology.uploadsDir = path.join(topology.dir, 'uploads');
      fs.mkdirSync(topology.uploadsDir);
      fs.writeFileSync(path.join(topology.uploadsDir, 'poster.txt'), 'a poster uploaded before the backup\n');
      [topology.httpsPort, topology.httpPort, topology.internalPort, topology.cmsPort, topology.metricsPort] = await Promise.all([
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
      ]);
      // Free on both instance addresses.
      do topology.portalPort = await freePort(INSTANCE_HOSTS[0]);
      while (!(await isFree(INSTANCE_HOSTS[1], topology.portalPort)));

      dns = await startDnsStandIn({ [UPSTREAM_NAME]: INSTANCE_HOSTS });
      running.push({ name: 'dns', stop: dns.stop });

      redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
      await redis.connect().catch((error) => {
        throw new Error(`No Redis at ${REDIS_URL} (${error.message}): start it, or set TEST_REDIS_URL`);
      });

      database = await temporaryPostgres('welfare_topology');
      topology.databaseEnv = database.env;
      await assertPostgresClientFits(database.env.DATABASE_URL);

      const portalUrl = `https://${PUBLIC_HOST}:${topology.httpsPort}`;
      const shared = randomSharedSecrets();
      // As compose's `cms` service: notices through the proxy's internal port, Redis for its counters.
      topology.cmsEnv = {
        // Kept for the restart after the restore, as production keeps its secrets.
        ...randomCmsSecrets(),
        ...shared,
        PORTAL_URL: portalUrl,
        PORTAL_INTERNAL_URL: `http://127.0.0.1:${topology.internalPort}`,
        REDIS_URL,
        REDIS_KEY_PREFIX: RUN_PREFIX,
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
      };
      cms = await startOurCms();
      const admin = { email: 'topology@welfare.local', password: `Topology-${randomBytes(6).toString('hex')}-2026` };
      await registerFirstAdmin(cms.url, admin.email, admin.password);
      staff = tokenSession(cms.url, await adminToken(cms.url, admin.email, admin.password));
      const service = await staff.findBySlug(SERVICE, 'it', SERVICE_SLUG);
      const arabic = await (await fetch(`${cms.url}/api/services/${service.documentId}?locale=ar&fields[0]=slug`)).json();
      arabicSlug = arabic.data.slug;

      // As compose's `web` service, twice: one port, two addresses, one Redis.
      instances = await Promise.all(
        INSTANCE_HOSTS.map((host, index) =>
          startPortal({
            cmsUrl: cms?.url ?? '',
            logDir: stack.logDir,
            name: `topology-web-${index + 1}`,
            host,
            port: topology.portalPort,
            extraEnv: {
              ...shared,
              PORTAL_URL: portalUrl,
              REDIS_URL,
              REDIS_KEY_PREFIX: RUN_PREFIX,
              METRICS_PORT: String(topology.metricsPort),
              METRICS_HOST: host,
            },
          }),
        ),
      );
      running.push(...instances.map((instance, index) => ({ name: `instance ${index + 1}`, stop: () => instance.stop() })));

      // Compose's proxy settings, but for what only Docker has, and the test's limits.
      const settings = {
        ...composeProxySettings(),
        ...LIMITS,
        NGINX_HTTP_PORT: String(topology.httpPort),
        NGINX_HTTPS_PORT: String(topology.httpsPort),
        NGINX_INTERNAL_PORT: String(topology.internalPort),
        NGINX_RESOLVER: dns.address,
        NGINX_PORTAL_UPSTREAM: `${UPSTREAM_NAME}:${topology.portalPort}`,
        NGINX_TLS_CERTIFICATE: certificate.certificate,
        NGINX_TLS_CERTIFICATE_KEY: certificate.key,
        NGINX_ACME_ROOT: topology.acmeRoot,
      };
      const proxy = await startProxy({ dir: path.join(topology.dir, 'nginx'), settings, logDir: stack.logDir, name: 'topology-proxy' });
      running.push(proxy);
      topology.proxyLog = proxy.logFile;
    });

    after(async () => {
      /** @type {unknown[]} */
      const problems = [];
      const attempt = async (/** @type {() => Promise<unknown> | undefined} */ step) => {
        try {
          await step();
        } catch (error) {
          problems.push(error);
        }
      };
      for (const service of running.splice(0).reverse()) await attempt(() => service.stop());
      await attempt(() => cms?.stop());
      await attempt(() => database?.drop());
      await attempt(async () => {
        if (!redis) return;
        /** @type {string[]} */
        const keys = [];
        for await (const batch of redis.scanIterator({ MATCH: `${RUN_PREFIX}*`, COUNT: 1000 })) keys.push(...batch.map(String));
        if (keys.length > 0) await redis.unlink(keys);
        redis.destroy();
      });
      if (topology.dir) fs.rmSync(topology.dir, { recursive: true, force: true });
      if (problems.length > 0) throw problems[0];
    });

    it('serves a page over HTTPS (HTTP/2 too) with HSTS, CSP, compression and nginx’s request id, spreading requests over both instances', async () => {
      const from = newClient();
      const page = await request('/it', { from });
      assert.equal(page.status, 200);
      assert.match(page.text(), /<html lang="it"/);
      assert.equal(page.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
      assert.equal(headerValues(page, 'strict-transport-security').length, 1, 'HSTS once: the portal’s, nginx adds none');
      // The portal's policies (its own, and the hashes of the page's scripts), none of nginx's.
      const policies = headerValues(page, 'content-security-policy');
      assert.ok(
        policies.some((policy) => policy.startsWith("default-src 'self'")),
        policies.join(' | '),
      );
      assert.ok(
        policies.every((policy) => !policy.startsWith("default-src 'none'")),
        policies.join(' | '),
      );
      assert.equal(page.headers['x-content-type-options'], 'nosniff');
      assert.equal(page.headers['content-encoding'], 'gzip');
      assert.match(String(page.headers.vary), /Accept-Encoding/i);
      assert.match(String(page.headers['x-request-id']), /^[0-9a-f]{32}$/, 'the id nginx made, passed through the portal');
      assert.equal(page.headers.server, 'nginx', 'no version (server_tokens off)');

      // A browser negotiates HTTP/2 (ALPN).
      const session = http2.connect(`https://${PUBLIC_HOST}:${topology.httpsPort}`, {
        createConnection: () =>
          tls.connect({
            socket: net.connect({ host: '127.0.0.1', port: topology.httpsPort, localAddress: from }),
            ca: topology.ca,
            servername: PUBLIC_HOST,
            ALPNProtocols: ['h2', 'http/1.1'],
          }),
      });
      try {
        const status = await new Promise((resolve, reject) => {
          const stream = session.request({ ':path': '/it', ':authority': `${PUBLIC_HOST}:${topology.httpsPort}` });
          stream.on('response', (headers) => resolve(headers[':status']));
          stream.on('error', reject);
          stream.resume();
        });
        assert.equal(session.alpnProtocol, 'h2');
        assert.equal(status, 200);
      } finally {
        session.close();
      }

      // nginx asked the DNS for the instances, and both answered pages.
      for (const pagePath of ['/it/services', '/en', '/ar', '/it/events', '/fr', '/uk'])
        assert.equal((await request(pagePath, { from: newClient() })).status, 200, pagePath);
      assert.ok(
        dns.queries.some((query) => query.name === UPSTREAM_NAME),
        'nginx resolved the upstream through the DNS',
      );
      const both = INSTANCE_HOSTS.map((host) => `${host}:${topology.portalPort}`).sort();
      const upstreams = () =>
        [
          ...new Set(
            proxyLog()
              .flatMap((line) => String(line.upstream ?? '').split(', '))
              .filter(Boolean),
          ),
        ].sort();
      // nginx logs a request once it has answered it. It starts each request's choice at a random
      // address of the answer it keeps, so a few pages may all go to one instance (1 in 64 for the
      // six above, seen in CI): more pages until both have answered, at most forty.
      await waitFor(
        'both instances in nginx’s log',
        async () => {
          if (upstreams().length === both.length) return true;
          await request('/it/services', { from: newClient() });
          return undefined;
        },
        20_000,
      ).catch(() => undefined);
      assert.deepEqual(upstreams(), both);
    });

    it('writes one JSON line per request to its standard output, nothing else', () => {
      const lines = proxyLog();
      assert.ok(lines.length > 5);
      assert.deepEqual(
        lines.filter((line) => 'notJson' in line),
        [],
        'lines of another format (the image’s access log)',
      );
      for (const line of lines) assert.equal(line.app, 'proxy');
    });

    it('serves Next’s build files immutable and compressed, without a limit', async () => {
      const from = newClient();
      const html = (await request('/it', { from })).text();
      const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
      assert.ok(asset, 'a script of the build in the page');
      // Past the page limit's burst: build files are not limited.
      const answers = await Promise.all(Array.from({ length: Number(LIMITS.NGINX_PAGE_BURST) + 5 }, () => request(asset, { from })));
      for (const answer of answers) assert.equal(answer.status, 200);
      const [first] = answers;
      assert.equal(first.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(first.headers['content-encoding'], 'gzip');
      assert.ok(first.text().length > 0);
    });

    it('redirects HTTP to HTTPS for any host name, and answers ACME challenges over HTTP', async () => {
      const from = newClient();
      const redirect = await request(`http://127.0.0.1:${topology.httpPort}/it/services?page=2`, {
        from,
        headers: { host: 'welfare.example.org' },
      });
      assert.equal(redirect.status, 308, 'the portal’s redirect, not the image’s default server');
      assert.equal(redirect.headers.location, 'https://welfare.example.org/it/services?page=2');
      assert.equal(redirect.headers['x-content-type-options'], 'nosniff');

      const token = randomBytes(12).toString('hex');
      fs.mkdirSync(path.join(topology.acmeRoot, '.well-known', 'acme-challenge'), { recursive: true });
      fs.writeFileSync(path.join(topology.acmeRoot, '.well-known', 'acme-challenge', token), `${token}.key-authorization`);
      const challenge = await request(`http://127.0.0.1:${topology.httpPort}/.well-known/acme-challenge/${token}`, {
        from,
        headers: { host: 'welfare.example.org' },
      });
      assert.equal(challenge.status, 200);
      assert.equal(challenge.text(), `${token}.key-authorization`);
    });

    it('answers /api/health through nginx, on HTTPS and on the internal port (Compose’s health check)', async () => {
      for (const where of ['/api/health', `http://127.0.0.1:${topology.internalPort}/api/health`]) {
        const answer = await request(where, { from: newClient() });
        assert.equal(answer.status, 200, where);
        assert.equal(answer.headers['cache-control'], 'no-store');
        const health = JSON.parse(answer.text());
        assert.equal(health.ready, true, where);
        assert.equal(health.checks.redis.configured, true);
        assert.equal(health.checks.redis.ok, true);
      }
    });

    it('refuses metrics paths; each instance serves them only on its own port', async () => {
      const from = newClient();
      for (const metricsPath of ['/metrics', '/api/metrics', '/_metrics', '/metrics/', '/api/_metrics']) {
        const answer = await request(metricsPath, { from });
        assert.equal(answer.status, 404, metricsPath);
        assert.doesNotMatch(answer.text(), /portal_http_requests_total/);
      }
      assert.equal((await request(`http://127.0.0.1:${topology.internalPort}/metrics`, { from })).status, 404);
      for (const host of INSTANCE_HOSTS) {
        const direct = await request(`http://${host}:${topology.metricsPort}/metrics`, { from });
        assert.equal(direct.status, 200, host);
        assert.match(direct.text(), /portal_http_requests_total/);
      }
    });

    it('answers 429 past the burst, per client address, with the security headers: search, page ratings, pages', async () => {
      const searcher = newClient();
      /** @type {number[]} */
      const searches = [];
      for (let index = 0; index < Number(LIMITS.NGINX_SEARCH_BURST) + 3; index += 1)
        searches.push((await request('/api/search?locale=it&q=mediazione', { from: searcher })).status);
      const allowed = Number(LIMITS.NGINX_SEARCH_BURST) + 1;
      assert.deepEqual(searches, [...Array(allowed).fill(200), 429, 429]);

      const refused = await request('/api/search?locale=it&q=scuola', { from: searcher, headers: { 'x-forwarded-for': '198.51.100.7' } });
      assert.equal(refused.status, 429, 'X-Forwarded-For from a client is not believed');
      assert.match(refused.text(), /429 Too Many Requests/);
      assert.match(String(refused.headers['content-security-policy']), /^default-src 'none'/, 'nginx’s own policy on its own answer');
      assert.equal(refused.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
      assert.equal(refused.headers['x-content-type-options'], 'nosniff');
      assert.equal((await request('/api/search?locale=it&q=scuola', { from: newClient() })).status, 200, 'another client is not limited');

      const rater = newClient();
      /** @type {number[]} */
      const ratings = [];
      for (let index = 0; index < Number(LIMITS.NGINX_RATING_BURST) + 2; index += 1) {
        ratings.push(
          (
            await request('/api/page-rating', {
              from: rater,
              method: 'POST',
              headers: { 'content-type': 'application/json', origin: `https://${PUBLIC_HOST}:${topology.httpsPort}` },
              body: '{"not":"a rating"}',
            })
          ).status,
        );
      }
      assert.deepEqual(ratings.slice(-1), [429]);
      assert.ok(
        ratings.slice(0, -1).every((status) => status === 400),
        `the portal refused the malformed ratings first: ${ratings}`,
      );

      // Pages: a burst at once; the rate refills 2 a second meanwhile.
      const reader = newClient();
      const pages = await Promise.all(Array.from({ length: 40 }, () => request('/it', { from: reader })));
      const statuses = pages.map((answer) => answer.status);
      const served = statuses.filter((status) => status === 200).length;
      assert.ok(
        statuses.every((status) => status === 200 || status === 429),
        String(statuses),
      );
      assert.ok(served >= Number(LIMITS.NGINX_PAGE_BURST) + 1, `${served} served`);
      assert.ok(statuses.includes(429), `${served} of 40 served, none refused`);
    });

    it('takes a publish from the CMS admin through the proxy’s internal port to both instances', async () => {
      const from = newClient();
      const page = `/it/services/${SERVICE_SLUG}`;
      const service = await staff.findBySlug(SERVICE, 'it', SERVICE_SLUG);
      // Rendered and cached first, through nginx and on each instance.
      assert.equal((await request(page, { from })).status, 200);
      for (const instance of instances) assert.ok((await request(`${instance.url}${page}`, { from })).text().includes(service.title));

      const newTitle = `${service.title} (topologia ${Date.now()})`;
      await staff.saveDraft(SERVICE, service.documentId, 'it', { title: newTitle });
      await staff.publish(SERVICE, service.documentId, 'it');
      for (const instance of instances) {
        await waitFor(`${instance.url} to serve the new title`, async () =>
          (await request(`${instance.url}${page}`, { from })).text().includes(newTitle) ? true : undefined,
        );
      }
      assert.ok((await request(page, { from })).text().includes(newTitle), 'through nginx');
      const notices = () => proxyLog().filter((line) => line.path === '/api/revalidate' && line.method === 'POST');
      await waitFor('the CMS’s notice in nginx’s log', async () => (notices().length > 0 ? true : undefined), 5_000);
      assert.ok(
        notices().every((line) => line.status === 200),
        JSON.stringify(notices()),
      );
    });

    /** A service deleted after the backup, back once it is restored. */
    const deleted = { documentId: '', slug: '' };
    const backupDir = () => path.join(topology.dir, 'backup');

    it('takes a backup of the running CMS (npm run backup, pg_dump), then staff delete a service', async () => {
      const { stdout } = await cmsScript('backup', ['--out', backupDir(), '--uploads', topology.uploadsDir]);
      assert.match(stdout, /Backup written to/);
      const manifest = JSON.parse(fs.readFileSync(path.join(backupDir(), 'manifest.json'), 'utf8'));
      assert.equal(manifest.database.client, 'postgres');
      assert.ok(manifest.files.some((/** @type {{ path: string }} */ file) => file.path === 'uploads/poster.txt'));

      const list = await (await fetch(`${cms?.url}/api/services?locale=it&sort=title&fields[0]=slug&pagination[pageSize]=100`)).json();
      const victim = list.data.find((/** @type {{ slug: string }} */ entry) => entry.slug !== SERVICE_SLUG);
      Object.assign(deleted, { documentId: victim.documentId, slug: victim.slug });
      await staff.remove(SERVICE, deleted.documentId);
      const after = await (await fetch(`${cms?.url}/api/services/${deleted.documentId}?locale=it`)).json();
      assert.equal(after.data, null);
    });

    it('keeps serving through nginx with one instance stopped', async () => {
      const from = newClient();
      await instances[1].stop();
      // As Docker's DNS forgets a stopped container; nginx keeps its answer up to 10 s (`valid=10s`),
      // meanwhile a refused connection is retried on the other instance (proxy_next_upstream).
      dns.answer(UPSTREAM_NAME, INSTANCE_HOSTS.slice(0, 1));
      const logged = proxyLog().length;
      for (const pagePath of [
        '/it',
        '/en',
        '/ar',
        `/it/services/${SERVICE_SLUG}`,
        '/it/services',
        '/fr',
        '/api/health',
        '/it',
        '/en',
        '/ar',
      ]) {
        assert.equal((await request(pagePath, { from })).status, 200, pagePath);
      }
      await waitFor('nginx to log the requests', async () => (proxyLog().length - logged >= 10 ? true : undefined), 5_000);
      const since = proxyLog().slice(logged);
      assert.ok(
        since.every((line) => String(line.upstream).endsWith(`${INSTANCE_HOSTS[0]}:${topology.portalPort}`)),
        'answered by the instance left',
      );
    });

    it('with the CMS stopped: pages already served are kept, a new one is the outage page', async () => {
      const from = newClient();
      await cms?.stop();
      for (const pagePath of [`/it/services/${SERVICE_SLUG}`, '/it', '/ar'])
        assert.equal((await request(pagePath, { from })).status, 200, pagePath);
      const outage = await request(`/ar/services/${arabicSlug}`, { from });
      assert.equal(outage.status, 503);
      assert.ok(Number(outage.headers['retry-after']) > 0);
      assert.equal(outage.headers['cache-control'], 'no-store');
      assert.match(outage.text(), /<html lang="ar" dir="rtl">/);
      // The instance asks the CMS at most once a second.
      await waitFor(
        '/api/health to say the CMS is down',
        async () => (JSON.parse((await request('/api/health', { from })).text()).ready === false ? true : undefined),
        5_000,
      );
    });

    it('restores the backup (npm run restore) with the CMS stopped: the deleted service is back, the outage heals', async () => {
      const from = newClient();
      fs.writeFileSync(path.join(topology.uploadsDir, 'after-backup.txt'), 'not in the backup\n');
      const { stdout } = await cmsScript('restore', ['--from', backupDir(), '--uploads', topology.uploadsDir]);
      assert.match(stdout, /Restored the backup/);
      assert.deepEqual(fs.readdirSync(topology.uploadsDir), ['poster.txt']);

      cms = await startOurCms();
      const restored = await (await fetch(`${cms.url}/api/services/${deleted.documentId}?locale=it&fields[0]=slug`)).json();
      assert.equal(restored.data?.slug, deleted.slug);
      await waitFor(
        'the Arabic page to render through nginx',
        async () => ((await request(`/ar/services/${arabicSlug}`, { from })).status === 200 ? true : undefined),
        30_000,
      );
    });
  },
);
