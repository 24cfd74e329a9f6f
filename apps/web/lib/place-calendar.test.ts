import type { Closure } from '@welfare/types';
import { comingDays, openingState, type Slot } from './opening-state';
import { placeExceptions, publicHolidays } from './place-calendar';

/**
 * "Open now" and the week's hours on the days that are not like the others, at chosen clocks:
 * Italian public holidays (date-holidays, Italy and Lombardy), the agency's and a place's closures,
 * the change to and from summer time, midnight.
 */
const weekdays: Slot[] = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).flatMap((weekday) => [
  { weekday, opens: '09:00:00.000', closes: '12:30:00.000' },
  { weekday, opens: '14:00:00.000', closes: '16:30:00.000' },
]);
const everyDay: Slot[] = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const).map((weekday) => ({
  weekday,
  opens: '00:00',
  closes: '23:59',
}));

const closure = (fields: Partial<Closure> & Pick<Closure, 'startDate'>): Closure => ({
  id: 1,
  kind: 'closed',
  reason: 'agencyClosure',
  endDate: null,
  fromTime: null,
  toTime: null,
  ...fields,
});

function stateAt(
  instant: string,
  slots: Slot[] = weekdays,
  closures: { place?: Closure[]; agency?: Closure[] } = {},
  locale: 'it' | 'en' | 'ar' = 'it',
) {
  const now = new Date(instant);
  return openingState(slots, placeExceptions({ place: closures.place, agency: closures.agency }, locale, now), now);
}

describe('public holidays', () => {
  it.each([
    // Christmas 2026 is a Friday, 10:00 in Rome.
    ['Christmas Day', '2026-12-25T09:00:00Z', 'Natale di Gesù'],
    // Ferragosto 2025 was a Friday (summer time: 10:00 in Rome is 08:00 UTC).
    ['Ferragosto', '2025-08-15T08:00:00Z', 'Assunzione di Maria'],
    // Easter Monday 2026 is 6 April: a movable feast the library computes.
    ['Easter Monday', '2026-04-06T08:00:00Z', 'Lunedì dell’Angelo'],
    // 2 June, Festa della Repubblica (a Tuesday in 2026).
    ['Republic Day', '2026-06-02T08:00:00Z', 'Festa della Repubblica'],
  ])('is closed on %s, naming it, although the weekly hours say open', (_, instant, name) => {
    const state = stateAt(instant);
    expect(state.open).toBe(false);
    expect(state).toMatchObject({ exception: { reason: 'publicHoliday', name } });
  });

  it('opens again on the next working day after Christmas and St Stephen', () => {
    // Thursday 24 December 2026, 17:00: Friday 25 and Saturday 26 are holidays, then the weekend.
    expect(stateAt('2026-12-24T16:00:00Z')).toMatchObject({ open: false, next: { date: '2026-12-28', weekday: 'monday', opens: '09:00' } });
  });

  it('says open on an ordinary weekday', () => {
    expect(stateAt('2026-12-22T09:00:00Z')).toEqual({ open: true, closes: '12:30' });
  });

  it('names holidays in the visitor’s language, and marks an Italian name when the library has none', () => {
    const [christmasEn] = publicHolidays('2026-12-25', '2026-12-25', 'en');
    expect(christmasEn).toMatchObject({ name: expect.stringMatching(/Christmas/), reason: 'publicHoliday' });
    expect(christmasEn.nameLang).toBeUndefined();
    const [easterMondayAr] = publicHolidays('2026-04-06', '2026-04-06', 'ar');
    expect(easterMondayAr).toMatchObject({ nameLang: 'it' });
  });
});

describe('closures staff enter', () => {
  it('is closed all day on the agency’s closure, with its reason, and reopens after the range', () => {
    const agency = [closure({ startDate: '2026-08-10', endDate: '2026-08-21', reason: 'agencyClosure' })];
    // Wednesday 12 August 2026, 10:00 in Rome.
    expect(stateAt('2026-08-12T08:00:00Z', weekdays, { agency })).toMatchObject({
      open: false,
      exception: { reason: 'agencyClosure' },
      next: { date: '2026-08-24', opens: '09:00' },
    });
  });

  it('closes for some hours only: open in the morning, closed in the afternoon', () => {
    const place = [closure({ startDate: '2026-11-18', fromTime: '12:00:00.000', reason: 'strike' })];
    expect(stateAt('2026-11-18T09:00:00Z', weekdays, { place })).toEqual({ open: true, closes: '12:00' });
    expect(stateAt('2026-11-18T13:30:00Z', weekdays, { place })).toMatchObject({
      open: false,
      exception: { reason: 'strike' },
      next: { date: '2026-11-19' },
    });
  });

  it('does not say open on a day by appointment only', () => {
    const place = [closure({ startDate: '2026-11-18', kind: 'byAppointment', reason: 'works' })];
    expect(stateAt('2026-11-18T09:00:00Z', weekdays, { place })).toMatchObject({
      open: false,
      byAppointmentUntil: '12:30',
      next: { date: '2026-11-19' },
    });
  });

  it('does not say open in weekly hours by appointment only', () => {
    const slots: Slot[] = [{ weekday: 'wednesday', opens: '09:00', closes: '12:00', byAppointment: true }];
    expect(openingState(slots, [], new Date('2026-11-18T09:00:00Z'))).toEqual({ open: false, byAppointmentUntil: '12:00', next: null });
  });

  it('shows the week’s hours after holidays and closures', () => {
    const place = [closure({ startDate: '2026-12-23', fromTime: '12:00', reason: 'localFeast' })];
    const now = new Date('2026-12-21T08:00:00Z');
    const week = comingDays(weekdays, placeExceptions({ place, agency: [] }, 'it', now), now);
    expect(week.map((day) => [day.date, day.periods.map((period) => `${period.opens}-${period.closes}`).join(' ')])).toEqual([
      ['2026-12-21', '09:00-12:30 14:00-16:30'],
      ['2026-12-22', '09:00-12:30 14:00-16:30'],
      ['2026-12-23', '09:00-12:00'],
      ['2026-12-24', '09:00-12:30 14:00-16:30'],
      ['2026-12-25', ''],
      ['2026-12-26', ''],
      ['2026-12-27', ''],
    ]);
    expect(week[4].exceptions).toEqual([expect.objectContaining({ reason: 'publicHoliday' })]);
  });
});

describe('clock changes and midnight', () => {
  it('reads Rome’s clock on the day summer time starts (29 March 2026)', () => {
    const sundayMorning: Slot[] = [{ weekday: 'sunday', opens: '09:00', closes: '12:00' }];
    // 07:30 UTC is 09:30 in Rome after the change (UTC+2): open. On UTC+1 it would be 08:30, closed.
    expect(openingState(sundayMorning, [], new Date('2026-03-29T07:30:00Z'))).toEqual({ open: true, closes: '12:00' });
    // 06:30 UTC is 08:30: not yet.
    expect(openingState(sundayMorning, [], new Date('2026-03-29T06:30:00Z'))).toMatchObject({
      open: false,
      next: { date: '2026-03-29', opens: '09:00', today: true },
    });
  });

  it('reads Rome’s clock on the day summer time ends (25 October 2026)', () => {
    const sundayMorning: Slot[] = [{ weekday: 'sunday', opens: '09:00', closes: '12:00' }];
    // 08:30 UTC is 09:30 in Rome after the change (UTC+1): open. On UTC+2 it would be 10:30, open too;
    // 07:30 UTC is 08:30: closed, where UTC+2 would say 09:30, open.
    expect(openingState(sundayMorning, [], new Date('2026-10-25T08:30:00Z'))).toEqual({ open: true, closes: '12:00' });
    expect(openingState(sundayMorning, [], new Date('2026-10-25T07:30:00Z'))).toMatchObject({ open: false });
  });

  it('turns to the holiday at midnight in Rome, not at midnight UTC', () => {
    // 23:00 UTC on 24 December is 00:00 on Christmas Day in Rome.
    expect(stateAt('2026-12-24T23:00:00Z', everyDay)).toMatchObject({
      open: false,
      exception: { reason: 'publicHoliday' },
      next: { date: '2026-12-27' },
    });
    // Two minutes before, still 24 December in Rome (open until 23:59).
    expect(stateAt('2026-12-24T22:58:00Z', everyDay)).toEqual({ open: true, closes: '23:59' });
  });

  it('in summer, midnight in Rome is 22:00 UTC', () => {
    // 22:30 UTC on 14 August is 00:30 on Ferragosto in Rome.
    expect(stateAt('2026-08-14T22:30:00Z', everyDay)).toMatchObject({
      open: false,
      exception: { reason: 'publicHoliday' },
      next: { date: '2026-08-16' },
    });
  });
});
