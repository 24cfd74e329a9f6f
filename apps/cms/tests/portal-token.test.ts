import { randomBytes } from 'node:crypto';
import { PORTAL_TOKEN_NAME, PREVIEW_TOKEN_NAME } from '../src/bootstrap/portal-token';
import { TEST_ADMIN, logIn, request, type Document } from './support/admin-api';
import { startCms, stopCms, type RunningCms } from './support/cms-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { get, type ListBody } from './support/public-api';

/**
 * The portal reads drafts for the preview with the custom find/findOne token whose key is CMS_PREVIEW_TOKEN,
 * and published content with the find/findOne token whose key is CMS_API_TOKEN: the CMS makes both
 * at start, from the environment, and follows the environment when a key changes.
 * A CMS of its own (restarted on the same database), so the key can change between starts.
 */
const SERVICE = 'api::service.service';
const DRAFT_MARKER = 'BOZZA-PER-ANTEPRIMA';
const randomKey = () => randomBytes(32).toString('hex');

let database: TestDatabase;
let cms: RunningCms | undefined;

const publishedKey = randomKey();

async function start(token: string): Promise<string> {
  cms = await startCms({
    ...database.env,
    NODE_ENV: 'test',
    SEED_DEMO_CONTENT: 'false',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    CMS_PREVIEW_TOKEN: token,
    CMS_API_TOKEN: publishedKey,
  });
  return cms.url;
}

async function stop(): Promise<void> {
  if (cms) await stopCms(cms.child);
  cms = undefined;
}

const draftsWith = (token: string | undefined, baseUrl: string) =>
  request<ListBody<{ title: string }>>('GET', `/api/services?status=draft&filters[title][$containsi]=${DRAFT_MARKER}`, { token, baseUrl });

const portalTokens = async (baseUrl: string, name = PREVIEW_TOKEN_NAME) => {
  const jwt = await logIn(TEST_ADMIN.email, TEST_ADMIN.password, baseUrl);
  const response = await request<{ data: Array<{ name: string; type: string }> }>('GET', '/admin/api-tokens', { token: jwt, baseUrl });
  return response.body.data.filter((token) => token.name === name);
};

// A CMS of its own starts in the hooks: as patient as the suite's own start (CMS_TEST_START_TIMEOUT_MS).
const START_TIMEOUT_MS = Math.max(180000, (Number(process.env.CMS_TEST_START_TIMEOUT_MS) || 0) + 60000);

const firstKey = randomKey();
const secondKey = randomKey();

beforeAll(async () => {
  database = await createTestDatabase();
}, 30000);

afterAll(async () => {
  await stop();
  await database.drop();
}, 30000);

describe('the portal tokens from CMS_PREVIEW_TOKEN and CMS_API_TOKEN', () => {
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = await start(firstKey);
    const jwt = await logIn(TEST_ADMIN.email, TEST_ADMIN.password, baseUrl);
    const draft = await request<{ data: Document }>('POST', `/content-manager/collection-types/${SERVICE}?locale=it`, {
      token: jwt,
      baseUrl,
      body: { title: `${DRAFT_MARKER} servizio`, slug: `bozza-anteprima-${Date.now()}`, summary: DRAFT_MARKER, serviceStatus: 'active' },
    });
    if (draft.status !== 201) throw new Error(`Creating the draft failed: ${draft.status} ${JSON.stringify(draft.body)}`);
  }, START_TIMEOUT_MS);

  it('reads drafts with status=draft', async () => {
    const response = await draftsWith(firstKey, baseUrl);
    expect(response.status).toBe(200);
    expect(response.body.data.map((service) => service.title)).toEqual([`${DRAFT_MARKER} servizio`]);
  });

  it('are listed once each in the admin: two custom tokens', async () => {
    expect(await portalTokens(baseUrl)).toEqual([expect.objectContaining({ type: 'custom' })]);
    expect(await portalTokens(baseUrl, PORTAL_TOKEN_NAME)).toEqual([expect.objectContaining({ type: 'custom' })]);
  });

  it('CMS_API_TOKEN reads published content, never drafts', async () => {
    expect((await draftsWith(publishedKey, baseUrl)).status).toBe(403);
    const published = await request<ListBody>('GET', '/api/services', { token: publishedKey, baseUrl });
    expect(published.status).toBe(200);
    expect(JSON.stringify(published.body)).not.toContain(DRAFT_MARKER);
  });

  it('is needed: without it drafts stay hidden', async () => {
    const anonymous = await draftsWith(undefined, baseUrl);
    expect(anonymous.status).toBe(403);
    expect(JSON.stringify(anonymous.body)).not.toContain(DRAFT_MARKER);
    const published = await request('GET', '/api/services', { baseUrl });
    expect(published.status).toBe(200);
    expect(JSON.stringify(published.body)).not.toContain(DRAFT_MARKER);
    const wrongKey = await draftsWith(randomKey(), baseUrl);
    expect(wrongKey.status).toBe(401);
    expect(JSON.stringify(wrongKey.body)).not.toContain(DRAFT_MARKER);
  });

  it(
    'follows CMS_PREVIEW_TOKEN across restarts: the old key stops working, still one token',
    async () => {
      await stop();
      baseUrl = await start(secondKey);
      expect((await draftsWith(firstKey, baseUrl)).status).toBe(401);
      const response = await draftsWith(secondKey, baseUrl);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).toContain(DRAFT_MARKER);
      expect(await portalTokens(baseUrl)).toHaveLength(1);
    },
    START_TIMEOUT_MS * 2,
  );
});

describe('the shared test CMS', () => {
  it('reads drafts with the CMS_PREVIEW_TOKEN it was given (NODE_ENV=test has no development token)', async () => {
    const env = JSON.parse(process.env.CMS_TEST_ENV ?? '{}') as Record<string, string>;
    const token = env.CMS_PREVIEW_TOKEN;
    expect(token).toHaveLength(64);
    const response = await get<ListBody>('/services?status=draft&locale=it', token);
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBeGreaterThan(0);
  });

  const previewKey = (JSON.parse(process.env.CMS_TEST_ENV ?? '{}') as Record<string, string>).CMS_PREVIEW_TOKEN;

  it('CMS_PREVIEW_TOKEN may only read: every write route refuses it', async () => {
    const body = {
      data: { title: 'scritto col token di anteprima', slug: `token-anteprima-${Date.now()}`, summary: 'x', serviceStatus: 'active' },
    };
    const created = await request('POST', '/api/services?locale=it', { token: previewKey, body });
    expect(created.status).toBe(403);
    const listed = await request<ListBody<{ documentId: string }>>('GET', '/api/services?locale=it&pagination[pageSize]=1', {
      token: previewKey,
    });
    expect(listed.status).toBe(200);
    const documentId = listed.body.data[0]?.documentId;
    expect(documentId).toBeTruthy();
    expect(
      (await request('PUT', `/api/services/${documentId}?locale=it`, { token: previewKey, body: { data: { title: 'cambiato' } } })).status,
    ).toBe(403);
    expect((await request('DELETE', `/api/services/${documentId}?locale=it`, { token: previewKey })).status).toBe(403);
    expect((await request('POST', '/api/page-ratings', { token: previewKey, body: { data: { page: '/it', score: 5 } } })).status).toBe(403);
    expect((await request('GET', '/api/upload/files', { token: previewKey })).status).toBe(403);
    const stillThere = await request('GET', `/api/services/${documentId}?locale=it`, { token: previewKey });
    expect(stillThere.status).toBe(200);
    expect(JSON.stringify(stillThere.body)).not.toContain('cambiato');
  });
});
