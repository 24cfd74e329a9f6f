import { closureProblems, eventRecurrenceProblems } from './schedule-problems';

describe('closures staff enter', () => {
  it('refuses an end before the start, on the field', () => {
    expect(closureProblems([{ startDate: '2026-12-24' }, { startDate: '2026-08-20', endDate: '2026-08-10' }])).toEqual([
      { path: ['closures', 1, 'endDate'], message: expect.stringContaining('2026-08-10') },
    ]);
    expect(closureProblems([{ startDate: '2026-12-24', fromTime: '14:00:00.000', toTime: '12:00:00.000' }])[0].path).toEqual([
      'closures',
      0,
      'toTime',
    ]);
  });

  it('accepts a day, a range, some hours', () => {
    expect(
      closureProblems([
        { startDate: '2026-12-24', fromTime: '12:00:00.000' },
        { startDate: '2026-08-10', endDate: '2026-08-21' },
        { startDate: '2026-11-18', fromTime: '09:00', toTime: '11:00' },
      ]),
    ).toEqual([]);
    expect(closureProblems(undefined)).toEqual([]);
  });
});

describe('an event’s repetition', () => {
  const start = new Date('2026-10-06T15:00:00Z');
  it('puts the message on the field to change', () => {
    expect(eventRecurrenceProblems({ frequency: 'weekly', until: '2026-01-01' }, start)[0].path).toEqual(['recurrence', 'until']);
    expect(eventRecurrenceProblems({ frequency: 'weekly', count: 1000 }, start)[0].path).toEqual(['recurrence', 'count']);
    expect(eventRecurrenceProblems({ frequency: 'weekly', interval: 60, count: 2 }, start)[0].path).toEqual(['recurrence', 'interval']);
    expect(eventRecurrenceProblems({ frequency: 'weekly', count: 10 }, start)).toEqual([]);
  });
});
