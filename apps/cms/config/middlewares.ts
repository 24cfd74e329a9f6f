import type { Core } from '@strapi/strapi';
import { environment } from '../src/environment/environment';

// Strapi's stack without strapi::poweredBy: no X-Powered-By header.
const config = (): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'global::database-input-errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      origin: environment().corsOrigins,
      methods: ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE'],
      // Browsers hide response headers from scripts unless listed: partners' pages need these on a 429.
      expose: ['Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
      keepHeadersOnError: true,
    },
  },
  // After CORS, so a 429 can be read by a partner's page; counts the content API's 401s.
  'global::auth-failure-limit',
  // After security and CORS, so their headers apply to the documentation too.
  'global::api-documentation',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
