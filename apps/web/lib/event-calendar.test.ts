/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import ICAL from 'ical.js';
import type { Event, Notice } from '@welfare/types';
import { isUpcoming, toCalendarEvent } from './event-calendar';
import { eventUid, toICalendar } from './ics';

function event(overrides: Partial<Event> = {}): Event {
  return {
    id: 11,
    documentId: 'evt-impariamo',
    locale: 'it',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-04-02T10:15:00.000Z',
    publishedAt: '2026-04-02T10:15:00.000Z',
    title: 'Impariamo conoscendoci',
    slug: 'impariamo-conoscendoci',
    summary: 'Incontri tra famiglie a Bienno',
    description: null,
    startsAt: '2026-06-18T15:30:00.000Z',
    endsAt: '2026-06-18T17:30:00.000Z',
    audience: null,
    cost: null,
    registration: null,
    organizer: null,
    place: { id: 3, documentId: 'place-bienno', name: 'Sala civica', address: 'Via Roma 1', postalCode: '25040', municipality: 'Bienno' },
    ...overrides,
  };
}

const savedSiteUrl = process.env.PORTAL_URL;
beforeEach(() => {
  process.env.PORTAL_URL = 'https://welfare.example.it';
});
afterEach(() => {
  process.env.PORTAL_URL = savedSiteUrl;
});

const uidsOf = (text: string) =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((vevent) => [vevent.getFirstPropertyValue('uid'), vevent.getFirstPropertyValue('dtstamp')?.toString()]);

describe('toCalendarEvent', () => {
  it('turns a CMS event into a calendar entry linking back to its page', () => {
    expect(toCalendarEvent(event(), 'it')).toEqual({
      uid: eventUid('evt-impariamo'),
      title: 'Impariamo conoscendoci',
      description: 'Incontri tra famiglie a Bienno',
      location: 'Sala civica, Via Roma 1, 25040 Bienno',
      url: 'https://welfare.example.it/it/events/impariamo-conoscendoci',
      start: new Date('2026-06-18T15:30:00.000Z'),
      end: new Date('2026-06-18T17:30:00.000Z'),
      lastModified: new Date('2026-04-02T10:15:00.000Z'),
      language: 'it',
    });
  });

  it('marks an Italian fallback in another language’s feed as Italian text, linking to the visitor’s language', () => {
    const entry = toCalendarEvent(event(), 'uk');
    expect(entry.language).toBe('it');
    expect(entry.url).toBe('https://welfare.example.it/uk/events/impariamo-conoscendoci');
  });

  it('gives the same UID to every language version of an event', () => {
    const italian = toCalendarEvent(event(), 'it');
    const arabic = toCalendarEvent(event({ id: 12, locale: 'ar', title: 'لنتعلم بالتعارف', slug: 'natallam' }), 'ar');
    expect(arabic.uid).toBe(italian.uid);
  });

  it('leaves out what the CMS does not give', () => {
    const entry = toCalendarEvent(event({ endsAt: null, place: null }), 'it');
    expect(entry.end).toBeNull();
    expect(entry.location).toBeUndefined();
  });

  it('writes a place without address or postal code as far as it is known', () => {
    expect(
      toCalendarEvent(event({ place: { id: 4, documentId: 'place-breno', name: 'Biblioteca', municipality: 'Breno' } }), 'it').location,
    ).toBe('Biblioteca, Breno');
  });
});

describe('notices in force in an event’s description', () => {
  const notice = (documentId: string, title: string, concerns: Partial<Notice>): Notice => ({
    id: 1,
    documentId,
    locale: 'it',
    createdAt: '2026-06-01T08:00:00.000Z',
    updatedAt: '2026-06-01T08:00:00.000Z',
    publishedAt: '2026-06-01T08:00:00.000Z',
    title,
    summary: `${title}: dettagli.`,
    severity: 'warning',
    startsAt: '2026-06-01T08:00:00.000Z',
    endsAt: null,
    wholeSite: false,
    events: [],
    places: [],
    ...concerns,
  });
  const cancelled = notice('n-cancelled', 'Incontro annullato', { events: [{ documentId: 'evt-impariamo' }] });
  const room = notice('n-room', 'Sala chiusa', { places: [{ documentId: 'place-bienno' }] });
  const site = notice('n-site', 'Uffici chiusi', { wholeSite: true });
  const other = notice('n-other', 'Altro evento rinviato', { events: [{ documentId: 'evt-consulta' }] });

  it('opens the description with the notices about the event or its place, each by its title', () => {
    const entry = toCalendarEvent(event(), 'it', [cancelled, room, site, other]);
    expect(entry.description).toBe(
      'Incontro annullato: Incontro annullato: dettagli.\n\nSala chiusa: Sala chiusa: dettagli.\n\nIncontri tra famiglie a Bienno',
    );
    const vevent = new ICAL.Component(ICAL.parse(toICalendar({ name: 'Eventi', language: 'it', events: [entry] }))).getFirstSubcomponent(
      'vevent',
    );
    expect(String(vevent?.getFirstPropertyValue('description'))).toMatch(/^Incontro annullato: /);
  });

  it('leaves an event no notice is about as it is', () => {
    expect(toCalendarEvent(event(), 'it', [site, other]).description).toBe('Incontri tra famiglie a Bienno');
    expect(toCalendarEvent(event({ place: null }), 'it', [room]).description).toBe('Incontri tra famiglie a Bienno');
  });
});

describe('calendar feed', () => {
  it('keeps every event’s UID when the feed is generated again', () => {
    const first = toICalendar(
      {
        name: 'Eventi',
        language: 'it',
        events: [event(), event({ id: 13, documentId: 'evt-consulta', slug: 'consulta' })].map((entry) => toCalendarEvent(entry, 'it')),
      },
      new Date('2026-05-01T08:00:00Z'),
    );
    // A day later the first event's title was corrected in the CMS.
    const second = toICalendar(
      {
        name: 'Eventi',
        language: 'it',
        events: [
          event({ title: 'Impariamo conoscendoci – 2ª edizione', updatedAt: '2026-05-01T18:00:00.000Z' }),
          event({ id: 13, documentId: 'evt-consulta', slug: 'consulta' }),
        ].map((entry) => toCalendarEvent(entry, 'it')),
      },
      new Date('2026-05-02T08:00:00Z'),
    );
    expect(uidsOf(first)).toEqual([
      [eventUid('evt-impariamo'), '2026-05-01T08:00:00Z'],
      [eventUid('evt-consulta'), '2026-05-01T08:00:00Z'],
    ]);
    expect(uidsOf(second)).toEqual([
      [eventUid('evt-impariamo'), '2026-05-02T08:00:00Z'],
      [eventUid('evt-consulta'), '2026-05-02T08:00:00Z'],
    ]);
  });
});

describe('isUpcoming', () => {
  const now = new Date('2026-06-18T16:00:00Z').getTime();

  it('keeps an event that is still running', () => {
    expect(isUpcoming({ startsAt: '2026-06-18T15:30:00Z', endsAt: '2026-06-18T17:30:00Z' }, now)).toBe(true);
  });

  it('drops an event that has ended', () => {
    expect(isUpcoming({ startsAt: '2026-06-18T13:00:00Z', endsAt: '2026-06-18T15:00:00Z' }, now)).toBe(false);
  });

  it('judges an event without an end by its start', () => {
    expect(isUpcoming({ startsAt: '2026-06-18T15:30:00Z', endsAt: null }, now)).toBe(false);
    expect(isUpcoming({ startsAt: '2026-06-19T15:30:00Z', endsAt: null }, now)).toBe(true);
  });
});

describe('a repeating event in calendars', () => {
  // A weekly Italian course on Tuesdays, 17:00–19:00 in Rome, from 6 October 2026 to 10 November, not on 3 November.
  const course = event({
    startsAt: '2026-10-06T15:00:00.000Z',
    endsAt: '2026-10-06T17:00:00.000Z',
    recurrence: {
      id: 1,
      frequency: 'weekly',
      interval: 1,
      tuesday: true,
      monthlyPosition: 'sameDay',
      until: '2026-11-10',
      count: null,
      exceptions: [{ id: 1, date: '2026-11-03' }],
    },
  });

  it('is one VEVENT with its RRULE and EXDATE, and a calendar parser expands it to its dates', () => {
    const text = toICalendar({ name: 'Eventi', language: 'it', events: [toCalendarEvent(course, 'it')] }, new Date('2026-10-01T00:00:00Z'));
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    expect(vevents[0].getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261110T225900Z');
    expect(text).toContain('EXDATE;TZID=Europe/Rome:20261103T170000');

    // ICAL.js resolves the zone from the file's own VTIMEZONE.
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    ICAL.TimezoneService.register(zone, 'Europe/Rome');
    try {
      const expanded = new ICAL.Event(vevents[0]).iterator();
      const starts: string[] = [];
      for (let next = expanded.next(); next && starts.length < 20; next = expanded.next()) starts.push(next.toJSDate().toISOString());
      expect(starts).toEqual([
        '2026-10-06T15:00:00.000Z',
        '2026-10-13T15:00:00.000Z',
        '2026-10-20T15:00:00.000Z',
        '2026-10-27T16:00:00.000Z',
        '2026-11-10T16:00:00.000Z',
      ]);
    } finally {
      ICAL.TimezoneService.remove('Europe/Rome');
    }
  });

  it('is upcoming until its last date has ended, then past', () => {
    expect(isUpcoming(course, Date.parse('2026-10-28T09:00:00Z'))).toBe(true);
    expect(isUpcoming(course, Date.parse('2026-11-10T17:59:00Z'))).toBe(true);
    expect(isUpcoming(course, Date.parse('2026-11-10T18:01:00Z'))).toBe(false);
    // The same event without its repetition was over after its first date.
    expect(isUpcoming({ ...course, recurrence: null }, Date.parse('2026-10-28T09:00:00Z'))).toBe(false);
  });
});
