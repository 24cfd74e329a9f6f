import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { wallClockToUtc } from '@welfare/types';
import { adminLogin, createDraft, createStaffMember, logIn, request } from './support/admin-api';
import { startExtraCms, type ExtraCms } from './support/extra-cms';

const PAGE = 'api::page.page';
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

interface Schedule {
  id: number;
  runAt: string;
  status: string;
  locale: string;
  error: string | null;
}

/** A Rome wall-clock time `minutes` from now, as the admin's date-time field sends it. */
function romeInMinutes(minutes: number): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Rome',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(Date.now() + minutes * 60_000))
    .replace(' ', 'T');
  return parts;
}

describe('scheduled publication: who may schedule (shared CMS)', () => {
  it('lets a translator schedule their own language only', async () => {
    const admin = await adminLogin();
    const slug = `programmata-${Date.now()}`;
    const italian = await createDraft(admin, PAGE, 'it', { title: 'Pagina programmata', slug, body: paragraph('Testo') });
    const { documentId } = italian.body.data;
    await request('PUT', `/content-manager/collection-types/${PAGE}/${documentId}?locale=ar`, {
      token: admin,
      body: { title: 'صفحة', slug, body: paragraph('نص') },
    });
    await request('PUT', `/content-manager/collection-types/${PAGE}/${documentId}?locale=fr`, {
      token: admin,
      body: { title: 'Page', slug, body: paragraph('Texte') },
    });
    const translator = await createStaffMember(admin, `programma-ar-${Date.now()}@welfare.local`, 'Traduttore2026!', 'translator-ar');
    const body = (locale: string) => ({ contentType: PAGE, documentId, locale, action: 'publish', runAt: romeInMinutes(30) });

    const others = await Promise.all(
      ['fr', 'it'].map((locale) =>
        request<{ error: { message: string } }>('POST', '/publication-schedules', { token: translator, body: body(locale) }),
      ),
    );
    expect(others.map((response) => response.status)).toEqual([403, 403]);
    expect(others[0].body.error.message).toContain('fr');

    const own = await request<{ data: Schedule }>('POST', '/publication-schedules', { token: translator, body: body('ar') });
    expect(own.status).toBe(201);
    expect(own.body.data).toMatchObject({ locale: 'ar', status: 'pending', runAt: wallClockToUtc(body('ar').runAt).toISOString() });

    // Nor may the translator cancel a schedule of another language.
    const french = await request<{ data: Schedule }>('POST', '/publication-schedules', { token: admin, body: body('fr') });
    expect(french.status).toBe(201);
    expect((await request('DELETE', `/publication-schedules/${french.body.data.id}`, { token: translator })).status).toBe(403);
    expect((await request('DELETE', `/publication-schedules/${own.body.data.id}`, { token: translator })).status).toBe(200);
    expect((await request('DELETE', `/publication-schedules/${french.body.data.id}`, { token: admin })).status).toBe(200);
  });

  it('answers bad requests with a clear 400 and no session with 401', async () => {
    const admin = await adminLogin();
    expect((await request('POST', '/publication-schedules', { body: {} })).status).toBe(401);
    for (const body of [
      { contentType: 'admin::user', documentId: 'x', locale: 'it', action: 'publish', runAt: romeInMinutes(10) },
      { contentType: PAGE, documentId: 'x', locale: 'xx', action: 'publish', runAt: romeInMinutes(10) },
      { contentType: PAGE, documentId: 'x', locale: 'it', action: 'delete', runAt: romeInMinutes(10) },
      { contentType: PAGE, documentId: 'x', locale: 'it', action: 'publish', runAt: 'tomorrow' },
      { contentType: PAGE, documentId: 'x', locale: 'it', action: 'publish', runAt: '2020-01-01T10:00' },
    ]) {
      const response = await request<{ error: { message: string } }>('POST', '/publication-schedules', { token: admin, body });
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.body.error.message).toBeTruthy();
    }
    const unknown = await request('POST', '/publication-schedules', {
      token: admin,
      body: { contentType: PAGE, documentId: 'nope', locale: 'it', action: 'publish', runAt: romeInMinutes(10) },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('change notices: a publish, by hand or scheduled, reaches the portal', () => {
  let cms: ExtraCms;
  let portal: http.Server;
  const notices: Array<{ authorization?: string; body: { event: string; documentId: string; locales: string[] } }> = [];
  /** What happened, in order: the portal's answers to notices and the CMS's answers to staff. */
  const events: string[] = [];
  /** How the portal answers a notice: at once, after a moment's work, or never (a hung portal). */
  let portalAnswers: 'at once' | 'after work' | 'never' = 'at once';
  const hung: http.ServerResponse[] = [];

  beforeAll(async () => {
    // A small HTTP receiver in place of the portal: the notifier posts change notices to it.
    portal = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        if (req.url === '/api/revalidate') notices.push({ authorization: req.headers.authorization, body: JSON.parse(raw) });
        const answer = () => {
          events.push(`portal answered ${(JSON.parse(raw) as { documentId?: string }).documentId}`);
          res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":true}');
        };
        if (portalAnswers === 'never') hung.push(res);
        else if (portalAnswers === 'after work') setTimeout(answer, 300);
        else answer();
      });
    });
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    const { port } = portal.address() as AddressInfo;
    // The cron stays off here: the test runs the job itself, with the clock moved.
    cms = await startExtraCms({ PORTAL_URL: `http://127.0.0.1:${port}`, CRON_ENABLED: 'false' });
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
    for (const response of hung) response.destroy();
    await new Promise((resolve) => portal.close(resolve));
  });

  /** Publishes a new page in one step, as the admin's Publish does on an entry never saved. */
  async function publishNewPage(jwt: string, slug: string): Promise<string> {
    const published = await request<{ data: { documentId: string } }>(
      'POST',
      `/content-manager/collection-types/${PAGE}/actions/publish?locale=it`,
      {
        token: jwt,
        baseUrl: cms.url,
        body: { title: `Avviso ${slug}`, slug, body: paragraph('Da oggi') },
      },
    );
    expect(published.status).toBe(200);
    events.push(`staff answered ${published.body.data.documentId}`);
    return published.body.data.documentId;
  }

  it('answers a publish once the portal has taken its notice, so the page opened next shows it', async () => {
    const jwt = await logIn(undefined, undefined, cms.url);
    portalAnswers = 'after work';
    const documentId = await publishNewPage(jwt, `subito-${Date.now()}`);
    expect(events.filter((event) => event.endsWith(documentId))).toEqual([`portal answered ${documentId}`, `staff answered ${documentId}`]);
  });

  it('answers a publish even when the portal never answers its notice', async () => {
    const jwt = await logIn(undefined, undefined, cms.url);
    portalAnswers = 'never';
    try {
      const documentId = await publishNewPage(jwt, `portale-fermo-${Date.now()}`);
      expect(events.filter((event) => event.endsWith(documentId))).toEqual([`staff answered ${documentId}`]);
      expect(notices.some((notice) => notice.body.documentId === documentId)).toBe(true);
    } finally {
      portalAnswers = 'at once';
    }
  });

  it('publishes at the scheduled Rome time, once, and the portal is notified', async () => {
    const jwt = await logIn(undefined, undefined, cms.url);
    const slug = `annuncio-${Date.now()}`;
    const created = await request<{ data: { documentId: string } }>('POST', `/content-manager/collection-types/${PAGE}?locale=it`, {
      token: jwt,
      baseUrl: cms.url,
      body: { title: 'Annuncio programmato', slug, body: paragraph('Dal lunedì') },
    });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const runAt = romeInMinutes(120);
    const scheduled = await request<{ data: Schedule }>('POST', '/publication-schedules', {
      token: jwt,
      baseUrl: cms.url,
      body: { contentType: PAGE, documentId, locale: 'it', action: 'publish', runAt },
    });
    expect(scheduled.status).toBe(201);
    const due = new Date(scheduled.body.data.runAt).getTime();
    expect(due).toBe(wallClockToUtc(runAt).getTime());
    const publicPage = () => request<{ data: unknown[] }>('GET', `/api/pages?locale=it&filters[slug][$eq]=${slug}`, { baseUrl: cms.url });

    // A minute early: nothing happens.
    const early = await request<{ data: Schedule[] }>('POST', '/publication-schedules/run', {
      token: jwt,
      baseUrl: cms.url,
      body: { now: new Date(due - 60_000).toISOString() },
    });
    expect(early.body.data).toEqual([]);
    expect((await publicPage()).body.data).toHaveLength(0);

    // At its time, two instances racing for it: one of them runs it.
    const runs = await Promise.all(
      [0, 1].map(() =>
        request<{ data: Schedule[] }>('POST', '/publication-schedules/run', {
          token: jwt,
          baseUrl: cms.url,
          body: { now: new Date(due + 1_000).toISOString() },
        }),
      ),
    );
    const ran = runs.flatMap((run) => run.body.data);
    expect(ran.map((schedule) => schedule.status)).toEqual(['done']);
    expect((await publicPage()).body.data).toHaveLength(1);

    // The notifier sends once the transaction commits: wait for the notice, not for a fixed time.
    for (let attempt = 0; attempt < 50 && !notices.some((notice) => notice.body.documentId === documentId); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const notice = notices.find((candidate) => candidate.body.documentId === documentId);
    expect(notice?.body).toMatchObject({ event: 'publish', locales: ['it'] });
    expect(notice?.authorization).toMatch(/^Bearer .+/);

    const listed = await request<{ data: Schedule[] }>('GET', `/publication-schedules?contentType=${PAGE}&documentId=${documentId}`, {
      token: jwt,
      baseUrl: cms.url,
    });
    expect(listed.body.data.map((schedule) => schedule.status)).toEqual(['done']);

    // And unpublished at its own time.
    const unpublishAt = romeInMinutes(180);
    const unpublish = await request<{ data: Schedule }>('POST', '/publication-schedules', {
      token: jwt,
      baseUrl: cms.url,
      body: { contentType: PAGE, documentId, locale: 'it', action: 'unpublish', runAt: unpublishAt },
    });
    expect(unpublish.status).toBe(201);
    const unpublished = await request<{ data: Schedule[] }>('POST', '/publication-schedules/run', {
      token: jwt,
      baseUrl: cms.url,
      body: { now: new Date(wallClockToUtc(unpublishAt).getTime() + 1_000).toISOString() },
    });
    expect(unpublished.body.data.map((schedule) => schedule.status)).toEqual(['done']);
    expect((await publicPage()).body.data).toHaveLength(0);
  });
});
