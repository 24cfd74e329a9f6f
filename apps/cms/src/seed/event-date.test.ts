import path from 'node:path';
import { wallClockAt } from '@welfare/types';
import { eventDateAt, nextYearlyDate } from './event-date';
import { readFixtures } from './fixtures';

const { events } = readFixtures(path.resolve(__dirname, '..', '..', 'seed')).structure;

/** Upcoming and past demo events as a seed running at `now` would date them. */
function split(now: Date) {
  const dated = events.map((event) => ({
    key: event.key,
    startsAt: eventDateAt(event.startsAt, now),
    endsAt: eventDateAt(event.endsAt, now),
  }));
  return {
    upcoming: dated.filter((event) => event.startsAt > now),
    past: dated.filter((event) => event.endsAt < now),
  };
}

describe('demo event dates', () => {
  it.each(['2026-03-29T00:30:00Z', '2031-10-26T23:00:00Z', '2026-12-01T05:00:00Z'])(
    'seeded at %s: at least four upcoming and two past events, relative to that day',
    (iso) => {
      const now = new Date(iso);
      const { upcoming, past } = split(now);
      expect(upcoming.length).toBeGreaterThanOrEqual(4);
      expect(past.length).toBeGreaterThanOrEqual(2);
      for (const event of [...upcoming, ...past]) {
        // Within a few months of the seed's day, never years away.
        expect(Math.abs(event.startsAt.getTime() - now.getTime())).toBeLessThan(120 * 24 * 3600 * 1000);
        expect(event.endsAt.getTime()).toBeGreaterThan(event.startsAt.getTime());
      }
    },
  );

  it('dates follow the clock: two seeds a year apart give events a year apart', () => {
    const first = split(new Date('2026-05-10T08:00:00Z'));
    const later = split(new Date('2027-05-10T08:00:00Z'));
    expect(later.upcoming.map((event) => event.key)).toEqual(first.upcoming.map((event) => event.key));
    first.upcoming.forEach((event, index) => {
      const days = (later.upcoming[index].startsAt.getTime() - event.startsAt.getTime()) / (24 * 3600 * 1000);
      expect(days).toBe(365);
    });
  });

  it('keeps the wall-clock time in Rome across a daylight-saving change', () => {
    // 14 days after 20 March 2026 (winter time) is 3 April (summer time): still 17:00 in Rome.
    const startsAt = eventDateAt({ inDays: 14, at: '17:00' }, new Date('2026-03-20T12:00:00Z'));
    expect(startsAt.toISOString()).toBe('2026-04-03T15:00:00.000Z');
    expect(wallClockAt(startsAt)).toMatchObject({ day: 3, month: 4, hour: 17, minute: 0 });
  });

  it('counts days from the date in Rome, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Rome.
    const startsAt = eventDateAt({ daysAgo: 1, at: '10:00' }, new Date('2026-12-31T23:30:00Z'));
    expect(wallClockAt(startsAt)).toMatchObject({ year: 2026, month: 12, day: 31, hour: 10 });
  });

  it('rejects a malformed date in the fixtures', () => {
    expect(() => eventDateAt({ inDays: 1.5, at: '10:00' }, new Date())).toThrow(/whole number/);
    expect(() => eventDateAt({ inDays: 1, at: '25:00' }, new Date())).toThrow(/HH:mm/);
  });
});

describe('nextYearlyDate', () => {
  it('is this year’s date until it has passed in Rome, then next year’s', () => {
    expect(nextYearlyDate({ month: 12, day: 24 }, new Date('2026-12-06T10:00:00Z'))).toBe('2026-12-24');
    expect(nextYearlyDate({ month: 12, day: 24 }, new Date('2026-12-24T23:30:00Z'))).toBe('2027-12-24');
    expect(nextYearlyDate({ month: 12, day: 24 }, new Date('2026-12-24T10:00:00Z'))).toBe('2026-12-24');
  });
});
