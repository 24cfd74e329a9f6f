import { RATING_TOKEN_NAME } from '../src/bootstrap/portal-token';
import { adminLogin, createApiToken, request } from './support/admin-api';

/**
 * Citizens' page ratings: the portal's server creates them with its rating token (made at start from
 * CMS_RATING_TOKEN, set by tests/support/global-setup.ts), which can do nothing else; neither the public nor a
 * partner's read-only token can read or write them; staff read them in the admin.
 */
const RATING_TOKEN = (JSON.parse(process.env.CMS_TEST_ENV ?? '{}') as Record<string, string>).CMS_RATING_TOKEN;
const RATINGS = '/content-manager/collection-types/api::page-rating.page-rating';
const marker = `/it/services/prova-valutazione-${Date.now()}`;
const rating = { path: marker, pageLocale: 'it', score: 2, reason: 'unclear', comment: 'Non si capisce dove andare' };

let jwt: string;
let partnerToken: string;

beforeAll(async () => {
  jwt = await adminLogin();
  partnerToken = await createApiToken(jwt, `Partner ratings ${Date.now()}`, 'read-only');
});

describe('page ratings', () => {
  it('are created with the portal’s rating token, and listed in the admin for staff', async () => {
    const created = await request('POST', '/api/page-ratings', { token: RATING_TOKEN, body: { data: rating } });
    expect(created.status).toBe(201);
    const listed = await request<{ results: Array<Record<string, unknown>> }>('GET', `${RATINGS}?filters[path][$eq]=${encodeURIComponent(marker)}`, { token: jwt });
    expect(listed.status).toBe(200);
    expect(listed.body.results).toEqual([expect.objectContaining(rating)]);
  });

  it('refuses out-of-range scores and over-long comments', async () => {
    const badScore = await request('POST', '/api/page-ratings', { token: RATING_TOKEN, body: { data: { ...rating, score: 9 } } });
    expect(badScore.status).toBe(400);
    const longComment = await request('POST', '/api/page-ratings', { token: RATING_TOKEN, body: { data: { ...rating, comment: 'x'.repeat(201) } } });
    expect(longComment.status).toBe(400);
  });

  it('cannot be read or written by the public', async () => {
    expect((await request('GET', '/api/page-ratings')).status).toBe(404);
    expect([401, 403]).toContain((await request('POST', '/api/page-ratings', { body: { data: rating } })).status);
  });

  it('cannot be read or written with a partner’s read-only token', async () => {
    expect((await request('GET', '/api/page-ratings', { token: partnerToken })).status).toBe(404);
    expect([401, 403]).toContain((await request('POST', '/api/page-ratings', { token: partnerToken, body: { data: rating } })).status);
  });

  it('give the rating token nothing else: no reading of content, no other writes', async () => {
    expect((await request('GET', '/api/services?locale=it', { token: RATING_TOKEN })).status).toBe(403);
    expect((await request('POST', '/api/services', { token: RATING_TOKEN, body: { data: { title: 'x' } } })).status).toBe(403);
  });

  it('are written with a token the admin lists as a custom token', async () => {
    const tokens = await request<{ data: Array<{ name: string; type: string }> }>('GET', '/admin/api-tokens', { token: jwt });
    expect(tokens.body.data.filter((token) => token.name === RATING_TOKEN_NAME)).toEqual([expect.objectContaining({ type: 'custom' })]);
  });
});
