import type { Core } from '@strapi/strapi';
import { contentApiOrigins } from '../src/content-api/cors-scope';
import { environment } from '../src/environment/environment';

/** The largest file the media library takes (posters: images and PDFs). */
export const UPLOAD_MAX_FILE_BYTES = 20 * 1024 * 1024;

// Strapi's stack without strapi::poweredBy: no X-Powered-By header.
const config = (): Core.Config.Middlewares => [
  // In place of strapi::logger: the request id, one JSON line per request, metrics.
  'global::request-log',
  'strapi::errors',
  // The canonical spelling of the path, which every guard below compares (src/http/request-path.ts).
  'global::request-path',
  // No free database connection in time, or a lock past SQLite's busy timeout: 503 at once.
  'global::database-busy',
  'global::database-input-errors',
  // A publish answers once the portal has its change notice (src/portal-notification/hold-answer.ts).
  'global::answer-after-notices',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // The allowed origins on the content API (/api) only; the admin answers no other origin.
      origin: contentApiOrigins(environment().corsOrigins),
      // Tokens travel in a header: no cookie-bearing request is ever invited across origins.
      credentials: false,
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
  // The plugins' content-API routes (media library, users, roles) are closed to every caller.
  'global::content-api-surface',
  // nosniff, a sandboxing CSP and downloads for what is not an image or a PDF, on /uploads.
  'global::upload-headers',
  'strapi::query',
  // Multipart only on the media library's upload routes, refused before parsing anywhere else.
  'global::multipart-for-uploads',
  {
    name: 'strapi::body',
    config: {
      formidable: { maxFileSize: UPLOAD_MAX_FILE_BYTES, maxFiles: 20 },
    },
  },
  // Uploaded files are checked on their content (images and PDF only) before they are stored.
  'global::upload-types',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
