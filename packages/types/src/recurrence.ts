/**
 * Recurring events (RFC 5545 RRULE, through the `rrule` library): staff describe the repetition in
 * a structured form in the admin (frequency, interval, weekdays, until or count, dates left out);
 * this module turns it into the rule calendar files carry and into the dates the portal shows.
 * The CMS validates with it on save and stores when the series ends (`seriesEndsAt`).
 *
 * Dates repeat on Rome's wall clock: a course at 17:00 stays at 17:00 across the change to and
 * from summer time. The rule is expanded on "floating" times (wall-clock fields carried in UTC
 * fields, as rrule expects without a time zone), then each date is placed in Europe/Rome.
 */
import { Frequency, RRule, Weekday as RRuleWeekday, type Options } from 'rrule';
import { AGENCY_TIME_ZONE, wallClockAt, wallClockToUtc } from './time-zone';

import type { MonthlyPosition, RecurrenceFrequency } from './content';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
type Day = (typeof DAYS)[number];

/** The admin's recurrence component, as the REST API returns it. */
export interface Recurrence {
  frequency: RecurrenceFrequency;
  interval?: number | null;
  monday?: boolean | null;
  tuesday?: boolean | null;
  wednesday?: boolean | null;
  thursday?: boolean | null;
  friday?: boolean | null;
  saturday?: boolean | null;
  sunday?: boolean | null;
  /** Monthly: on the start's day of the month, or on its weekday's first…fourth or last of the month. */
  monthlyPosition?: MonthlyPosition | null;
  /** The last day (YYYY-MM-DD, Europe/Rome) a date may fall on. */
  until?: string | null;
  /** How many dates in all (the first included). */
  count?: number | null;
  /** Dates (YYYY-MM-DD) left out of the series. */
  exceptions?: Array<{ date: string }> | null;
}

/** The longest series staff may enter: a school year and more, twice over. */
export const MAX_OCCURRENCES = 400;
export const MAX_SERIES_DAYS = 2 * 366;
const DAY_MS = 86_400_000;

const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const FREQUENCY: Record<RecurrenceFrequency, Frequency> = { daily: Frequency.DAILY, weekly: Frequency.WEEKLY, monthly: Frequency.MONTHLY };
const POSITION: Record<Exclude<MonthlyPosition, 'sameDay'>, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

/** Wall-clock time in Rome as a floating Date (its UTC fields are Rome's). */
function floating(instant: Date): Date {
  const clock = wallClockAt(instant);
  return new Date(Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second));
}
const two = (value: number) => String(value).padStart(2, '0');
/** A floating Date back to the instant it means in Rome. */
function fromFloating(date: Date): Date {
  return wallClockToUtc(
    `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`,
    AGENCY_TIME_ZONE,
  );
}
const dateOf = (date: Date) => date.toISOString().slice(0, 10);

function weekdays(recurrence: Recurrence): Day[] {
  return DAYS.filter((day) => recurrence[day] === true);
}

/** Why the recurrence cannot be saved, in Italian and English, or undefined when it can. */
export function recurrenceProblem(recurrence: Recurrence, startsAt: Date): string | undefined {
  if (!FREQUENCY[recurrence.frequency])
    return 'Scegli ogni quanto si ripete: ogni giorno, ogni settimana o ogni mese (choose how often it repeats).';
  const interval = recurrence.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 52) return 'L’intervallo va da 1 a 52 (the interval is 1 to 52).';
  const hasUntil = Boolean(recurrence.until);
  const hasCount = recurrence.count !== null && recurrence.count !== undefined;
  if (hasUntil && hasCount)
    return 'Indica fino a quando oppure quante volte, non entrambi (give an end date or a number of dates, not both).';
  if (!hasUntil && !hasCount) return 'Indica fino a quando si ripete oppure quante volte (give an end date or a number of dates).';
  if (
    hasCount &&
    (!Number.isInteger(recurrence.count) || (recurrence.count as number) < 1 || (recurrence.count as number) > MAX_OCCURRENCES)
  ) {
    return `Il numero di date va da 1 a ${MAX_OCCURRENCES} (the number of dates is 1 to ${MAX_OCCURRENCES}).`;
  }
  if (hasUntil) {
    const start = dateOf(floating(startsAt));
    const until = recurrence.until as string;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) return 'La data di fine non è valida (the end date is not a date).';
    if (until < start)
      return `La ripetizione finisce (${until}) prima che l’evento inizi (${start}) (the repetition ends before the event starts).`;
    if ((Date.parse(until) - Date.parse(start)) / DAY_MS > MAX_SERIES_DAYS)
      return 'La ripetizione può durare al massimo due anni (a repetition lasts at most two years).';
  }
  if (recurrence.frequency === 'weekly' && weekdays(recurrence).length === 0) {
    // No weekday ticked: the start's weekday (RFC 5545's default). Nothing to refuse.
  }
  if (occurrenceDates(recurrence, startsAt, MAX_OCCURRENCES + 1).length > MAX_OCCURRENCES) {
    return `La ripetizione ha più di ${MAX_OCCURRENCES} date: accorciala (more than ${MAX_OCCURRENCES} dates).`;
  }
  return undefined;
}

/** rrule's options on floating times; `untilUtc` gives UNTIL as RFC 5545 wants it with a TZID'd DTSTART. */
function ruleOptions(recurrence: Recurrence, startsAt: Date, untilUtc: boolean): Partial<Options> {
  const dtstart = floating(startsAt);
  const options: Partial<Options> = { freq: FREQUENCY[recurrence.frequency], interval: recurrence.interval ?? 1, dtstart };
  const days = weekdays(recurrence);
  if (recurrence.frequency === 'weekly' && days.length > 0) options.byweekday = days.map((day) => RRULE_DAYS[DAYS.indexOf(day)]);
  if (recurrence.frequency === 'monthly' && recurrence.monthlyPosition && recurrence.monthlyPosition !== 'sameDay') {
    const weekday = (dtstart.getUTCDay() + 6) % 7;
    options.byweekday = [new RRuleWeekday(weekday, POSITION[recurrence.monthlyPosition])];
  }
  if (recurrence.count) options.count = recurrence.count;
  if (recurrence.until) {
    // Until the end of that day in Rome.
    const lastDay = new Date(`${recurrence.until}T23:59:59Z`);
    options.until = untilUtc ? wallClockToUtc(`${recurrence.until}T23:59`, AGENCY_TIME_ZONE) : lastDay;
  }
  return options;
}

/** The rule as an RRULE property value ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T215900Z"). */
export function rruleValue(recurrence: Recurrence, startsAt: Date): string {
  const options = ruleOptions(recurrence, startsAt, true);
  delete options.dtstart;
  return RRule.optionsToString(options).replace(/^RRULE:/, '');
}

/** The dates left out, as the instants the series would otherwise have had on those days. */
export function exceptionStarts(recurrence: Recurrence, startsAt: Date): Date[] {
  const start = floating(startsAt);
  return (recurrence.exceptions ?? [])
    .map((exception) => exception.date)
    .filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))
    .map((date) => fromFloating(new Date(`${date}T${two(start.getUTCHours())}:${two(start.getUTCMinutes())}:00Z`)));
}

/** The starts of the series in order, dates left out excluded, at most `limit`. */
export function occurrenceDates(recurrence: Recurrence, startsAt: Date, limit: number, after?: Date): Date[] {
  const rule = new RRule(ruleOptions(recurrence, startsAt, false));
  const skipped = new Set((recurrence.exceptions ?? []).map((exception) => exception.date));
  const from = after ? floating(after) : undefined;
  const found: Date[] = [];
  let seen = 0;
  rule.all((date) => {
    // Bounded even for a rule saved before the CMS checked it, or without an end.
    seen += 1;
    if (found.length >= limit || seen > MAX_OCCURRENCES * 4) return false;
    if (!skipped.has(dateOf(date)) && (!from || date.getTime() >= from.getTime())) found.push(fromFloating(date));
    return found.length < limit;
  });
  return found.slice(0, limit);
}

/** When the last date of the series ends (its start plus the event's length), or null when it has no date. */
export function seriesEnd(recurrence: Recurrence, startsAt: Date, endsAt: Date | null): Date | null {
  const starts = occurrenceDates(recurrence, startsAt, MAX_OCCURRENCES);
  const last = starts[starts.length - 1];
  if (!last) return null;
  const length = endsAt ? Math.max(0, endsAt.getTime() - startsAt.getTime()) : 0;
  return new Date(last.getTime() + length);
}

export interface Occurrence {
  start: Date;
  end: Date | null;
}

/**
 * The dates of an event that have not ended at `now`, soonest first, at most `limit`: for an event
 * that does not repeat, itself while it has not ended.
 */
export function comingOccurrences(
  event: { startsAt: string; endsAt?: string | null; recurrence?: Recurrence | null },
  now: Date,
  limit: number,
): Occurrence[] {
  const start = new Date(event.startsAt);
  const end = event.endsAt ? new Date(event.endsAt) : null;
  const length = end ? Math.max(0, end.getTime() - start.getTime()) : 0;
  const starts = event.recurrence ? occurrenceDates(event.recurrence, start, limit, new Date(now.getTime() - length)) : [start];
  return starts
    .map((occurrence) => ({ start: occurrence, end: end ? new Date(occurrence.getTime() + length) : null }))
    .filter((occurrence) => (occurrence.end ?? occurrence.start).getTime() >= now.getTime())
    .slice(0, limit);
}
