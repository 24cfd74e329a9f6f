// @ts-check
/**
 * Least privilege between the apps, in the files a deployment starts from: one environment file per
 * app (the portal's without a single secret of the CMS, the CMS's with what it shares with the
 * portal), a root .env for Compose only, and Compose giving each service its own file and keeping
 * the portal off the database's network. The portal's own loader refusing a secret of the CMS is
 * tested with the portal (apps/web/lib/environment-files.test.ts).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseEnv } from 'node:util';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { REPOSITORY_ROOT } from './repository.mjs';

/** @type {typeof import('@welfare/types/secrets')} */
const { CMS_ONLY_VARIABLES, DEVELOPMENT_SHARED_SECRETS } = createRequire(import.meta.url)('@welfare/types/secrets');
const SHARED_SECRETS = Object.keys(DEVELOPMENT_SHARED_SECRETS);

/** @param {string} file */
const read = (file) => fs.readFileSync(path.join(REPOSITORY_ROOT, file), 'utf8');
/** @param {string} file */
const variablesOf = (file) => Object.keys(parseEnv(read(file)));

/**
 * @typedef {{ env_file?: string | Array<string | { path: string }>, environment?: Record<string, string> | string[],
 *   networks?: string[] | Record<string, unknown> }} Service
 */
/** @type {{ services: Record<string, Service> }} */
const compose = parseYaml(read('docker-compose.yml'));

/** @param {Service} service */
const envFilesOf = (service) =>
  (Array.isArray(service.env_file) ? service.env_file : service.env_file ? [service.env_file] : []).map((entry) =>
    typeof entry === 'string' ? entry : entry.path,
  );
/** @param {Service} service */
const environmentNamesOf = (service) =>
  Array.isArray(service.environment) ? service.environment.map((entry) => entry.split('=')[0]) : Object.keys(service.environment ?? {});
/** @param {Service} service */
const networksOf = (service) => (Array.isArray(service.networks) ? service.networks : Object.keys(service.networks ?? { default: null }));

/** @param {string[]} names @param {string} name */
const assertHas = (names, name) => assert.ok(names.includes(name), `${name} is missing`);
/** @param {string[]} names @param {string} name */
const assertHasNot = (names, name) => assert.ok(!names.includes(name), `${name} must not be there`);

describe('the environment files', () => {
  it('gives the portal its own example, without a single secret of the CMS', () => {
    const portal = variablesOf('apps/web/.env.example');
    for (const name of ['PORTAL_URL', 'CMS_URL', 'CMS_API_TOKEN', 'PREVIEW_SECRET', 'REVALIDATE_SECRET', 'REDIS_URL'])
      assertHas(portal, name);
    for (const name of [...CMS_ONLY_VARIABLES, 'DATABASE_CLIENT', 'DATABASE_HOST', 'DATABASE_USERNAME', 'ADMIN_EMAIL'])
      assertHasNot(portal, name);
  });

  it('gives the CMS its own, with what it shares with the portal', () => {
    const cms = variablesOf('apps/cms/.env.example');
    for (const name of [...CMS_ONLY_VARIABLES, ...SHARED_SECRETS]) assertHas(cms, name);
  });

  it('keeps the root .env to Compose: no secret of either app', () => {
    const root = variablesOf('.env.example');
    // The database's password is Compose's too: it starts PostgreSQL with it.
    for (const name of [...CMS_ONLY_VARIABLES.filter((secret) => secret !== 'DATABASE_PASSWORD'), ...SHARED_SECRETS])
      assertHasNot(root, name);
  });
});

describe('docker-compose.yml', () => {
  const { web, cms, postgres, proxy, redis } = compose.services;

  it('gives the portal its own file and nothing of the CMS', () => {
    assert.deepEqual(envFilesOf(web), ['apps/web/.env']);
    for (const name of CMS_ONLY_VARIABLES) assertHasNot(environmentNamesOf(web), name);
    // No value of the portal's environment is filled in from a secret of the CMS either.
    const values = JSON.stringify(web.environment ?? {});
    for (const name of CMS_ONLY_VARIABLES) assert.ok(!values.includes(`\${${name}`), `the portal's ${name}`);
  });

  it('gives the CMS its own file, and no service the root .env whole', () => {
    assert.deepEqual(envFilesOf(cms), ['apps/cms/.env']);
    for (const [name, service] of Object.entries(compose.services)) assert.ok(!envFilesOf(service).includes('.env'), name);
  });

  it('keeps the portal off the database’s network', () => {
    const databaseNetworks = networksOf(postgres);
    assert.ok(databaseNetworks.length > 0);
    for (const network of databaseNetworks) {
      for (const service of [web, proxy, redis]) assertHasNot(networksOf(service), network);
    }
    // The CMS reaches both sides.
    for (const network of [...databaseNetworks, ...networksOf(web)]) assertHas(networksOf(cms), network);
  });
});
