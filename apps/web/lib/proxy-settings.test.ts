import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { parse as parseYaml } from 'yaml';

/**
 * The proxy's template runs two ways: in Docker Compose (nginx's image) and natively in the topology
 * test (integration/tests/topology.test.mjs). Both take its variables from deploy/nginx/proxy.env;
 * what Compose sets besides (the limits, from the root .env) and mounts (at the template's paths)
 * must say the same, so the test runs what Compose runs.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Service {
  env_file?: string | Array<string | { path: string }>;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
}
const compose = parseYaml(read('docker-compose.yml')) as { services: Record<string, Service> };
const proxy = compose.services.proxy;
const settings = parseEnv(read('deploy/nginx/proxy.env')) as Record<string, string>;
const template = read('deploy/nginx/templates/portal.conf.template');
const filter = new RegExp(settings.NGINX_ENVSUBST_FILTER);

/** Every name the image's envsubst may fill in: `$NAME` or `${NAME}`, upper case (nginx's own are lower case). */
const templateVariables = [...new Set([...template.matchAll(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g)].map((match) => match[1]))];

describe("the proxy's settings (deploy/nginx/proxy.env)", () => {
  it('define every variable of the template, each one the image fills in, and no other', () => {
    expect(templateVariables.length).toBeGreaterThan(10);
    for (const name of templateVariables) {
      expect(name).toMatch(filter);
      expect(Object.keys(settings)).toContain(name);
    }
    expect(
      Object.keys(settings)
        .filter((name) => name !== 'NGINX_ENVSUBST_FILTER')
        .sort(),
    ).toEqual([...templateVariables].sort());
  });

  it('are what Compose gives the proxy: its env_file, the limits’ defaults in compose and .env.example the same', () => {
    const envFiles = (Array.isArray(proxy.env_file) ? proxy.env_file : [proxy.env_file]).map((entry) =>
      typeof entry === 'object' ? entry.path : entry,
    );
    expect(envFiles).toEqual(['deploy/nginx/proxy.env']);
    const rootExample = parseEnv(read('.env.example')) as Record<string, string>;
    const overridden = Object.entries(proxy.environment ?? {});
    expect(overridden.length).toBeGreaterThan(0);
    for (const [name, value] of overridden) {
      // `${NAME:-default}`: the root .env's value, else this file's.
      expect({ name, value }).toEqual({ name, value: `\${${name}:-${settings[name]}}` });
      expect({ name, example: rootExample[name] }).toEqual({ name, example: settings[name] });
    }
    for (const name of Object.keys(rootExample).filter((variable) => variable.startsWith('NGINX_')))
      expect(Object.keys(proxy.environment ?? {})).toContain(name);
  });

  it('name the paths Compose mounts, the ports it publishes and the internal port the CMS and the health check use', () => {
    const mountTargets = (proxy.volumes ?? []).map((volume) => volume.split(':').slice(-2, -1)[0]);
    for (const name of ['NGINX_TLS_CERTIFICATE', 'NGINX_TLS_CERTIFICATE_KEY', 'NGINX_ACME_ROOT'])
      expect(mountTargets).toContain(settings[name]);
    expect((proxy.ports ?? []).map((port) => port.split(':').at(-1)).sort()).toEqual(
      [settings.NGINX_HTTPS_PORT, settings.NGINX_HTTP_PORT].sort(),
    );
    expect(compose.services.cms.environment?.PORTAL_INTERNAL_URL).toBe(`http://proxy:${settings.NGINX_INTERNAL_PORT}`);
    expect(proxy.healthcheck?.test.join(' ')).toContain(`http://127.0.0.1:${settings.NGINX_INTERNAL_PORT}/api/health`);
    // The upstream is the portal's service, by the name Docker's DNS knows it.
    expect(Object.keys(compose.services)).toContain(settings.NGINX_PORTAL_UPSTREAM.split(':')[0]);
  });
});
