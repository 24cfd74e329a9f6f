import Holidays from 'date-holidays';
import type { Closure, LocaleCode } from '@welfare/types';
import { LOOK_AHEAD_DAYS, addDays, hhmm, romeClock, type DayException } from './opening-state';

/**
 * The days a place's weekly hours do not hold, for the window the portal shows and computes "open
 * now" in (yesterday to a little past LOOK_AHEAD_DAYS ahead, on Rome's calendar):
 * - Italy's public holidays, with Lombardy's (the valley's region), from `date-holidays`: Easter
 *   Monday and the other movable feasts are computed, new holidays come with the library's updates;
 * - the agency's closures for every place (global settings) and the place's own (a patron saint's
 *   day, the office's holidays, a strike, snow), as staff enter them in the CMS.
 * The result is small, plain data: the page carries it to the browser, which recomputes the state.
 */
const COUNTRY = 'IT';
/** Lombardy in date-holidays (ISTAT region code 03 is "25" there). */
const REGION = '25';
const WINDOW_DAYS = LOOK_AHEAD_DAYS + 8;

const calendars = new Map<LocaleCode, Holidays>();
function holidaysIn(locale: LocaleCode): Holidays {
  let calendar = calendars.get(locale);
  if (!calendar) {
    calendar = new Holidays(COUNTRY, REGION, { languages: [locale], types: ['public'] });
    calendars.set(locale, calendar);
  }
  return calendar;
}

/** Public holidays between two dates (inclusive), named in `locale` where the library can, else in Italian. */
export function publicHolidays(from: string, to: string, locale: LocaleCode): DayException[] {
  const years = [...new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))])];
  const italian = new Map(
    years.flatMap((year) => holidaysIn('it').getHolidays(year)).map((holiday) => [holiday.date.slice(0, 10), holiday.name]),
  );
  const seen = new Set<string>();
  const found: DayException[] = [];
  for (const holiday of years.flatMap((year) => holidaysIn(locale).getHolidays(year))) {
    const date = holiday.date.slice(0, 10);
    if (date < from || date > to || seen.has(date)) continue;
    seen.add(date);
    const fellBack = locale !== 'it' && holiday.name === italian.get(date);
    found.push({
      from: date,
      to: date,
      kind: 'closed',
      reason: 'publicHoliday',
      name: holiday.name,
      ...(fellBack ? { nameLang: 'it' } : {}),
    });
  }
  return found;
}

/** Closures staff entered, clipped to the window; an end before the start counts as the start's day only. */
export function closureExceptions(closures: readonly Closure[], from: string, to: string): DayException[] {
  return closures.flatMap((closure): DayException[] => {
    const start = closure.startDate;
    const end = closure.endDate && closure.endDate >= start ? closure.endDate : start;
    if (end < from || start > to) return [];
    return [
      {
        from: start < from ? from : start,
        to: end > to ? to : end,
        kind: closure.kind,
        fromTime: closure.fromTime ? hhmm(closure.fromTime) : null,
        toTime: closure.toTime ? hhmm(closure.toTime) : null,
        reason: closure.reason,
      },
    ];
  });
}

/** Every exception to a place's weekly hours around `instant`: holidays, the agency's and the place's closures. */
export function placeExceptions(
  { place, agency }: { place: readonly Closure[] | undefined; agency: readonly Closure[] | undefined },
  locale: LocaleCode,
  instant: Date,
): DayException[] {
  const today = romeClock(instant).date;
  const from = addDays(today, -1);
  const to = addDays(today, WINDOW_DAYS);
  return [
    ...publicHolidays(from, to, locale),
    ...closureExceptions(agency ?? [], from, to),
    ...closureExceptions(place ?? [], from, to),
  ].sort((a, b) => a.from.localeCompare(b.from));
}
