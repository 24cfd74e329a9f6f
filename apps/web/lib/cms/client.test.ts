/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { EventSchema, listResponseSchema, type Event } from '@welfare/types';
import { entryBase, startFakeStrapi, unreachableUrl, type FakeStrapi } from '@/test/fake-strapi';
import { CmsResponseError, CmsUnavailableError, cmsBaseUrl, cmsGet, cmsTimeoutMs } from './client';
import { cmsHealth } from '@/server/cms-health.mjs';
import { observability } from '@/server/observability.mjs';

const events = listResponseSchema(EventSchema);

/** The request as the portal's server runs it: in a context holding the CMS's health it reads. */
async function inRequest<T>(work: () => Promise<T>) {
  const cms = cmsHealth();
  const outcome = await observability().context.run({ requestId: 'test-request', cms }, () => work().catch((error: unknown) => error));
  return { outcome, cmsUnavailable: cms.unavailableRecently() };
}
const request = { params: { locale: 'it' }, tags: ['cms:event:it'] };

const event = {
  ...entryBase(1, 'evt-bienno', 'it'),
  title: 'Impariamo conoscendoci',
  slug: 'impariamo-conoscendoci',
  summary: 'Incontri a Bienno',
  description: null,
  startsAt: '2026-06-18T15:30:00.000Z',
  endsAt: null,
  audience: null,
  cost: null,
  registration: null,
  organizer: null,
};

let cms: FakeStrapi;
const savedEnv = { ...process.env };

beforeEach(async () => {
  cms = await startFakeStrapi({ events: [event] });
  process.env.CMS_URL = cms.url;
  delete process.env.CMS_API_TOKEN;
  delete process.env.CMS_TIMEOUT_MS;
});

afterEach(async () => {
  process.env = { ...savedEnv };
  await cms.close();
});

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`, { cause: error });
  }
  throw new Error('expected the request to fail, it succeeded');
}

describe('cmsGet over HTTP', () => {
  it('returns the validated response of /api/<path>', async () => {
    const response: { data: Event[] } = await cmsGet('/events', events, request);
    expect(response.data).toHaveLength(1);
    expect(response.data[0]).toMatchObject({
      documentId: 'evt-bienno',
      title: 'Impariamo conoscendoci',
      startsAt: '2026-06-18T15:30:00.000Z',
    });
    expect(cms.requests[0].path).toBe('/api/events');
    expect(cms.requests[0].headers.accept).toBe('application/json');
  });

  it('refuses a response of the wrong shape, naming the path and the offending field', async () => {
    cms.override = () => ({
      body: { data: [{ ...event, startsAt: 1781796600 }], meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total: 1 } } },
    });
    const error = await failureOf(cmsGet('/events', events, request));
    expect(error).toBeInstanceOf(CmsResponseError);
    expect(error.message).toContain('/events');
    expect(error.message).toContain('data.0.startsAt');
  });

  it('refuses a body that is not JSON', async () => {
    cms.override = () => ({ rawBody: '<html>Bad gateway</html>' });
    const error = await failureOf(cmsGet('/events', events, request));
    expect(error).toBeInstanceOf(CmsResponseError);
    expect(error.message).toContain('/events');
  });

  it('reports a 404 as a response error carrying the status', async () => {
    const error = await failureOf(cmsGet('/no-such-type', events, request));
    expect(error).toBeInstanceOf(CmsResponseError);
    expect(error).toMatchObject({ status: 404 });
    expect(error.message).toContain('404');
    expect(error.message).toContain('/no-such-type');
  });

  it('reports a 500 as the CMS being unavailable', async () => {
    cms.override = () => ({
      status: 500,
      body: { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } },
    });
    const error = await failureOf(cmsGet('/events', events, request));
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect(error).toMatchObject({ status: 500 });
  });

  it('reports a 429 (the portal’s budget at the CMS spent) as the CMS being unavailable: the outage page, not a 500', async () => {
    cms.override = () => ({
      status: 429,
      body: { data: null, error: { status: 429, name: 'RateLimitError', message: 'Too many requests' } },
    });
    const { outcome, cmsUnavailable } = await inRequest(() => cmsGet('/events', events, request));
    expect(outcome).toBeInstanceOf(CmsUnavailableError);
    expect(outcome).toMatchObject({ status: 429 });
    expect(cmsUnavailable).toBe(true);
  });

  it('reports an unreachable CMS as unavailable, naming its address', async () => {
    const nowhere = await unreachableUrl();
    process.env.CMS_URL = nowhere;
    const error = await failureOf(cmsGet('/events', events, request));
    expect(error).toBeInstanceOf(CmsUnavailableError);
    expect(error.message).toContain(nowhere);
  });

  it('tells the server answering the request that the CMS is unavailable (its 503), and only then', async () => {
    process.env.CMS_URL = await unreachableUrl();
    const unreachable = await inRequest(() => cmsGet('/events', events, request));
    expect(unreachable.outcome).toBeInstanceOf(CmsUnavailableError);
    expect(unreachable.cmsUnavailable).toBe(true);
    process.env.CMS_URL = cms.url;
    cms.override = () => ({ status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } } });
    const refused = await inRequest(() => cmsGet('/events', events, request));
    expect(refused.outcome).toBeInstanceOf(CmsResponseError);
    expect(refused.cmsUnavailable).toBe(false);
  });

  it('gives up on a CMS slower than CMS_TIMEOUT_MS and says so', async () => {
    process.env.CMS_TIMEOUT_MS = '150';
    cms.override = () => ({ hang: true });
    const error = await failureOf(cmsGet('/events', events, request));
    expect(error).toBeInstanceOf(CmsUnavailableError);
    // client.ts words it "no answer within 150 ms" when it recognises the timeout; under Jest the
    // DOMException comes from another realm, fails its `instanceof Error` and keeps fetch's wording.
    expect(error.message).toMatch(/no answer within 150 ms|aborted due to timeout/);
  });

  it('sends the API token only when CMS_API_TOKEN is set', async () => {
    await cmsGet('/events', events, request);
    process.env.CMS_API_TOKEN = 'Qm9Qx1w5Zr8kTn3sVb7yLp2dHc6fJa4g';
    await cmsGet('/events', events, request);
    expect(cms.requests.map((received) => received.headers.authorization)).toEqual([undefined, 'Bearer Qm9Qx1w5Zr8kTn3sVb7yLp2dHc6fJa4g']);
  });

  it("serialises the parameters in Strapi's bracket notation", async () => {
    await cmsGet('/events', events, {
      params: {
        locale: 'en',
        filters: { slug: { $eq: 'open day' } },
        populate: { place: { fields: ['name', 'municipality'] } },
        sort: ['startsAt:asc'],
      },
      tags: [],
    });
    const [received] = cms.requests;
    expect(received.rawUrl).toContain('populate[place][fields][0]=name');
    expect([...received.query]).toEqual([
      ['locale', 'en'],
      ['filters[slug][$eq]', 'open day'],
      ['populate[place][fields][0]', 'name'],
      ['populate[place][fields][1]', 'municipality'],
      ['sort[0]', 'startsAt:asc'],
    ]);
  });
});

describe('CMS settings from the environment (lib/environment.ts)', () => {
  it('follows CMS_URL and CMS_TIMEOUT_MS', () => {
    process.env.CMS_URL = 'https://cms.example.it//';
    process.env.CMS_TIMEOUT_MS = '2500';
    expect(cmsBaseUrl()).toBe('https://cms.example.it');
    expect(cmsTimeoutMs()).toBe(2500);
  });
});
