import { adminLogin, createDraft, updateDraft } from './support/admin-api';

/**
 * Closures and repetitions staff enter in the admin: what cannot be is refused on save with the
 * message on its field; an event's `seriesEndsAt` is computed by the CMS in the same write.
 */
const EVENT = 'api::event.event';
const PLACE = 'api::place.place';
type ErrorBody = {
  error?: { status: number; name: string; message: string; details?: { errors?: Array<{ path: string[]; message: string }> } };
};
type EventBody = { data: { documentId: string; seriesEndsAt: string | null } };

let jwt: string;
let suffix = 0;
beforeAll(async () => {
  jwt = await adminLogin();
});
const slug = (base: string) => `${base}-${Date.now()}-${(suffix += 1)}`;

function event(recurrence: Record<string, unknown> | null, extra: Record<string, unknown> = {}) {
  return {
    title: 'Corso di italiano',
    slug: slug('corso-italiano'),
    summary: 'Ogni martedì',
    startsAt: '2026-10-06T15:00:00.000Z',
    endsAt: '2026-10-06T17:00:00.000Z',
    recurrence,
    ...extra,
  };
}

describe('a repeating event', () => {
  it('stores when its last date ends, and clears it when the repetition is removed', async () => {
    const created = await createDraft(
      jwt,
      EVENT,
      'it',
      event(
        { frequency: 'weekly', interval: 1, tuesday: true, until: '2026-11-10', exceptions: [{ date: '2026-11-03' }] },
        { seriesEndsAt: '2099-01-01T00:00:00.000Z' },
      ),
    );
    expect(created.status).toBe(201);
    const body = created.body as unknown as EventBody;
    expect(body.data.seriesEndsAt).toBe('2026-11-10T18:00:00.000Z');
    const updated = await updateDraft(jwt, EVENT, body.data.documentId, 'it', { recurrence: null });
    expect(updated.status).toBe(200);
    expect((updated.body as unknown as EventBody).data.seriesEndsAt).toBeNull();
  });

  it.each([
    [{ frequency: 'weekly', interval: 1, until: '2026-01-01' }, 'until'],
    [{ frequency: 'weekly', interval: 1, until: '2026-12-01', count: 3 }, 'until'],
    [{ frequency: 'weekly', interval: 1 }, 'until'],
  ])('refuses %j with a 400 and a message on the field', async (recurrence, field) => {
    const response = await createDraft(jwt, EVENT, 'it', event(recurrence));
    expect(response.status).toBe(400);
    const { error } = response.body as ErrorBody;
    expect(error?.name).toBe('ValidationError');
    expect(error?.details?.errors?.[0].path).toEqual(['recurrence', field]);
  });
});

describe('closures of a place', () => {
  const place = (closures: Array<Record<string, unknown>>) => ({
    name: 'Sportello',
    slug: slug('sportello-chiusure'),
    address: 'Via Roma 1',
    municipality: 'Breno',
    closures,
  });

  it('accepts a day, some hours, a range', async () => {
    const response = await createDraft(
      jwt,
      PLACE,
      'it',
      place([
        { startDate: '2026-12-24', kind: 'closed', fromTime: '12:00:00.000', reason: 'agencyClosure' },
        { startDate: '2026-08-10', endDate: '2026-08-21', kind: 'closed', reason: 'agencyClosure' },
        { startDate: '2026-11-18', kind: 'byAppointment', reason: 'works' },
      ]),
    );
    expect(response.status).toBe(201);
  });

  it('refuses a closure that ends before it starts, on the field', async () => {
    const response = await createDraft(
      jwt,
      PLACE,
      'it',
      place([{ startDate: '2026-08-21', endDate: '2026-08-10', kind: 'closed', reason: 'agencyClosure' }]),
    );
    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).error?.details?.errors?.[0].path).toEqual(['closures', '0', 'endDate']);
  });
});
