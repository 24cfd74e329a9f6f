import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { LOCALE_CODES } from '@welfare/types';
import { get, type ListBody } from './support/public-api';
import { COLLECTIONS } from './support/fixtures';

const run = promisify(execFile);

async function countEverything(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [, plural] of COLLECTIONS) {
    for (const locale of LOCALE_CODES) {
      const response = await get<ListBody>(`/${plural}?locale=${locale}&pagination[pageSize]=1`);
      counts[`${plural}.${locale}`] = response.body.meta.pagination.total;
    }
  }
  return counts;
}

describe('npm run seed', () => {
  it('is idempotent: on a seeded database it creates nothing and changes no count', async () => {
    const before = await countEverything();
    const { stdout } = await run(process.execPath, ['scripts/seed.js'], {
      cwd: path.resolve(__dirname, '..'),
      env: { ...process.env, ...JSON.parse(process.env.CMS_TEST_ENV ?? '{}') },
      timeout: 180000,
    });
    const reportLine = stdout.split('\n').find((line) => line.startsWith('Seed report: '));
    expect(reportLine).toBeDefined();
    const report = JSON.parse(reportLine!.slice('Seed report: '.length)) as Record<string, { documents: number; created: number; translations: number }>;
    for (const [group, counts] of Object.entries(report)) {
      expect({ group, created: counts.created, translations: counts.translations }).toEqual({ group, created: 0, translations: 0 });
      expect(counts.documents).toBeGreaterThan(0);
    }
    expect(await countEverything()).toEqual(before);
  }, 240000);
});
