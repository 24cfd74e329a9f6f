/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { CMS_ONLY_VARIABLES } from '@welfare/types';
import { readPortalEnvironment } from './environment';

/**
 * Least privilege between the apps: the portal, which faces the internet, gets only its own
 * variables. One environment file per app; Compose gives each service its own file and no other, and
 * keeps the portal off the database's network; the portal refuses a secret of the CMS.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Service {
  env_file?: string | Array<string | { path: string }>;
  environment?: Record<string, string> | string[];
  networks?: string[] | Record<string, unknown>;
}
const compose = parseYaml(read('docker-compose.yml')) as { services: Record<string, Service>; networks?: Record<string, { internal?: boolean }> };

const envFilesOf = (service: Service): string[] =>
  (Array.isArray(service.env_file) ? service.env_file : service.env_file ? [service.env_file] : []).map((entry) => (typeof entry === 'string' ? entry : entry.path));
const environmentNamesOf = (service: Service): string[] =>
  Array.isArray(service.environment) ? service.environment.map((entry) => entry.split('=')[0]) : Object.keys(service.environment ?? {});
const networksOf = (service: Service): string[] => (Array.isArray(service.networks) ? service.networks : Object.keys(service.networks ?? { default: null }));

describe('the environment files', () => {
  const portalExample = parseEnv(read('apps/web/.env.example'));
  const cmsExample = parseEnv(read('apps/cms/.env.example'));

  it('gives the portal its own example, without a single secret of the CMS', () => {
    expect(Object.keys(portalExample)).toEqual(expect.arrayContaining(['PORTAL_URL', 'CMS_URL', 'CMS_API_TOKEN', 'PREVIEW_SECRET', 'REVALIDATE_SECRET', 'REDIS_URL']));
    for (const name of CMS_ONLY_VARIABLES) expect(Object.keys(portalExample)).not.toContain(name);
    for (const name of ['DATABASE_CLIENT', 'DATABASE_HOST', 'DATABASE_USERNAME', 'ADMIN_EMAIL']) expect(Object.keys(portalExample)).not.toContain(name);
  });

  it('gives the CMS its own, with what it shares with the portal', () => {
    for (const name of [...CMS_ONLY_VARIABLES.filter((secret) => secret !== 'DATABASE_URL'), 'DATABASE_URL', 'PREVIEW_SECRET', 'REVALIDATE_SECRET', 'CMS_API_TOKEN', 'CMS_PREVIEW_TOKEN', 'CMS_RATING_TOKEN']) {
      expect(Object.keys(cmsExample)).toContain(name);
    }
  });

  it('keeps the root .env to Compose: no secret of either app', () => {
    const root = Object.keys(parseEnv(read('.env.example')));
    for (const name of [...CMS_ONLY_VARIABLES.filter((secret) => secret !== 'DATABASE_PASSWORD'), 'PREVIEW_SECRET', 'REVALIDATE_SECRET', 'CMS_API_TOKEN', 'CMS_PREVIEW_TOKEN']) {
      expect(root).not.toContain(name);
    }
  });

  it('lets the portal read no file but its own (next.config.ts loads no other folder’s .env)', () => {
    expect(read('apps/web/next.config.ts')).not.toMatch(/loadEnvConfig|dotenv/);
  });
});

describe('docker-compose.yml', () => {
  const { web, cms } = compose.services;

  it('gives the portal its own file and nothing of the CMS', () => {
    expect(envFilesOf(web)).toEqual(['apps/web/.env']);
    for (const name of CMS_ONLY_VARIABLES) expect(environmentNamesOf(web)).not.toContain(name);
    // No value of the portal's environment is filled in from a secret of the CMS either.
    const values = JSON.stringify(web.environment ?? {});
    for (const name of CMS_ONLY_VARIABLES) expect(values).not.toContain(`\${${name}`);
  });

  it('gives the CMS its own file, and no service the root .env whole', () => {
    expect(envFilesOf(cms)).toEqual(['apps/cms/.env']);
    for (const service of Object.values(compose.services)) expect(envFilesOf(service)).not.toContain('.env');
  });

  it('keeps the portal off the database’s network', () => {
    const databaseNetworks = networksOf(compose.services.postgres);
    expect(databaseNetworks.length).toBeGreaterThan(0);
    for (const network of databaseNetworks) {
      expect(networksOf(web)).not.toContain(network);
      expect(networksOf(compose.services.proxy)).not.toContain(network);
      expect(networksOf(compose.services.redis)).not.toContain(network);
    }
    // The CMS reaches both sides.
    expect(networksOf(cms)).toEqual(expect.arrayContaining([...databaseNetworks, ...networksOf(web)]));
  });
});

describe('the portal’s environment loader', () => {
  it.each(CMS_ONLY_VARIABLES)('refuses to start with %s in its environment (outside development)', (name) => {
    const settings = readPortalEnvironment({ NODE_ENV: 'production', [name]: 'x7Kq9Lm2Np4Rs6Tu8Vw0Yz1Ab3Cd5Ef7Gh' });
    expect(settings.problems.join('\n')).toContain(`${name}: a secret of the CMS`);
    expect(JSON.stringify(settings)).not.toContain('x7Kq9Lm2Np4Rs6Tu8Vw0Yz1Ab3Cd5Ef7Gh');
  });

  it('takes the example file of the portal as it is', () => {
    const settings = readPortalEnvironment({ ...parseEnv(read('apps/web/.env.example')), NODE_ENV: 'production' });
    expect(settings.problems).toEqual([]);
  });
});
