import ICAL from 'ical.js';
import { eventUid, foldLine, romeLocalTime, toICalendar, type CalendarEvent } from './ics';

type IcalComponent = InstanceType<typeof ICAL.Component>;
type IcalTime = InstanceType<typeof ICAL.Time>;

const STAMP = new Date('2026-05-01T08:00:00Z');

function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: eventUid('evt-bienno'),
    title: 'Impariamo conoscendoci',
    start: new Date('2026-06-18T15:30:00Z'),
    end: new Date('2026-06-18T17:30:00Z'),
    lastModified: new Date('2026-04-02T10:15:00Z'),
    language: 'it',
    ...overrides,
  };
}

function parse(text: string): IcalComponent {
  return new ICAL.Component(ICAL.parse(text));
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0];
}

/** A DTSTART/DTEND as the wall-clock time written in the file, and as the instant the file's own VTIMEZONE makes of it. */
function readTime(calendar: IcalComponent, event: IcalComponent, name: 'dtstart' | 'dtend') {
  const property = event.getFirstProperty(name);
  if (!property) throw new Error(`no ${name}`);
  const time = property.getFirstValue() as IcalTime;
  const wallClock = time.toString();
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  time.zone = new ICAL.Timezone(vtimezone);
  return { tzid: property.getParameter('tzid'), wallClock, instant: time.toJSDate().toISOString() };
}

describe('toICalendar', () => {
  const text = toICalendar({ name: 'Eventi, Valle Camonica', language: 'it', events: [calendarEvent()] }, STAMP);
  const calendar = parse(text);

  it('is an iCalendar 2.0 file with a product identifier and the calendar’s name', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/^-\/\/.+\/\/.+/);
    // X-WR-CALNAME is TEXT for the calendar apps that read it (ical.js leaves X- values unescaped).
    expect(text).toContain('\r\nX-WR-CALNAME:Eventi\\, Valle Camonica\r\n');
  });

  it('carries the Europe/Rome time zone', () => {
    const vtimezone = only(calendar.getAllSubcomponents('vtimezone'));
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Rome');
    expect(vtimezone.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(vtimezone.getAllSubcomponents('standard')).toHaveLength(1);
  });

  it('writes a summer event in Rome wall-clock time (UTC+2)', () => {
    const event = only(calendar.getAllSubcomponents('vevent'));
    expect(readTime(calendar, event, 'dtstart')).toEqual({
      tzid: 'Europe/Rome',
      wallClock: '2026-06-18T17:30:00',
      instant: '2026-06-18T15:30:00.000Z',
    });
    expect(readTime(calendar, event, 'dtend')).toEqual({
      tzid: 'Europe/Rome',
      wallClock: '2026-06-18T19:30:00',
      instant: '2026-06-18T17:30:00.000Z',
    });
  });

  it('writes a winter event in Rome wall-clock time (UTC+1)', () => {
    const winter = parse(
      toICalendar(
        { name: 'Eventi', language: 'it', events: [calendarEvent({ start: new Date('2026-03-12T14:00:00Z'), end: null })] },
        STAMP,
      ),
    );
    const event = only(winter.getAllSubcomponents('vevent'));
    expect(readTime(winter, event, 'dtstart')).toEqual({
      tzid: 'Europe/Rome',
      wallClock: '2026-03-12T15:00:00',
      instant: '2026-03-12T14:00:00.000Z',
    });
    expect(event.getFirstProperty('dtend')).toBeNull();
  });

  it.each([
    ['the morning clocks go forward', '2026-03-29T01:30:00Z', '2026-03-29T03:30:00'],
    ['the night clocks go back', '2026-10-25T03:30:00Z', '2026-10-25T04:30:00'],
    ['midnight on New Year', '2026-12-31T23:00:00Z', '2027-01-01T00:00:00'],
  ])('gets %s right', (_label, instant, wallClock) => {
    const feed = parse(
      toICalendar({ name: 'Eventi', language: 'it', events: [calendarEvent({ start: new Date(instant), end: null })] }, STAMP),
    );
    expect(readTime(feed, only(feed.getAllSubcomponents('vevent')), 'dtstart')).toEqual({
      tzid: 'Europe/Rome',
      wallClock,
      instant: new Date(instant).toISOString(),
    });
  });

  it('identifies each event by its CMS document', () => {
    const feed = parse(
      toICalendar(
        { name: 'Eventi', language: 'it', events: [calendarEvent({ uid: eventUid('doc-a') }), calendarEvent({ uid: eventUid('doc-b') })] },
        STAMP,
      ),
    );
    expect(feed.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'))).toEqual([
      eventUid('doc-a'),
      eventUid('doc-b'),
    ]);
    expect(eventUid('doc-a')).not.toBe(eventUid('doc-b'));
  });

  it('escapes commas, semicolons, backslashes and new lines so the text reads back intact', () => {
    const title = 'Festa dei popoli, cibo; musica\nseconda riga \\ fine';
    const description = 'Ingresso libero.\r\nPortate un piatto, se potete; grazie!';
    const location = 'Sala civica, Via Roma 1, 25040 Bienno';
    const feed = toICalendar({ name: 'Eventi', language: 'it', events: [calendarEvent({ title, description, location })] }, STAMP);
    const event = only(parse(feed).getAllSubcomponents('vevent'));
    expect(event.getFirstPropertyValue('summary')).toBe(title);
    expect(event.getFirstPropertyValue('description')).toBe(description.replace(/\r\n/g, '\n'));
    expect(event.getFirstPropertyValue('location')).toBe(location);
    expect(feed).toContain('SUMMARY;LANGUAGE=it:Festa dei popoli\\, cibo\\; musica\\nseconda riga \\\\ fine');
  });

  it('marks the language of the event’s text', () => {
    const feed = parse(
      toICalendar(
        { name: 'Events', language: 'en', events: [calendarEvent({ language: 'ar', title: 'تعارف', description: 'لقاء' })] },
        STAMP,
      ),
    );
    const event = only(feed.getAllSubcomponents('vevent'));
    expect(event.getFirstProperty('summary')?.getParameter('language')).toBe('ar');
    expect(event.getFirstProperty('description')?.getParameter('language')).toBe('ar');
  });

  describe('long lines', () => {
    const arabicTitle =
      'لقاءات «لنتعلم بالتعارف» في بيينو: الوساطة اللغوية والثقافية، ورش للمدارس، وعائلات متطوعة لاستقبال العائلات الجديدة 🤝';
    const feed = toICalendar(
      { name: 'الفعاليات', language: 'ar', events: [calendarEvent({ language: 'ar', title: arabicTitle, description: 'é'.repeat(200) })] },
      STAMP,
    );
    const physicalLines = feed.split('\r\n').slice(0, -1);

    it('folds every line at 75 octets at most, continuation lines starting with a space', () => {
      const summaryIndex = physicalLines.findIndex((line) => line.startsWith('SUMMARY'));
      expect(physicalLines[summaryIndex + 1].startsWith(' ')).toBe(true);
      for (const line of physicalLines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    });

    it('never splits a multi-byte character between two lines', () => {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      const bytes = Buffer.from(feed, 'utf8');
      let start = 0;
      for (let index = 0; index < bytes.length - 1; index++) {
        if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
          expect(() => decoder.decode(bytes.subarray(start, index))).not.toThrow();
          start = index + 2;
        }
      }
    });

    it('reads back the same text once unfolded', () => {
      const event = only(parse(feed).getAllSubcomponents('vevent'));
      expect(event.getFirstPropertyValue('summary')).toBe(arabicTitle);
      expect(event.getFirstPropertyValue('description')).toBe('é'.repeat(200));
    });
  });

  it('ends every line with CRLF and has no bare line feeds or carriage returns', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets as it is and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters', () => {
    // 38 Arabic letters are 76 octets in UTF-8.
    const folded = foldLine('ب'.repeat(38)).split('\r\n');
    expect(folded).toEqual(['ب'.repeat(37), ` ${'ب'}`]);
  });
});

describe('romeLocalTime', () => {
  it('writes the wall-clock time in Rome, whatever the server’s time zone', () => {
    expect(romeLocalTime(new Date('2026-06-18T15:30:00Z'))).toBe('20260618T173000');
    expect(romeLocalTime(new Date('2026-03-12T14:00:00Z'))).toBe('20260312T150000');
    expect(romeLocalTime(new Date('2026-12-31T23:00:00Z'))).toBe('20270101T000000');
  });
});
