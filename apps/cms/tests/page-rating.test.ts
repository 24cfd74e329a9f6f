import { RATING_TOKEN_NAME } from '../src/bootstrap/portal-token';
import type { RatingSummary } from '../src/admin/rating-summary';
import { adminLogin, createApiToken, createStaffMember, logIn, request } from './support/admin-api';

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
    const listed = await request<{ results: Array<Record<string, unknown>> }>(
      'GET',
      `${RATINGS}?filters[path][$eq]=${encodeURIComponent(marker)}`,
      { token: jwt },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.results).toEqual([expect.objectContaining(rating)]);
  });

  it('refuses out-of-range scores and over-long comments', async () => {
    const badScore = await request('POST', '/api/page-ratings', { token: RATING_TOKEN, body: { data: { ...rating, score: 9 } } });
    expect(badScore.status).toBe(400);
    const longComment = await request('POST', '/api/page-ratings', {
      token: RATING_TOKEN,
      body: { data: { ...rating, comment: 'x'.repeat(201) } },
    });
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

  it('are summarised for the admin over every rating, not only the latest thousand', async () => {
    const quiet = `/it/services/valutazione-rara-${Date.now()}`;
    const flooded = `/it/services/valutazione-frequente-${Date.now()}`;
    const post = (data: Record<string, unknown>) => request('POST', '/api/page-ratings', { token: RATING_TOKEN, body: { data } });
    expect((await post({ path: quiet, pageLocale: 'it', score: 1, reason: 'lost', comment: 'Non trovo il modulo' })).status).toBe(201);
    // A thousand newer ratings of another page (what the admin's view used to read at most).
    const FLOOD = 1000;
    const BATCH = 4;
    for (let sent = 0; sent < FLOOD; sent += BATCH) {
      const statuses = await Promise.all(
        Array.from({ length: BATCH }, (_, index) =>
          post({
            path: flooded,
            pageLocale: 'it',
            score: 5,
            reason: 'clear',
            comment: index === 0 && sent % 100 === 0 ? `ultimo ${sent}` : null,
          }).then((answer) => answer.status),
        ),
      );
      expect(new Set(statuses)).toEqual(new Set([201]));
    }
    const answer = await request<{ data: RatingSummary }>('GET', '/page-rating-summary', { token: jwt });
    expect(answer.status).toBe(200);
    const { pages, totalRatings } = answer.body.data;
    expect(totalRatings).toBeGreaterThanOrEqual(FLOOD + 1);
    expect(pages.find((page) => page.path === quiet)).toEqual({
      path: quiet,
      locale: 'it',
      count: 1,
      average: 1,
      reasons: { lost: 1 },
      comments: ['Non trovo il modulo'],
    });
    const busy = pages.find((page) => page.path === flooded);
    expect(busy).toMatchObject({ count: FLOOD, average: 5, reasons: { clear: FLOOD } });
    expect(busy?.comments).toHaveLength(3);
    // Worst first.
    expect(pages.findIndex((page) => page.path === quiet)).toBeLessThan(pages.findIndex((page) => page.path === flooded));
  }, 300000);

  it('are summarised only for staff who may read page ratings', async () => {
    const email = `rating-translator-${Date.now()}@welfare.local`;
    await createStaffMember(jwt, email, 'RatingTranslator2026!', 'translator-ar');
    const translator = await logIn(email, 'RatingTranslator2026!');
    expect((await request('GET', '/page-rating-summary', { token: translator })).status).toBe(403);
    expect((await request('GET', '/page-rating-summary')).status).toBe(401);
  });
});
