import {
  comingOccurrences,
  exceptionStarts,
  occurrenceDates,
  recurrenceProblem,
  rruleValue,
  seriesEnd,
  type Recurrence,
} from './recurrence';

// A weekly Italian course on Tuesdays at 17:00 in Rome, from 6 October 2026 (summer time) into winter.
const start = new Date('2026-10-06T15:00:00Z');
const weekly: Recurrence = { frequency: 'weekly', interval: 1, tuesday: true, until: '2026-11-10', exceptions: [{ date: '2026-11-03' }] };
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('a weekly event', () => {
  it('repeats at 17:00 in Rome across the end of summer time, leaving out the excepted date', () => {
    expect(iso(occurrenceDates(weekly, start, 20))).toEqual([
      '2026-10-06T15:00:00.000Z',
      '2026-10-13T15:00:00.000Z',
      '2026-10-20T15:00:00.000Z',
      // 25 October: back to UTC+1, 17:00 is 16:00 UTC.
      '2026-10-27T16:00:00.000Z',
      '2026-11-10T16:00:00.000Z',
    ]);
  });

  it('writes its RFC 5545 rule, UNTIL in UTC as a zoned start requires', () => {
    expect(rruleValue(weekly, start)).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20261110T225900Z');
    expect(iso(exceptionStarts(weekly, start))).toEqual(['2026-11-03T16:00:00.000Z']);
  });

  it('gives the coming dates from a moment in the series, and when the series ends', () => {
    const event = { startsAt: start.toISOString(), endsAt: '2026-10-06T17:00:00Z', recurrence: weekly };
    expect(iso(comingOccurrences(event, new Date('2026-10-21T09:00:00Z'), 2).map((occurrence) => occurrence.start))).toEqual([
      '2026-10-27T16:00:00.000Z',
      '2026-11-10T16:00:00.000Z',
    ]);
    // During a date it is still coming (it has not ended).
    expect(comingOccurrences(event, new Date('2026-10-13T16:00:00Z'), 1)[0].start.toISOString()).toBe('2026-10-13T15:00:00.000Z');
    expect(comingOccurrences(event, new Date('2026-11-11T09:00:00Z'), 5)).toEqual([]);
    expect(seriesEnd(weekly, start, new Date('2026-10-06T17:00:00Z'))?.toISOString()).toBe('2026-11-10T18:00:00.000Z');
  });
});

describe('a monthly meeting', () => {
  it('falls on the first Tuesday of each month, for a count of dates', () => {
    const monthly: Recurrence = { frequency: 'monthly', monthlyPosition: 'first', count: 3 };
    expect(iso(occurrenceDates(monthly, start, 10))).toEqual([
      '2026-10-06T15:00:00.000Z',
      '2026-11-03T16:00:00.000Z',
      '2026-12-01T16:00:00.000Z',
    ]);
    expect(rruleValue(monthly, start)).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=+1TU;COUNT=3');
  });

  it('on the last weekday of the month', () => {
    expect(rruleValue({ frequency: 'monthly', monthlyPosition: 'last', count: 2 }, start)).toBe(
      'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1TU;COUNT=2',
    );
  });
});

describe('checking a recurrence before it is saved', () => {
  it.each([
    [{ frequency: 'weekly', until: '2026-10-01' }, /prima che l’evento inizi/],
    [{ frequency: 'weekly', until: '2026-12-01', count: 4 }, /non entrambi/],
    [{ frequency: 'weekly' }, /fino a quando/],
    [{ frequency: 'weekly', count: 0 }, /da 1 a/],
    [{ frequency: 'daily', until: '2029-01-01' }, /due anni/],
    [{ frequency: 'daily', until: '2028-01-01' }, /più di 400/],
    [{ frequency: 'weekly', interval: 0, count: 3 }, /intervallo/],
  ] as Array<[Recurrence, RegExp]>)('refuses %j with a clear message', (recurrence, message) => {
    expect(recurrenceProblem(recurrence, start)).toMatch(message);
  });

  it('accepts a weekly course with an end', () => {
    expect(recurrenceProblem(weekly, start)).toBeUndefined();
  });
});
