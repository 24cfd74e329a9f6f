import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { secretValuesOf } from '@welfare/types/observability';
import { routeKind, scrubbedValue } from './observability.mjs';

describe("the portal's log lines", () => {
  const secrets = secretValuesOf({ REDIS_URL: 'redis://default:redis-pass-0123@redis:6379', CMS_RATING_TOKEN: 'rating-token-abcdef0123' });

  it('carry no credential, in the message or in any field, errors included', () => {
    const line = scrubbedValue(
      {
        err: new Error('POST failed with rating-token-abcdef0123'),
        url: 'redis://default:redis-pass-0123@redis:6379',
        nested: [{ header: 'Bearer rating-token-abcdef0123' }],
      },
      secrets,
    );
    const text = JSON.stringify(line);
    expect(text).not.toContain('rating-token-abcdef0123');
    expect(text).not.toContain('redis-pass-0123');
    expect(text).toContain('redis://default:[redacted]@redis:6379');
    expect(line).toMatchObject({ err: { type: 'Error', message: 'POST failed with [redacted]' } });
  });
});

describe('route kinds (metric labels)', () => {
  it('are a small fixed set, never the path', () => {
    expect(routeKind('/ar/services/some-slug?x=1')).toBe('page');
    expect(routeKind('/_next/static/chunks/a.js')).toBe('static');
    expect(routeKind('/api/search?q=x')).toBe('search');
    expect(routeKind('/api/health')).toBe('health');
    expect(routeKind('/it/events/calendar.ics')).toBe('calendar');
    expect(routeKind('/sitemaps/services-1.xml')).toBe('sitemap');
    expect(routeKind('/uploads/poster.pdf')).toBe('upload');
  });
});

describe("Node's process warnings", () => {
  it('are JSON lines of the log, not plain text on stderr', () => {
    // In a process of its own: the test runner keeps its own warning listeners.
    const run = `const { logToJson } = await import(${JSON.stringify(path.join(import.meta.dirname, 'observability.mjs'))});
      logToJson();
      process.emitWarning('Calling client.query() when the client is already executing a query is deprecated', 'DeprecationWarning');`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', run], { encoding: 'utf8' });

    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toMatchObject({
      level: 'warn',
      event: 'process-warning',
      warning: 'DeprecationWarning',
      msg: 'Calling client.query() when the client is already executing a query is deprecated',
    });
  });
});
