import { winston } from '@strapi/logger';
import { scrubSecrets, secretValuesOf } from '@welfare/types/observability';

/**
 * The CMS's log (Strapi's winston logger): one JSON line per event, with its time, level and, within
 * a request, the request's id (src/middlewares/request-log.ts). No credential of the environment
 * ever reaches a line: the values of every secret variable and the password of every URL are
 * replaced by [redacted] in the message and in every string field.
 */
const secrets = secretValuesOf(process.env);

type StrapiWithContext = { requestContext?: { get(): { state?: { requestId?: string } } | undefined } };

const withRequestId = winston.format((info) => {
  const requestId = (globalThis as { strapi?: StrapiWithContext }).strapi?.requestContext?.get()?.state?.requestId;
  if (requestId && !info.requestId) info.requestId = requestId;
  return info;
});

const scrubbed = winston.format((info) => {
  for (const [key, value] of Object.entries(info)) {
    if (typeof value === 'string') info[key] = scrubSecrets(value, secrets);
  }
  if (info.stack && typeof info.stack === 'string') info.stack = scrubSecrets(info.stack, secrets);
  return info;
});

export default {
  level: process.env.LOG_LEVEL || 'http',
  transports: [new winston.transports.Console()],
  format: winston.format.combine(
    winston.format.errors({ stack: true }),
    withRequestId(),
    scrubbed(),
    // Always an ISO time (some of Strapi's own lines bring a numeric `timestamp` of their own).
    winston.format((info) => ({ ...info, timestamp: new Date().toISOString(), app: 'cms' }))(),
    winston.format.json(),
  ),
};
