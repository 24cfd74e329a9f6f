import { adminLogin, createApiToken, createDraft, publish, request, updateDraft } from './support/admin-api';
import { get, type ListBody } from './support/public-api';

/**
 * Staff make three kinds of unpublished content, then the public and a read-only partner token
 * try every way we know to ask for it. None of it may come out.
 */
const SERVICE = 'api::service.service';
const MEDIATOR = 'api::mediator.mediator';
const NEVER_PUBLISHED = 'BOZZA-MAI-PUBBLICATA';
const UNPUBLISHED_CHANGE = 'MODIFICA-NON-PUBBLICATA';
const MARKERS = new RegExp(`${NEVER_PUBLISHED}|${UNPUBLISHED_CHANGE}`, 'i');

let draftOnlyId: string;
let readOnlyToken: string;
let fullAccessToken: string;

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

beforeAll(async () => {
  const jwt = await adminLogin();

  const draft = await createDraft(jwt, SERVICE, 'it', {
    title: `${NEVER_PUBLISHED} servizio segreto`,
    slug: `bozza-mai-pubblicata-${Date.now()}`,
    summary: `${NEVER_PUBLISHED} sommario`,
    serviceStatus: 'active',
    audience: paragraph(NEVER_PUBLISHED),
    howTo: paragraph(NEVER_PUBLISHED),
  });
  if (draft.status !== 201) throw new Error(`Creating the draft failed: ${draft.status} ${JSON.stringify(draft.body)}`);
  draftOnlyId = draft.body.data.documentId;

  // A published service whose draft has changes nobody published yet.
  const published = await get<ListBody<{ documentId: string }>>('/services?locale=it&filters[slug][$eq]=famiglie-solidali');
  const changed = await updateDraft(jwt, SERVICE, published.body.data[0].documentId, 'it', { title: `${UNPUBLISHED_CHANGE} famiglie` });
  expect(changed.status).toBe(200);

  // A published mediator related to the never-published service.
  const mediator = await get<ListBody<{ documentId: string }>>('/mediators?locale=it&filters[slug][$eq]=amina');
  const mediatorId = mediator.body.data[0].documentId;
  const related = await updateDraft(jwt, MEDIATOR, mediatorId, 'it', {
    services: { connect: [{ documentId: draftOnlyId, locale: 'it' }] },
  });
  expect(related.status).toBe(200);
  expect((await publish(jwt, MEDIATOR, mediatorId, 'it')).status).toBe(200);

  readOnlyToken = await createApiToken(jwt, `partner-read-only-${Date.now()}`, 'read-only');
  fullAccessToken = await createApiToken(jwt, `portal-preview-${Date.now()}`, 'full-access');
});

const QUERIES = [
  '/services',
  '/services?locale=it',
  '/services?pagination[pageSize]=100',
  `/services?filters[title][$containsi]=${NEVER_PUBLISHED}`,
  `/services?filters[title][$containsi]=${UNPUBLISHED_CHANGE}`,
  `/services?_q=${NEVER_PUBLISHED}`,
  '/services?filters[publishedAt][$null]=true',
  '/services?sort=updatedAt:desc',
  '/services?populate=*',
  '/services?status=published',
  '/services?locale[0]=it&locale[1]=ar',
  '/services?locale=*',
  '/mediators?populate=*',
  '/mediators?populate[services][fields][0]=title',
  `/mediators?populate[services][filters][title][$containsi]=${NEVER_PUBLISHED}`,
  '/mediators?filters[services][title][$containsi]=BOZZA',
  '/categories?populate[services][fields][0]=title',
];
const DRAFT_ONLY_QUERIES = (id: string) => [`/services/${id}`, `/services/${id}?locale=it`, `/services/${id}?populate=*`];
const DRAFT_ASKING_QUERIES = [
  '/services?status=draft',
  '/services?status=draft&locale=it',
  '/services?status[0]=draft',
  '/services?status[$eq]=draft',
  '/services?status=Draft',
  '/services?publicationFilter=never-published',
  '/services?publicationFilter=modified',
  '/services?hasPublishedVersion=false',
  '/services?publicationState=preview',
  '/mediators?status=draft&populate=*',
  '/global?status=draft',
];

describe.each([
  ['the public', () => undefined],
  ['a read-only token', () => readOnlyToken],
])('drafts stay in the CMS for %s', (_who, token) => {
  it.each(QUERIES)('%s shows published content only', async (path) => {
    const response = await get(path, token());
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response.body)).not.toMatch(MARKERS);
  });

  it('cannot open a never-published entry by its id', async () => {
    for (const path of DRAFT_ONLY_QUERIES(draftOnlyId)) {
      const response = await get(path, token());
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toMatch(MARKERS);
    }
  });

  it.each(DRAFT_ASKING_QUERIES)('%s is refused with a clear error', async (path) => {
    const response = await get<{ error?: { message: string } }>(path, token());
    expect([400, 403]).toContain(response.status);
    expect(response.body.error?.message).toBeTruthy();
    expect(JSON.stringify(response.body)).not.toMatch(MARKERS);
  });
});

describe('the portal’s preview token', () => {
  it('does see drafts, which proves the queries above would have found them', async () => {
    const response = await get(`/services?status=draft&filters[title][$containsi]=${NEVER_PUBLISHED}`, fullAccessToken);
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toMatch(MARKERS);
    const changed = await get('/services?status=draft&filters[slug][$eq]=famiglie-solidali', fullAccessToken);
    expect(JSON.stringify(changed.body)).toContain(UNPUBLISHED_CHANGE);
  });
});

describe('the draft still exists for staff', () => {
  it('is listed by the content manager', async () => {
    const jwt = await adminLogin();
    const response = await request<{ data: { title: string } }>(
      'GET',
      `/content-manager/collection-types/${SERVICE}/${draftOnlyId}?locale=it`,
      {
        token: jwt,
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.data.title).toContain(NEVER_PUBLISHED);
  });
});
