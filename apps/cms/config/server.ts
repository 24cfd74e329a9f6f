import type { Core } from '@strapi/strapi';
import { environment } from '../src/environment/environment';
import { appKeys } from '../src/environment/secrets';
import cronTasks from './cron-tasks';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  // Loopback in development unless HOST says otherwise (src/environment/environment.ts).
  host: environment().host,
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: {
    // Behind a reverse proxy, trust X-Forwarded-* so the client IP and protocol are right.
    koa: env.bool('IS_PROXIED', false),
    // The client IP is the address the proxies appended to X-Forwarded-For, counted from the right;
    // the entries on its left come from the client and could be anything (rate limits are per IP).
    // At least 1: Koa reads 0 as "all of them" and would take the client's own leftmost entry.
    maxIpsCount: Math.max(1, env.int('PROXY_HOPS', 1) || 1),
  },
  app: { keys: appKeys() },
  // Scheduled publication: each instance runs the job; a row is claimed by one of them only.
  cron: { enabled: env.bool('CRON_ENABLED', true), tasks: cronTasks },
  // The log is JSON lines (config/logger.ts): no boxed start-up banner, no update notice, outside development.
  logger: { startup: { enabled: env('NODE_ENV') === 'development' }, updates: { enabled: env('NODE_ENV') === 'development' } },
});

export default config;
