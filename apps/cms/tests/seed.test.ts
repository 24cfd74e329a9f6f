import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { COLLECTION_TYPES, CONTENT_TYPE_REGISTRY, LOCALE_CODES } from '@welfare/types';
import { TEST_ADMIN, logIn, request, type JsonResponse } from './support/admin-api';
import type { ListBody } from './support/public-api';
import { GROUP_OF, fixtures } from './support/fixtures';
import { startExtraCms, type ExtraCms } from './support/extra-cms';

/**
 * The demo content on a CMS of its own (this test deletes and renames demo entries, which the
 * shared instance's other tests read): loaded on first start, then never again over staff's work.
 */

const run = promisify(execFile);
const SERVICE = CONTENT_TYPE_REGISTRY.service.uid;
const EVENT = CONTENT_TYPE_REGISTRY.event.uid;
const PAGE = CONTENT_TYPE_REGISTRY.page.uid;

interface TypeReport {
  fixtures: number;
  created: number;
  translations: number;
  kept: number;
  gone: number;
}
type SeedReport = Record<string, TypeReport>;
interface Entry {
  documentId: string;
  slug: string;
  title: string;
  serviceStatus?: string;
  startsAt?: string;
  endsAt?: string;
}

let cms: ExtraCms;
let jwt: string;

const api = <T = ListBody<Entry>>(apiPath: string): Promise<JsonResponse<T>> => request<T>('GET', `/api${apiPath}`, { baseUrl: cms.url });
const admin = <T = { data: Entry }>(method: string, adminPath: string, body?: unknown): Promise<JsonResponse<T>> =>
  request<T>(method, `/content-manager/collection-types/${adminPath}`, { token: jwt, body, baseUrl: cms.url });

async function bySlug(plural: string, locale: string, slug: string): Promise<Entry | undefined> {
  const response = await api(`/${plural}?locale=${locale}&filters[slug][$eq]=${encodeURIComponent(slug)}`);
  return response.body.data[0];
}

/** A service's status (shared by its languages) in each language, published and draft. */
async function statuses(documentId: string): Promise<Record<string, string | undefined>> {
  const found: Record<string, string | undefined> = {};
  for (const locale of LOCALE_CODES) {
    found[`${locale}.published`] = (await api<{ data?: Entry }>(`/services/${documentId}?locale=${locale}`)).body.data?.serviceStatus;
    found[`${locale}.draft`] = (await admin<{ data?: Entry }>('GET', `${SERVICE}/${documentId}?locale=${locale}`)).body.data?.serviceStatus;
  }
  return found;
}

/** Runs `npm run seed`'s script against the test's database, as an operator would. */
async function runSeed(): Promise<SeedReport> {
  const { stdout } = await run(process.execPath, ['scripts/seed.js'], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, ...cms.env },
    timeout: 300000,
  });
  const line = stdout.split('\n').find((candidate) => candidate.startsWith('Seed report: '));
  if (!line) throw new Error(`The seed printed no report:\n${stdout}`);
  return JSON.parse(line.slice('Seed report: '.length)) as SeedReport;
}

beforeAll(async () => {
  cms = await startExtraCms({ SEED_DEMO_CONTENT: 'true', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000' });
  jwt = await logIn(TEST_ADMIN.email, TEST_ADMIN.password, cms.url);
}, 600000);

afterAll(async () => {
  await cms?.stop();
});

describe('the demo content', () => {
  it('on a fresh database: every demo entry in every language it is written in, published', async () => {
    for (const type of COLLECTION_TYPES) {
      const { pluralName } = CONTENT_TYPE_REGISTRY[type];
      for (const locale of LOCALE_CODES) {
        const expected = Object.keys(fixtures.text[locale]?.[GROUP_OF[type]] ?? {}).length;
        const response = await api(`/${pluralName}?locale=${locale}&pagination[pageSize]=1`);
        expect({ type, locale, published: response.body.meta.pagination.total }).toEqual({ type, locale, published: expected });
      }
    }
    expect((await api<{ data: { siteName: string } }>('/global?locale=ar')).body.data.siteName).toBe(fixtures.text.ar?.global?.siteName);
  });

  it('dates the events from the day it ran: four or more upcoming, two or more past', async () => {
    const now = Date.now();
    const events = (await api('/events?locale=it&pagination[pageSize]=100')).body.data;
    expect(events).toHaveLength(fixtures.structure.events.length);
    expect(events.filter((event) => Date.parse(event.startsAt ?? '') > now).length).toBeGreaterThanOrEqual(4);
    expect(events.filter((event) => Date.parse(event.endsAt ?? '') < now).length).toBeGreaterThanOrEqual(2);
  });

  it('a re-run changes nothing and brings back nothing staff deleted, renamed or edited', async () => {
    // Staff delete an event, rename a page, change a service's status (shared by every language),
    // delete a translation, and leave an unpublished edit.
    const deleted = (await bySlug('events', 'it', 'serata-famiglie-solidali'))!;
    for (const locale of LOCALE_CODES) await admin('DELETE', `${EVENT}/${deleted.documentId}?locale=${locale}`);
    expect((await admin('GET', `${EVENT}/${deleted.documentId}?locale=it`)).status).toBe(404);

    const renamed = (await bySlug('pages', 'it', 'privacy'))!;
    expect((await admin('PUT', `${PAGE}/${renamed.documentId}?locale=it`, { slug: 'informativa-privacy' })).status).toBe(200);
    expect((await admin('POST', `${PAGE}/${renamed.documentId}/actions/publish?locale=it`, {})).status).toBe(200);

    const service = (await bySlug('services', 'it', 'sportello-informativo-stranieri'))!;
    expect(service.serviceStatus).toBe('active');
    expect(
      (
        await admin('PUT', `${SERVICE}/${service.documentId}?locale=it`, {
          serviceStatus: 'closed',
          serviceStatusReason: 'Chiuso per lavori',
        })
      ).status,
    ).toBe(200);
    expect((await admin('POST', `${SERVICE}/${service.documentId}/actions/publish?locale=it`, {})).status).toBe(200);

    const translated = (await bySlug('services', 'it', 'laboratori-interculturali-scuole'))!;
    expect((await admin('DELETE', `${SERVICE}/${translated.documentId}?locale=ur`)).status).toBe(200);
    expect(
      (await admin('PUT', `${SERVICE}/${translated.documentId}?locale=it`, { title: 'Titolo in revisione, non pubblicato' })).status,
    ).toBe(200);

    const statusesBefore = await statuses(service.documentId);
    const before = Object.fromEntries(
      await Promise.all(
        COLLECTION_TYPES.flatMap((type) =>
          LOCALE_CODES.map(async (locale) => {
            const response = await api(`/${CONTENT_TYPE_REGISTRY[type].pluralName}?locale=${locale}&pagination[pageSize]=1`);
            return [`${type}.${locale}`, response.body.meta.pagination.total] as const;
          }),
        ),
      ),
    );

    const report = await runSeed();
    for (const [type, counts] of Object.entries(report)) {
      expect({ type, created: counts.created, translations: counts.translations }).toEqual({ type, created: 0, translations: 0 });
    }
    expect(report.event).toMatchObject({ fixtures: fixtures.structure.events.length, gone: 1, kept: fixtures.structure.events.length - 1 });
    expect(report.page).toMatchObject({ gone: 0, kept: fixtures.structure.pages.length });

    // The deleted event stays deleted, the renamed page keeps its new slug and no copy appears.
    expect(await bySlug('events', 'it', 'serata-famiglie-solidali')).toBeUndefined();
    expect(await bySlug('pages', 'it', 'privacy')).toBeUndefined();
    expect((await bySlug('pages', 'it', 'informativa-privacy'))?.documentId).toBe(renamed.documentId);
    // Staff's status stays, in every language (a shared field), published and draft.
    expect(await statuses(service.documentId)).toEqual(statusesBefore);
    expect(statusesBefore['it.published']).toBe('closed');
    expect(statusesBefore['en.draft']).toBe('closed');
    // The deleted translation stays deleted; the unpublished edit stays a draft.
    expect((await api(`/services/${translated.documentId}?locale=ur`)).status).toBe(404);
    expect((await api<{ data: Entry }>(`/services/${translated.documentId}?locale=it`)).body.data.title).toBe(translated.title);
    expect((await admin('GET', `${SERVICE}/${translated.documentId}?locale=it`)).body.data.title).toBe(
      'Titolo in revisione, non pubblicato',
    );

    const after = Object.fromEntries(
      await Promise.all(
        Object.keys(before).map(async (key) => {
          const [type, locale] = key.split('.') as [keyof typeof CONTENT_TYPE_REGISTRY, string];
          const response = await api(`/${CONTENT_TYPE_REGISTRY[type].pluralName}?locale=${locale}&pagination[pageSize]=1`);
          return [key, response.body.meta.pagination.total] as const;
        }),
      ),
    );
    expect(after).toEqual(before);
  }, 600000);
});
