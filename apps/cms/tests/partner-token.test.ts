import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { HTTPError, strapi, type StrapiClient } from '@strapi/client';
import { cmsUrl } from './support/admin-api';
import { APP_DIR } from './support/cms-process';
import { COLLECTIONS } from './support/fixtures';

/**
 * A partner's first day: staff create a read-only token with `npm run token:create`, the partner
 * reads with Strapi's official client. Published content in any locale, nothing else.
 */
const run = promisify(execFile);

interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run token:create`'s script against the test database, as an operator would. */
async function createToken(...args: string[]): Promise<ScriptRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/token-create.js', ...args], {
      cwd: APP_DIR,
      env: { ...process.env, ...JSON.parse(process.env.CMS_TEST_ENV ?? '{}') },
      timeout: 180000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** Strapi's access keys are 256 hexadecimal characters, printed alone on their line. */
function printedToken(output: string): string {
  const line = output.split('\n').find((candidate) => /^[0-9a-f]{256}$/.test(candidate.trim()));
  if (!line) throw new Error(`The script printed no token:\n${output}`);
  return line.trim();
}

/** The HTTP status a @strapi/client call failed with. */
async function refusal(call: Promise<unknown>): Promise<number> {
  try {
    await call;
  } catch (error) {
    if (error instanceof HTTPError) return error.response.status;
    throw error;
  }
  throw new Error('The call was not refused');
}

const partnerName = `ASST Vallecamonica ${Date.now()}`;
let run1: ScriptRun;
let client: StrapiClient;

beforeAll(async () => {
  run1 = await createToken('--name', partnerName, '--description', 'Calendario eventi del distretto');
  client = strapi({ baseURL: `${cmsUrl()}/api`, auth: printedToken(run1.stdout) });
}, 240000);

describe('npm run token:create', () => {
  it('creates a read-only token and prints it once, saying it will not be shown again', () => {
    expect(run1.code).toBe(0);
    expect(run1.stdout).toContain(`Created the read-only API token "${partnerName}"`);
    expect(run1.stdout).toMatch(/will not show it again/);
    expect(run1.stdout.split(printedToken(run1.stdout)).length).toBe(2);
  });

  it('refuses a name that exists already', async () => {
    const again = await createToken('--name', partnerName);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(`An API token named "${partnerName}" exists already`);
    expect(again.stdout).not.toMatch(/[0-9a-f]{256}/);
  }, 240000);

  it('refuses a missing name and an unknown type with the usage', async () => {
    for (const args of [[], ['--name', 'x', '--type', 'admin']]) {
      const refused = await createToken(...args);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('Usage: npm run token:create -- --name <partner>');
    }
  });

  it('makes full-access tokens for the agency’s own systems: drafts readable, no rate limit', async () => {
    const created = await createToken('--name', `portal-${Date.now()}`, '--type', 'full-access');
    expect(created.stdout).toContain('Created the full-access API token');
    const portal = strapi({ baseURL: `${cmsUrl()}/api`, auth: printedToken(created.stdout) });
    expect((await portal.collection('services').find({ status: 'draft', locale: 'it' })).data.length).toBeGreaterThan(0);
    expect((await portal.fetch('/services')).headers.get('ratelimit-limit')).toBeNull();
  }, 240000);
});

describe('a partner with a read-only token and @strapi/client', () => {
  it.each(COLLECTIONS.map(([, plural]) => plural))('reads %s in Arabic and in Italian', async (plural) => {
    for (const locale of ['ar', 'it']) {
      const { data, meta } = await client.collection(plural).find({ locale });
      expect(data.length).toBeGreaterThan(0);
      expect(data.every((entry) => entry.locale === locale)).toBe(true);
      expect(meta.pagination?.total).toBe(data.length);
    }
  });

  it('reads one entry by documentId in each language it exists in', async () => {
    const { data } = await client.collection('events').find({ locale: 'it', sort: 'startsAt:asc' });
    const arabic = await client.collection('events').findOne(data[0].documentId, { locale: 'ar', populate: ['poster', 'place'] });
    expect(arabic.data).toMatchObject({ documentId: data[0].documentId, locale: 'ar' });
    expect(arabic.data.poster.alternativeText).toMatch(/[\u0600-\u06FF]/);
  });

  it('reads the global settings in Arabic and in Italian', async () => {
    const arabic = await client.single('global').find({ locale: 'ar' });
    const italian = await client.single('global').find({ locale: 'it' });
    expect(arabic.data.siteName).toMatch(/[\u0600-\u06FF]/);
    expect(italian.data.siteName).toBe('Portale Welfare Valle Camonica');
  });

  it('has the partner rate limit, counted for its token', async () => {
    const response = await client.fetch('/events?locale=it');
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-limit')).toBe('3000');
    expect(Number(response.headers.get('ratelimit-remaining'))).toBeLessThan(3000);
  });

  it('is refused every write', async () => {
    const events = client.collection('events');
    const { data } = await events.find({ locale: 'it' });
    expect(await refusal(events.create({ title: 'Intruso', slug: 'intruso', summary: 'x', startsAt: '2030-01-01T10:00:00Z' }))).toBe(403);
    expect(await refusal(events.update(data[0].documentId, { title: 'Intruso' }))).toBe(403);
    expect(await refusal(events.delete(data[0].documentId))).toBe(403);
    expect(await refusal(client.single('global').update({ siteName: 'Intruso' }))).toBe(403);
    expect((await events.findOne(data[0].documentId, { locale: 'it' })).data.title).not.toBe('Intruso');
  });

  it('is refused drafts, whatever it asks', async () => {
    expect(await refusal(client.collection('services').find({ status: 'draft' }))).toBe(403);
    expect(await refusal(client.single('global').find({ status: 'draft', locale: 'it' }))).toBe(403);
    const published = await client.collection('services').find({ status: 'published', locale: 'it' });
    expect(published.data.every((service) => service.publishedAt)).toBe(true);
  });
});
