import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeUid } from '@welfare/types';
import { logIn, request } from './support/admin-api';
import { startExtraCms, type ExtraCms } from './support/extra-cms';

const NOTICE = contentTypeUid('notice');

interface Received {
  at: number;
  body: { event: string; type: string; documentId: string; locales: string[] };
}

/**
 * A notice's start and end are moments nothing is written at: the CMS still tells the portal at
 * each of them, so the pages it concerns show it and hide it at its times, not at the floor.
 */
describe('notice boundaries: the portal hears of a notice at its start and at its end', () => {
  let cms: ExtraCms;
  let portal: http.Server;
  const received: Received[] = [];

  beforeAll(async () => {
    // A small HTTP receiver in place of the portal, noting when each change notice arrives.
    portal = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        if (req.url === '/api/revalidate') received.push({ at: Date.now(), body: JSON.parse(raw) });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":[]}');
      });
    });
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    const { port } = portal.address() as AddressInfo;
    cms = await startExtraCms({ PORTAL_URL: `http://127.0.0.1:${port}`, CRON_ENABLED: 'false' });
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
    await new Promise((resolve) => portal.close(resolve));
  });

  async function createNotice(jwt: string, title: string, startsAt: number, endsAt: number): Promise<string> {
    const created = await request<{ data: { documentId: string } }>('POST', `/content-manager/collection-types/${NOTICE}?locale=it`, {
      token: jwt,
      baseUrl: cms.url,
      body: {
        title,
        summary: 'Sciopero: lo sportello resta chiuso.',
        severity: 'warning',
        wholeSite: true,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(endsAt).toISOString(),
      },
    });
    expect(created.status).toBe(201);
    return created.body.data.documentId;
  }

  const waitFor = async (what: () => Received | undefined, until: number): Promise<Received | undefined> => {
    while (Date.now() < until) {
      const found = what();
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return what();
  };

  it('sends the notice within a second or two of its start and of its end, and not for a draft', async () => {
    const jwt = await logIn(undefined, undefined, cms.url);
    const startsAt = Date.now() + 5_000;
    const endsAt = startsAt + 4_000;
    const draft = await createNotice(jwt, 'Avviso in bozza', startsAt, endsAt);
    const documentId = await createNotice(jwt, 'Sciopero del personale', startsAt, endsAt);
    const published = await request('POST', `/content-manager/collection-types/${NOTICE}/${documentId}/actions/publish?locale=it`, {
      token: jwt,
      baseUrl: cms.url,
      body: {},
    });
    expect(published.status).toBe(200);
    expect(Date.now()).toBeLessThan(startsAt);

    const ofNotice = (from: number) => () => received.find((notice) => notice.body.documentId === documentId && notice.at >= from);
    const atStart = await waitFor(ofNotice(startsAt), startsAt + 3_000);
    expect(atStart?.body).toMatchObject({ type: 'notice', documentId, locales: ['it'] });
    expect((atStart?.at ?? Infinity) - startsAt).toBeLessThan(2_000);

    const atEnd = await waitFor(ofNotice(endsAt), endsAt + 3_000);
    expect(atEnd?.body).toMatchObject({ type: 'notice', documentId, locales: ['it'] });
    expect((atEnd?.at ?? Infinity) - endsAt).toBeLessThan(2_000);

    // Once: one notice at each boundary, none in between.
    const between = received.filter((notice) => notice.body.documentId === documentId && notice.at >= startsAt && notice.at < endsAt);
    expect(between).toHaveLength(1);
    expect(received.filter((notice) => notice.body.documentId === draft)).toEqual([]);
  }, 60_000);

  it('follows a notice whose start is moved: at the new time, not the old one', async () => {
    const jwt = await logIn(undefined, undefined, cms.url);
    const firstStart = Date.now() + 4_000;
    const documentId = await createNotice(jwt, 'Chiusura spostata', firstStart, firstStart + 60_000);
    const publishAt = `/content-manager/collection-types/${NOTICE}/${documentId}/actions/publish?locale=it`;
    expect((await request('POST', publishAt, { token: jwt, baseUrl: cms.url, body: {} })).status).toBe(200);
    // Staff move the start later and publish again before the first time comes.
    const movedStart = firstStart + 4_000;
    const moved = await request('POST', publishAt, {
      token: jwt,
      baseUrl: cms.url,
      body: { startsAt: new Date(movedStart).toISOString() },
    });
    expect(moved.status).toBe(200);
    const publishedAt = Date.now();
    expect(publishedAt).toBeLessThan(firstStart);

    const atMovedStart = await waitFor(
      () => received.find((notice) => notice.body.documentId === documentId && notice.at >= movedStart),
      movedStart + 3_000,
    );
    expect((atMovedStart?.at ?? Infinity) - movedStart).toBeLessThan(2_000);
    // Nothing at the old time: the only notices before the new start are the two publications'.
    const early = received.filter((notice) => notice.body.documentId === documentId && notice.at < movedStart);
    expect(early.every((notice) => notice.at <= publishedAt + 1_000)).toBe(true);
  }, 60_000);
});
