import type { Core } from '@strapi/strapi';

/**
 * Node prints its process warnings (deprecations among them) to stderr as plain text, which breaks
 * the one-JSON-line-per-event log operators parse. They go through Strapi's logger instead.
 *
 * Known source on PostgreSQL: Strapi's document service populates relations concurrently on one
 * transaction's connection, which node-postgres 8.19+ reports as a deprecation (strapi/strapi#27643).
 */
export function logProcessWarnings(log: Core.Strapi['log']): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning: Error & { code?: string }) => {
    log.warn(warning.message, { event: 'process-warning', warning: warning.name, code: warning.code });
  });
}
