import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { LOCALE_CODES } from '@welfare/types';
import { adminLogin, request, updateDraft } from './support/admin-api';
import { get, type ListBody } from './support/public-api';
import { COLLECTIONS } from './support/fixtures';

const run = promisify(execFile);
const SERVICE = 'api::service.service';

type SeedReport = Record<string, { documents: number; created: number; translations: number }>;

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

/** Runs `npm run seed`'s script against the test database, as an operator would. */
async function runSeed(): Promise<SeedReport> {
  const { stdout } = await run(process.execPath, ['scripts/seed.js'], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, ...JSON.parse(process.env.CMS_TEST_ENV ?? '{}') },
    timeout: 180000,
  });
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('Seed report: '));
  if (!line) throw new Error(`The seed printed no report:\n${stdout}`);
  return JSON.parse(line.slice('Seed report: '.length)) as SeedReport;
}

describe('npm run seed', () => {
  it('is idempotent: on a seeded database it creates nothing and changes no count', async () => {
    const before = await countEverything();
    const report = await runSeed();
    for (const [group, counts] of Object.entries(report)) {
      expect({ group, created: counts.created, translations: counts.translations }).toEqual({ group, created: 0, translations: 0 });
      expect(counts.documents).toBeGreaterThan(0);
    }
    expect(await countEverything()).toEqual(before);
  }, 240000);

  it('restores a deleted translation without publishing staff’s unpublished edits', async () => {
    const jwt = await adminLogin();
    const italian = await get<ListBody<{ documentId: string; title: string }>>('/services?locale=it&filters[slug][$eq]=laboratori-interculturali-scuole');
    const { documentId, title } = italian.body.data[0];
    const path = `/content-manager/collection-types/${SERVICE}/${documentId}`;

    expect((await request('DELETE', `${path}?locale=ur`, { token: jwt })).status).toBe(200);
    expect((await get(`/services/${documentId}?locale=ur`)).status).toBe(404);
    expect((await updateDraft(jwt, SERVICE, documentId, 'it', { title: 'Titolo in revisione, non pubblicato' })).status).toBe(200);

    const report = await runSeed();
    expect(report.services).toMatchObject({ created: 0, translations: 1 });

    expect((await get(`/services/${documentId}?locale=ur`)).status).toBe(200);
    const stillPublished = await get<{ data: { title: string } }>(`/services/${documentId}?locale=it`);
    expect(stillPublished.body.data.title).toBe(title);
    const draft = await request<{ data: { title: string } }>('GET', `${path}?locale=it`, { token: jwt });
    expect(draft.body.data.title).toBe('Titolo in revisione, non pubblicato');
  }, 240000);
});
