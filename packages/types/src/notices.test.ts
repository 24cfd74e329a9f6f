import { isNoticeInForce, noticeConcernOf, noticeFilters, sortNotices } from './notices';
import { wallClockToUtc } from './time-zone';

const rome = (wallClock: string) => wallClockToUtc(wallClock);
const iso = (wallClock: string) => rome(wallClock).toISOString();
const second = 1000;

describe('a notice in force', () => {
  // The office closed for a week: from Monday 8:00 to Monday 8:00, Italian time.
  const week = { startsAt: iso('2026-06-08T08:00'), endsAt: iso('2026-06-15T08:00') };

  it('is not yet in force the second before it starts', () => {
    expect(isNoticeInForce(week, new Date(rome('2026-06-08T08:00').getTime() - second))).toBe(false);
  });

  it('is in force from its start, during and until the second before its end', () => {
    expect(isNoticeInForce(week, rome('2026-06-08T08:00'))).toBe(true);
    expect(isNoticeInForce(week, rome('2026-06-11T23:59'))).toBe(true);
    expect(isNoticeInForce(week, new Date(rome('2026-06-15T08:00').getTime() - second))).toBe(true);
  });

  it('is gone at its end and after', () => {
    expect(isNoticeInForce(week, rome('2026-06-15T08:00'))).toBe(false);
    expect(isNoticeInForce(week, rome('2026-07-01T12:00'))).toBe(false);
  });

  it('ends at the Italian hour staff chose across the spring change (02:00 → 03:00, 29 March 2026)', () => {
    const night = { startsAt: iso('2026-03-28T20:00'), endsAt: iso('2026-03-29T03:00') };
    // 03:00 CEST is 01:00 UTC; 01:59 CET is 00:59 UTC: the last minute before the change.
    expect(night.endsAt).toBe('2026-03-29T01:00:00.000Z');
    expect(isNoticeInForce(night, new Date('2026-03-29T00:59:59Z'))).toBe(true);
    expect(isNoticeInForce(night, new Date('2026-03-29T01:00:00Z'))).toBe(false);
  });

  it('lasts the repeated hour of the autumn change (03:00 → 02:00, 25 October 2026)', () => {
    const night = { startsAt: iso('2026-10-24T22:00'), endsAt: iso('2026-10-25T04:00') };
    // 22:00 CEST is 20:00 UTC, 04:00 CET is 03:00 UTC: seven hours of clock time, not six.
    expect(Date.parse(night.endsAt) - Date.parse(night.startsAt)).toBe(7 * 3600 * second);
    expect(isNoticeInForce(night, new Date('2026-10-25T00:30:00Z'))).toBe(true); // 02:30 CEST
    expect(isNoticeInForce(night, new Date('2026-10-25T01:30:00Z'))).toBe(true); // 02:30 CET, again
    expect(isNoticeInForce(night, new Date('2026-10-25T03:00:00Z'))).toBe(false);
  });

  it('without an end, stays in force until unpublished', () => {
    expect(isNoticeInForce({ startsAt: iso('2026-01-01T00:00'), endsAt: null }, rome('2030-01-01T00:00'))).toBe(true);
  });

  it('tolerates what the admin allows: an end before the start, or an unreadable date, is never in force', () => {
    expect(isNoticeInForce({ startsAt: iso('2026-06-15T08:00'), endsAt: iso('2026-06-08T08:00') }, rome('2026-06-10T08:00'))).toBe(false);
    expect(isNoticeInForce({ startsAt: 'soon', endsAt: null }, rome('2026-06-10T08:00'))).toBe(false);
    expect(isNoticeInForce({ startsAt: iso('2026-06-08T08:00'), endsAt: 'later' }, rome('2026-06-10T08:00'))).toBe(false);
  });
});

describe('the notices a page asks for', () => {
  const now = new Date('2026-06-10T10:15:42.123Z');
  const inForce = [
    { startsAt: { $lt: '2026-06-10T10:16:00.000Z' } },
    { $or: [{ endsAt: { $gt: '2026-06-10T10:15:00.000Z' } }, { endsAt: { $null: true } }] },
  ];

  it('on the home: every notice in force during the minute', () => {
    expect(noticeFilters({ kind: 'home' }, now)).toEqual({ $and: inForce });
  });

  it('on another page: those for the whole site', () => {
    expect(noticeFilters({ kind: 'site' }, now)).toEqual({ $and: [...inForce, { $or: [{ wholeSite: { $eq: true } }] }] });
  });

  it('on an entry page: the whole site, the entry and its places, each id once and in one order', () => {
    const filters = noticeFilters({ kind: 'entry', services: ['s1'], places: ['p2', 'p1', 'p2'] }, now);
    expect(filters).toEqual({
      $and: [
        ...inForce,
        {
          $or: [
            { wholeSite: { $eq: true } },
            { services: { documentId: { $in: ['s1'] } } },
            { places: { documentId: { $in: ['p1', 'p2'] } } },
          ],
        },
      ],
    });
  });
});

describe('the order of notices', () => {
  it('puts the most urgent first, then the most recent', () => {
    const notice = (documentId: string, severity: 'info' | 'warning' | 'urgent', startsAt: string) => ({
      documentId,
      severity,
      startsAt,
      endsAt: null,
    });
    const notices = [
      notice('a', 'info', '2026-06-10T08:00:00Z'),
      notice('b', 'urgent', '2026-06-01T08:00:00Z'),
      notice('c', 'info', '2026-06-11T08:00:00Z'),
      notice('d', 'warning', '2026-06-01T08:00:00Z'),
    ];
    const sorted = sortNotices(notices, (item) => item);
    expect(sorted.map(({ documentId }) => documentId)).toEqual(['b', 'd', 'c', 'a']);
  });
});

describe('what an entry page is about', () => {
  it('is the service and its places for a service page', () => {
    expect(noticeConcernOf('service', { documentId: 's1', places: [{ documentId: 'p1' }, { documentId: 'p2' }] } as never)).toEqual({
      kind: 'entry',
      services: ['s1'],
      places: ['p1', 'p2'],
    });
  });

  it('is the event and its place for an event page, and nothing else when the place is not populated', () => {
    expect(noticeConcernOf('event', { documentId: 'e1', place: { documentId: 'p1' } } as never)).toEqual({
      kind: 'entry',
      events: ['e1'],
      places: ['p1'],
    });
    expect(noticeConcernOf('event', { documentId: 'e1', place: null } as never)).toEqual({ kind: 'entry', events: ['e1'] });
  });

  it('is nothing but the whole site for a type notices do not concern', () => {
    expect(noticeConcernOf('page', { documentId: 'x' })).toEqual({ kind: 'entry' });
  });
});
