import type { Core } from '@strapi/strapi';
import { appKeys } from '../src/environment/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a reverse proxy, trust X-Forwarded-* so the client IP and protocol are right.
  proxy: { koa: env.bool('IS_PROXIED', false) },
  app: { keys: appKeys() },
});

export default config;
