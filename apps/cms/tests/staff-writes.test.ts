import { COLLECTION_TYPES, CONTENT_TYPE_REGISTRY, contentTypeUid, type CollectionType } from '@welfare/types';
import { adminLogin, request, type JsonResponse } from './support/admin-api';

/**
 * Every write staff make in the admin, sent as the admin sends it (the content manager's own API
 * with an admin session), for every content type of the portal: one at a time and five at once,
 * while a visitor reads the public API in a loop. Each must answer (2xx), nothing may wait for a
 * database connection its own request holds, the public API keeps answering, and what was
 * published is there.
 *
 * "Answers" is bounded generously (ANSWER_BOUND_MS, far above any real write and far below the
 * minute a stalled write used to wait): a request still pending then is a stall, not a slow write.
 */
const ANSWER_BOUND_MS = 30_000;

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** The fields each type requires, filled for entry `n` in one language: the least staff can publish. */
const MINIMAL_ENTRY: Record<CollectionType, (n: string, text: string) => Record<string, unknown>> = {
  service: (n, text) => ({
    title: `${text} servizio ${n}`,
    slug: `servizio-${n}`,
    serviceStatus: 'active',
    summary: text,
    audience: paragraph(text),
    howTo: paragraph(text),
  }),
  mediator: (n, text) => ({ displayName: `${text} ${n}`.slice(0, 60), slug: `mediatore-${n}` }),
  'school-workshop': (n, text) => ({
    title: `${text} laboratorio ${n}`,
    slug: `laboratorio-${n}`,
    summary: text,
    description: paragraph(text),
    targetClasses: 'Classi terze',
    schoolYear: '2026/2027',
    sessionCount: 2,
    sessionMinutes: 60,
    booking: paragraph(text),
  }),
  event: (n, text) => ({ title: `${text} evento ${n}`, slug: `evento-${n}`, summary: text, startsAt: '2027-03-01T16:00:00.000Z' }),
  category: (n, text) => ({ name: `${text} ${n}`.slice(0, 80), slug: `categoria-${n}` }),
  place: (n, text) => ({ name: `${text} luogo ${n}`, slug: `luogo-${n}`, address: 'Via Roma 1', municipality: 'Breno' }),
  language: (n, text) => ({ name: `${text} ${n}`.slice(0, 80), isoCode: 'zz' }),
  page: (n, text) => ({ title: `${text} pagina ${n}`, slug: `pagina-${n}`, body: paragraph(text) }),
  notice: (n, text) => ({ title: `${text} avviso ${n}`, summary: text, severity: 'info', startsAt: '2027-03-01T08:00:00.000Z' }),
};

const titleOf = (type: CollectionType) => CONTENT_TYPE_REGISTRY[type].titleField;
const contentManager = (type: CollectionType) => `/content-manager/collection-types/${contentTypeUid(type)}`;

let sequence = 0;
const unique = () => `${Date.now().toString(36)}-${process.pid}-${(sequence += 1)}`;

/** A request staff make: it must answer within the bound, with a 2xx. */
async function staff<T = { data: { documentId: string } & Record<string, unknown> }>(
  action: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<JsonResponse<T>> {
  let response: JsonResponse<T>;
  try {
    response = await request<T>(method, path, { token: await adminLogin(), body, signal: AbortSignal.timeout(ANSWER_BOUND_MS) });
  } catch (error) {
    throw new Error(`${action}: no answer within ${ANSWER_BOUND_MS / 1000} s (${method} ${path}): ${String(error)}`, { cause: error });
  }
  if (response.status < 200 || response.status > 299)
    throw new Error(`${action}: ${method} ${path} answered ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

/** What a visitor gets for one entry in one language: its title, or null when it is not public. */
async function publicTitle(type: CollectionType, documentId: string, locale: string): Promise<unknown> {
  const { restPath } = CONTENT_TYPE_REGISTRY[type];
  const response = await request<{ data?: Record<string, unknown> }>('GET', `/api${restPath}/${documentId}?locale=${locale}`, {
    signal: AbortSignal.timeout(ANSWER_BOUND_MS),
  });
  if (response.status === 404) return null;
  if (response.status !== 200) throw new Error(`GET /api${restPath}/${documentId} answered ${response.status}`);
  return response.body.data?.[titleOf(type)] ?? null;
}

/** A visitor reading the public API in a loop while staff work; counts what did not answer 200. */
function publicReader(): { stop(): Promise<{ answered: number; failures: string[] }> } {
  let running = true;
  let answered = 0;
  const failures: string[] = [];
  const loop = (async () => {
    while (running) {
      for (const type of COLLECTION_TYPES) {
        if (!running) break;
        const path = `/api${CONTENT_TYPE_REGISTRY[type].restPath}?locale=it&pagination[pageSize]=5`;
        try {
          const response = await request('GET', path, { signal: AbortSignal.timeout(ANSWER_BOUND_MS) });
          if (response.status === 200) answered += 1;
          else failures.push(`${path}: ${response.status}`);
        } catch (error) {
          failures.push(`${path}: ${String(error)}`);
        }
      }
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { answered, failures };
    },
  };
}

/**
 * One staff member's day with one type: every action the edit view and the list offer, each
 * checked on the public API.
 */
async function staffJourney(type: CollectionType): Promise<void> {
  const base = contentManager(type);
  const n = unique();
  const title = titleOf(type);
  const entry = (text: string, id = n) => MINIMAL_ENTRY[type](id, text);

  // A new entry published in one step (the Publish button on an entry never saved).
  const created = await staff('create and publish in one step', 'POST', `${base}/actions/publish?locale=it`, entry('Pubblicata subito'));
  const { documentId } = created.body.data;
  expect(await publicTitle(type, documentId, 'it')).toBe(entry('Pubblicata subito')[title]);

  // Saved, then published.
  await staff('save', 'PUT', `${base}/${documentId}?locale=it`, entry('Salvata poi pubblicata'));
  expect(await publicTitle(type, documentId, 'it')).toBe(entry('Pubblicata subito')[title]);
  await staff('publish after saving', 'POST', `${base}/${documentId}/actions/publish?locale=it`, entry('Salvata poi pubblicata'));
  expect(await publicTitle(type, documentId, 'it')).toBe(entry('Salvata poi pubblicata')[title]);

  // A translation, made and published in one step, then unpublished.
  await staff('publish a translation', 'POST', `${base}/${documentId}/actions/publish?locale=en`, entry('Published in English'));
  expect(await publicTitle(type, documentId, 'en')).toBe(entry('Published in English')[title]);
  await staff('unpublish', 'POST', `${base}/${documentId}/actions/unpublish?locale=en`, {});
  expect(await publicTitle(type, documentId, 'en')).toBeNull();

  // A change saved and then discarded: the draft is the published version again.
  await staff('save a change', 'PUT', `${base}/${documentId}?locale=it`, entry('Modifica da scartare'));
  await staff('discard the draft', 'POST', `${base}/${documentId}/actions/discard?locale=it`, {});
  const draft = await staff<{ data: Record<string, unknown> }>('read the draft', 'GET', `${base}/${documentId}?locale=it`);
  expect(draft.body.data[title]).toBe(entry('Salvata poi pubblicata')[title]);

  // One language deleted, then the whole document.
  await staff('delete a locale', 'DELETE', `${base}/${documentId}?locale=en`);
  const locales = await staff<{ data: unknown; meta: { availableLocales: Array<{ locale: string }> } }>(
    'read the document',
    'GET',
    `${base}/${documentId}?locale=it`,
  );
  expect(locales.body.meta.availableLocales.map((version) => version.locale)).not.toContain('en');
  expect(await publicTitle(type, documentId, 'it')).toBe(entry('Salvata poi pubblicata')[title]);
  await staff('delete the document', 'DELETE', `${base}/${documentId}?locale=*`);
  expect(await publicTitle(type, documentId, 'it')).toBeNull();

  // Two drafts published together from the list.
  const drafts = await Promise.all(
    ['a', 'b'].map(
      async (suffix) =>
        (await staff('save a new draft', 'POST', `${base}?locale=it`, entry('Pubblicata dalla lista', `${n}-${suffix}`))).body.data
          .documentId,
    ),
  );
  await staff('bulk publish', 'POST', `${base}/actions/bulkPublish?locale=it`, { documentIds: drafts });
  for (const [index, id] of drafts.entries()) {
    expect(await publicTitle(type, id, 'it')).toBe(entry('Pubblicata dalla lista', `${n}-${['a', 'b'][index]}`)[title]);
  }
  // And deleted together from the list, leaving the shared CMS as it was.
  await staff('bulk delete', 'POST', `${base}/actions/bulkDelete?locale=it`, { documentIds: drafts });
  for (const id of drafts) expect(await publicTitle(type, id, 'it')).toBeNull();
}

/** A Rome wall-clock time `minutes` from now, as the scheduling panel's date-time field sends it. */
function romeInMinutes(minutes: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
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
}

describe('staff writes never stall the CMS', () => {
  let reader: ReturnType<typeof publicReader>;
  beforeEach(() => {
    reader = publicReader();
  });
  afterEach(async () => {
    // The public API answered all along.
    const { answered, failures } = await reader.stop();
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(0);
  });

  it('every action, on every content type, one at a time', async () => {
    for (const type of COLLECTION_TYPES) await staffJourney(type);
  }, 240_000);

  it('every action, five staff members at once', async () => {
    const types = [...COLLECTION_TYPES];
    for (let start = 0; start < types.length; start += 5) {
      const batch = types.slice(start, start + 5);
      await Promise.all([...batch, ...types.slice(0, 5 - batch.length)].map((type) => staffJourney(type)));
    }
  }, 240_000);

  it('the global settings: published in one step, saved then published, a draft discarded', async () => {
    const base = '/content-manager/single-types/api::global.global';
    const current = await staff<{ data: Record<string, unknown> }>('read the settings', 'GET', `${base}?locale=it&status=published`);
    const { siteName, agencyName, address, fundingNotice } = current.body.data;
    const fields = { siteName, agencyName, address, fundingNotice };
    await staff('publish in one step', 'POST', `${base}/actions/publish?locale=it`, fields);
    await staff('save', 'PUT', `${base}?locale=it`, { ...fields, fundingNotice: `${String(fundingNotice)} ` });
    await staff('publish after saving', 'POST', `${base}/actions/publish?locale=it`, fields);
    await staff('save a change', 'PUT', `${base}?locale=it`, { ...fields, siteName: 'Da scartare' });
    await staff('discard the draft', 'POST', `${base}/actions/discard?locale=it`, {});
    const published = await request<{ data: Record<string, unknown> }>('GET', '/api/global?locale=it');
    expect(published.body.data.siteName).toBe(siteName);
  }, 120_000);

  it('a scheduled publish fires while five staff members publish', async () => {
    const PAGE = contentTypeUid('page');
    const n = unique();
    const scheduledDraft = await staff('save a draft', 'POST', `${contentManager('page')}?locale=it`, MINIMAL_ENTRY.page(n, 'Programmata'));
    const { documentId } = scheduledDraft.body.data;
    const scheduled = await staff<{ data: { runAt: string } }>('schedule', 'POST', '/publication-schedules', {
      contentType: PAGE,
      documentId,
      locale: 'it',
      action: 'publish',
      runAt: romeInMinutes(24 * 60),
    });
    // The job runs with its clock moved to the schedule's time, as the cron would then.
    const due = new Date(new Date(scheduled.body.data.runAt).getTime() + 1_000).toISOString();
    const others = COLLECTION_TYPES.slice(0, 5).map((type) => ({ type, data: MINIMAL_ENTRY[type](unique(), 'Insieme alla programmata') }));
    const [run, ...published] = await Promise.all([
      staff<{ data: Array<{ documentId: string; status: string }> }>('run the due schedules', 'POST', '/publication-schedules/run', {
        now: due,
      }),
      ...others.map(({ type, data }) =>
        staff('create and publish in one step', 'POST', `${contentManager(type)}/actions/publish?locale=it`, data),
      ),
    ]);
    expect(run.body.data.filter((schedule) => schedule.documentId === documentId).map((schedule) => schedule.status)).toEqual(['done']);
    expect(await publicTitle('page', documentId, 'it')).toBe(MINIMAL_ENTRY.page(n, 'Programmata').title);
    for (const [index, { type, data }] of others.entries()) {
      const id = published[index].body.data.documentId;
      expect(await publicTitle(type, id, 'it')).toBe(data[titleOf(type)]);
      await staff('delete the document', 'DELETE', `${contentManager(type)}/${id}?locale=*`);
    }
    await staff('delete the document', 'DELETE', `${contentManager('page')}/${documentId}?locale=*`);
  }, 120_000);
});
