/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { readNoticeRequest } from './notice-request';

const SECRET = 's3cret-for-tests';
const NOTICE = {
  event: 'publish',
  type: 'event',
  documentId: 'ev1',
  locales: ['it'],
  published: { before: [], after: [{ locale: 'it', slug: 'festa' }] },
  shownBy: [],
};

const post = (body: string, authorization?: string) =>
  new Request('http://portal.test/api/revalidate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
    body,
  });

describe('a change notice from the CMS', () => {
  it('is read with the shared secret as a bearer token', async () => {
    const read = await readNoticeRequest(post(JSON.stringify(NOTICE), `Bearer ${SECRET}`), SECRET);
    expect(read).toEqual({ ok: true, notice: NOTICE });
  });

  it.each([
    ['no Authorization header', undefined],
    ['a wrong secret', 'Bearer not-the-secret'],
    ['the secret with a character more', `Bearer ${SECRET}x`],
    ['another scheme', `Basic ${SECRET}`],
  ])('is refused with 401 for %s, before its body is read', async (_, authorization) => {
    const read = await readNoticeRequest(post('not even json', authorization), SECRET);
    expect(read).toMatchObject({ ok: false, status: 401 });
  });

  it('is refused with 400 when the body is not JSON', async () => {
    const read = await readNoticeRequest(post('{"event": ', `Bearer ${SECRET}`), SECRET);
    expect(read).toEqual({ ok: false, status: 400, message: 'The body is not JSON.' });
  });

  it.each([
    ['an unknown type', { ...NOTICE, type: 'restaurant' }, 'type'],
    ['an unknown language', { ...NOTICE, locales: ['de'] }, 'locales.0'],
    ['no language', { ...NOTICE, locales: [] }, 'locales'],
    ['no document', { ...NOTICE, documentId: '' }, 'documentId'],
    ['a Strapi webhook payload', { event: 'entry.publish', model: 'service', entry: { id: 1 } }, 'event'],
  ])('is refused with 400, naming the field, for %s', async (_, body, field) => {
    const read = await readNoticeRequest(post(JSON.stringify(body), `Bearer ${SECRET}`), SECRET);
    expect(read).toMatchObject({ ok: false, status: 400 });
    expect(read.ok ? '' : read.message).toContain(`${field}:`);
  });
});
