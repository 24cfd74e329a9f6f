// @ts-check
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { startService } from './processes.mjs';
import { ROOT } from './stack.mjs';

/**
 * The proxy of docker-compose.yml (service `proxy`, the nginx image) run natively: Debian's nginx
 * with the repository's template rendered as the image's entrypoint renders it, inside a configuration
 * shaped like the image's, every path in a folder of the run's (no root needed, nothing of the
 * machine's nginx used but its mime.types).
 */

export const NGINX_PATH = process.env.NGINX_PATH || '/usr/sbin/nginx';
const TEMPLATES_DIR = path.join(ROOT, 'deploy', 'nginx', 'templates');
const SETTINGS_FILE = path.join(ROOT, 'deploy', 'nginx', 'proxy.env');
/** The image's templates suffix (NGINX_ENVSUBST_TEMPLATE_SUFFIX's default). */
const TEMPLATE_SUFFIX = '.template';

/** Whether NGINX_PATH is an executable (the benchmark reports "not measured" without it). */
export function nginxInstalled() {
  try {
    fs.accessSync(NGINX_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Fails loudly, with the way to fix it, when nginx is not installed: never a silent skip. */
export function assertNginxInstalled() {
  if (!nginxInstalled()) {
    throw new Error(
      `nginx is not installed at ${NGINX_PATH}, and the topology test needs it.\n` +
        'Install it from Debian:  sudo apt-get update && sudo apt-get install -y nginx\n' +
        '(or set NGINX_PATH to another nginx binary).',
    );
  }
}

/** The template's variables with the values Compose runs it with (deploy/nginx/proxy.env). */
export function composeProxySettings() {
  return /** @type {Record<string, string>} */ (parseEnv(fs.readFileSync(SETTINGS_FILE, 'utf8')));
}

/**
 * What the image's entrypoint (20-envsubst-on-templates.sh) does to a template: `envsubst` of the
 * variables of its environment whose names match NGINX_ENVSUBST_FILTER, in both forms `$NAME` and
 * `${NAME}`; everything else stays as written.
 * @param {string} text
 * @param {Record<string, string>} env
 */
export function renderTemplate(text, env) {
  const filter = new RegExp(env.NGINX_ENVSUBST_FILTER ?? '');
  const defined = new Set(Object.keys(env).filter((name) => filter.test(name)));
  return text.replace(/\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (match, braced, bare) => {
    const name = braced ?? bare;
    return defined.has(name) ? env[name] : match;
  });
}

/**
 * The image's /etc/nginx/nginx.conf, its paths moved into `dir`. Its error log goes to a file of its
 * own here (the image's goes to stderr) so that standard output holds the access log alone.
 * @param {string} dir
 */
function mainConfiguration(dir) {
  // Root (as in CI) would hand the workers to `nobody`, who cannot enter the run's private folder;
  // the image runs them as `nginx`, owner of its own paths.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes auto;
error_log ${dir}/error.log notice;
pid ${dir}/nginx.pid;

events {
    worker_connections 1024;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;

    log_format main '$remote_addr - $remote_user [$time_local] "$request" '
                    '$status $body_bytes_sent "$http_referer" '
                    '"$http_user_agent" "$http_x_forwarded_for"';
    # The image's access log (a link to its standard output).
    access_log /dev/stdout main;

    sendfile on;
    keepalive_timeout 65;

    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;

    include ${dir}/conf.d/*.conf;
}
`;
}

/**
 * The image's own conf.d/default.conf (its welcome page), which stays beside the rendered template
 * in the container, on the same HTTP port.
 * @param {string} httpPort
 */
function imageDefaultServer(httpPort) {
  return `server {
    listen       ${httpPort};
    listen  [::]:${httpPort};
    server_name  localhost;

    location / {
        return 200 "Welcome to nginx! (the image's default server)\\n";
    }
}
`;
}

/**
 * Renders the templates with `settings` and starts nginx in the foreground, as the image does; ready
 * when its internal port answers /api/health through to a portal instance (Compose's health check).
 * @param {{ dir: string, settings: Record<string, string>, logDir: string, name?: string }} options
 *   `dir`: an empty folder of the run's, for the configuration, the pid, the temporary files
 */
export async function startProxy({ dir, settings, logDir, name = 'proxy' }) {
  assertNginxInstalled();
  const confDir = path.join(dir, 'conf.d');
  fs.mkdirSync(confDir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true });
  for (const file of fs.readdirSync(TEMPLATES_DIR).filter((entry) => entry.endsWith(TEMPLATE_SUFFIX))) {
    const rendered = renderTemplate(fs.readFileSync(path.join(TEMPLATES_DIR, file), 'utf8'), settings);
    const unfilled = rendered.match(/\$\{?[A-Z][A-Z0-9_]*\}?/);
    if (unfilled)
      throw new Error(`${file}: ${unfilled[0]} was not filled in (not in deploy/nginx/proxy.env, or not matched by NGINX_ENVSUBST_FILTER)`);
    fs.writeFileSync(path.join(confDir, file.slice(0, -TEMPLATE_SUFFIX.length)), rendered);
  }
  fs.writeFileSync(path.join(confDir, 'default.conf'), imageDefaultServer(settings.NGINX_HTTP_PORT));
  const configuration = path.join(dir, 'nginx.conf');
  fs.writeFileSync(configuration, mainConfiguration(dir));

  const args = ['-p', `${dir}/`, '-c', configuration];
  // Standard output a file, not node's socket pair: nginx opens /dev/stdout (the access log) itself.
  const check = spawnSync(NGINX_PATH, [...args, '-t', '-q'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (check.status !== 0) throw new Error(`nginx refuses the rendered configuration (${dir}):\n${check.stderr}`);
  return startService({
    name: `nginx (${name})`,
    command: NGINX_PATH,
    args: [...args, '-g', 'daemon off;'],
    cwd: dir,
    env: { PATH: process.env.PATH },
    url: `http://127.0.0.1:${settings.NGINX_INTERNAL_PORT}`,
    readyPath: '/api/health',
    logFile: path.join(logDir, `${name}.log`),
    timeoutMs: 30_000,
  });
}
