import { openingState, romeClock, type Slot } from './opening-state';

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
