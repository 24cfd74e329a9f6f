import qs from 'qs';
import { CONTENT_TYPE_REGISTRY, CONTENT_TYPES } from '@welfare/types';
import { adminLogin, createApiToken, updateDraft } from './support/admin-api';
import { get, type ListBody } from './support/public-api';

/**
 * The query policy of the content API, tried as an attacker would: the draft oracle through
 * `localizations`, a populate that grows without bound, operands nested in operands. Each is a
 * 400 naming the parameter, for the public, a read-only partner token and the portal's
 * full-access token alike; the populate shapes the portal uses keep working.
 */
const SERVICE = 'api::service.service';
const SECRET_TITLE = 'XQZ-BOZZA-RISERVATA';

let documentId: string;
let readOnlyToken: string;
let fullAccessToken: string;

interface ErrorBody {
  data?: unknown;
  error?: { status: number; message: string; details?: { parameter?: string } };
}

beforeAll(async () => {
  const jwt = await adminLogin();
  const published = await get<ListBody<{ documentId: string }>>('/services?locale=it&filters[slug][$eq]=sportello-informativo-stranieri');
  documentId = published.body.data[0].documentId;
  // An unpublished edit of the Italian version: its title must not be guessable.
  expect((await updateDraft(jwt, SERVICE, documentId, 'it', { title: `${SECRET_TITLE} sportello` })).status).toBe(200);
  readOnlyToken = await createApiToken(jwt, `query-policy-read-only-${Date.now()}`, 'read-only');
  fullAccessToken = await createApiToken(jwt, `query-policy-full-access-${Date.now()}`, 'full-access');
});

const deepPopulate = qs.stringify({
  populate: {
    localizations: {
      populate: { mediators: { populate: { localizations: { populate: { services: { populate: { localizations: true } } } } } } },
    },
  },
});

describe.each([
  ['the public', () => undefined],
  ['a read-only token', () => readOnlyToken],
  ['a full-access token', () => fullAccessToken],
])('the query policy, for %s', (_who, token) => {
  it('refuses a filter on localizations, whether or not the guess is right (no draft oracle)', async () => {
    const answers = await Promise.all(
      ['X', 'XQZ', 'QQQ'].map((guess) =>
        get<ErrorBody>(
          `/services?locale=it&filters[documentId][$eq]=${documentId}&filters[localizations][title][$startsWith]=${guess}`,
          token(),
        ),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.error?.message).toMatch(/localizations cannot be filtered/);
      expect(answer.body.error?.details?.parameter).toBe('filters[localizations]');
      expect(JSON.stringify(answer.body)).not.toContain(SECRET_TITLE);
    }
    const nested = await get<ErrorBody>(`/mediators?locale=it&filters[services][localizations][title][$startsWith]=X`, token());
    expect(nested.status).toBe(400);
    const sorted = await get<ErrorBody>('/services?locale=it&sort=localizations.title:asc', token());
    expect(sorted.status).toBe(400);
    expect(sorted.body.error?.message).toMatch(/localizations cannot be sorted/);
  });

  it('refuses a populate deeper than the policy allows, naming the parameter', async () => {
    const deep = await get<ErrorBody>(`/services?locale=it&${deepPopulate}`, token());
    expect(deep.status).toBe(400);
    expect(deep.body.error?.details?.parameter).toBe('populate[localizations][populate]');
    const hops = await get<ErrorBody>('/services?locale=it&populate[mediators][populate][services][populate][mediators]=true', token());
    expect(hops.status).toBe(400);
    expect(hops.body.error?.message).toMatch(/mediators\.services/);
  });

  it('answers 400, not 500, to an operator nested inside an operator', async () => {
    for (const path of [
      '/services?filters[title][$eq][$eq]=x',
      '/services?filters[title][$in][$eq]=x',
      '/events?filters[startsAt][$gt][$lt]=2026-01-01',
      '/services?filters[$or][0][title][$eq][$ne]=x',
      '/services?filters[title][$null][$eq]=x',
    ]) {
      const response = await get<ErrorBody>(path, token());
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body.error?.message).toMatch(/^filters\[/);
    }
  });

  it('gives localizations their locale, slug and update time only', async () => {
    const response = await get<ListBody<{ localizations: Array<Record<string, unknown>> }>>('/services?locale=it&populate=*', token());
    expect(response.status).toBe(200);
    const localizations = response.body.data.flatMap((service) => service.localizations);
    expect(localizations.length).toBeGreaterThan(0);
    for (const localization of localizations) {
      expect(Object.keys(localization).every((key) => ['id', 'documentId', 'locale', 'slug', 'updatedAt'].includes(key))).toBe(true);
      expect(localization).not.toHaveProperty('title');
    }
  });
});

describe('the populate shapes the portal uses', () => {
  it.each(CONTENT_TYPES)('keep working for %s', async (type) => {
    const facts = CONTENT_TYPE_REGISTRY[type];
    for (const populate of Object.values(facts.populate)) {
      if (Object.keys(populate).length === 0) continue;
      const response = await get<ErrorBody>(`${facts.restPath}?${qs.stringify({ locale: 'it', populate })}`, fullAccessToken);
      expect(response.status).toBe(200);
    }
  });
});
