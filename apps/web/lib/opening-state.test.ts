import { comingDays, openingState, romeClock, unchangedUntil, type DayException, type Slot } from './opening-state';

const hours: Slot[] = [
  { weekday: 'monday', opens: '09:00:00.000', closes: '12:30:00.000' },
  { weekday: 'monday', opens: '14:00:00.000', closes: '17:00:00.000' },
  { weekday: 'thursday', opens: '09:00:00.000', closes: '12:00:00.000' },
];

describe('open now, on the clocks of Rome', () => {
  it('reads the weekday and time in Rome, summer and winter', () => {
    // 2026-06-15 is a Monday: 07:30 UTC is 09:30 in Rome (UTC+2).
    expect(romeClock(new Date('2026-06-15T07:30:00Z'))).toEqual({ date: '2026-06-15', day: 0, minutes: 9 * 60 + 30 });
    // 2026-12-07 is a Monday: 23:30 UTC on Sunday is 00:30 on Monday in Rome (UTC+1).
    expect(romeClock(new Date('2026-12-06T23:30:00Z'))).toEqual({ date: '2026-12-07', day: 0, minutes: 30 });
  });

  it('is open inside a slot, until its closing time', () => {
    expect(openingState(hours, [], new Date('2026-06-15T07:30:00Z'))).toEqual({ open: true, closes: '12:30' });
  });

  it('is closed at closing time, and opens again later the same day', () => {
    expect(openingState(hours, [], new Date('2026-06-15T10:30:00Z'))).toEqual({
      open: false,
      next: { date: '2026-06-15', weekday: 'monday', opens: '14:00', today: true, tomorrow: false, inDays: 0 },
    });
  });

  it('names the next day with hours, and says tomorrow when it is', () => {
    // Monday 18:00 in Rome: next is Thursday.
    expect(openingState(hours, [], new Date('2026-06-15T16:00:00Z'))).toEqual({
      open: false,
      next: { date: '2026-06-18', weekday: 'thursday', opens: '09:00', today: false, tomorrow: false, inDays: 3 },
    });
    // Wednesday evening: Thursday is tomorrow.
    expect(openingState(hours, [], new Date('2026-06-17T19:00:00Z'))).toMatchObject({
      open: false,
      next: { weekday: 'thursday', tomorrow: true },
    });
  });

  it('finds next week’s slot of the same weekday, and says closed with no hours at all', () => {
    // Thursday 13:00 in Rome: next is Monday.
    expect(openingState(hours, [], new Date('2026-06-18T11:00:00Z'))).toMatchObject({
      open: false,
      next: { weekday: 'monday', opens: '09:00' },
    });
    expect(openingState([], [], new Date('2026-06-18T11:00:00Z'))).toEqual({ open: false, next: null });
  });

  it('ignores slots that close before they open', () => {
    expect(openingState([{ weekday: 'monday', opens: '12:00', closes: '09:00' }], [], new Date('2026-06-15T08:30:00Z'))).toEqual({
      open: false,
      next: null,
    });
  });
});

describe('how long what a page says about its hours holds', () => {
  const at = (iso: string) => new Date(iso);
  const iso = (epoch: number) => new Date(epoch).toISOString();

  it('until the next opening or closing today, else until midnight in Rome', () => {
    // Monday 09:30:20 in Rome (summer): open until 12:30.
    expect(iso(unchangedUntil(hours, [], at('2026-06-15T07:30:20Z')))).toBe('2026-06-15T10:30:00.000Z');
    // 13:00: closed until 14:00.
    expect(iso(unchangedUntil(hours, [], at('2026-06-15T11:00:00Z')))).toBe('2026-06-15T12:00:00.000Z');
    // 18:00: nothing else today; tomorrow's list starts at midnight (22:00 UTC in summer, 23:00 in winter).
    expect(iso(unchangedUntil(hours, [], at('2026-06-15T16:00:00Z')))).toBe('2026-06-15T22:00:00.000Z');
    expect(iso(unchangedUntil(hours, [], at('2026-12-07T17:00:00Z')))).toBe('2026-12-07T23:00:00.000Z');
  });

  it('until a closure for part of the day starts', () => {
    const meeting: DayException[] = [
      { from: '2026-06-15', to: '2026-06-15', kind: 'closed', reason: 'agencyClosure', fromTime: '11:00', toTime: '11:30' },
    ];
    expect(iso(unchangedUntil(hours, meeting, at('2026-06-15T07:30:00Z')))).toBe('2026-06-15T09:00:00.000Z');
  });

  it('what it says is the same at every minute before, and not at that minute', () => {
    const renderedAt = at('2026-06-15T07:30:00Z');
    const until = unchangedUntil(hours, [], renderedAt);
    const said = (instant: Date) => [openingState(hours, [], instant), comingDays(hours, [], instant)];
    expect(said(new Date(until - 60_000))).toEqual(said(renderedAt));
    expect(said(new Date(until))).not.toEqual(said(renderedAt));
  });

  it('vouches for nothing across a change of the clocks', () => {
    // Sunday 28 March 2027, 00:30 in Rome: at 02:00 the clocks go forward.
    const night = at('2027-03-27T23:30:00Z');
    expect(unchangedUntil(hours, [], night)).toBe(night.getTime());
  });
});
