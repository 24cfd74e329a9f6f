import { wallClockAt, wallClockToUtc } from '@welfare/types';
import type { EventDate } from './fixtures';

const HOURS_MINUTES = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The instant of a demo event's date as seen from `now`: the Europe/Rome calendar day `inDays`
 * after (or `daysAgo` before) today in Rome, at the wall-clock time `at` there. Counting calendar
 * days, not 24-hour periods, keeps the time right across a daylight-saving change.
 */
export function eventDateAt(date: EventDate, now: Date): Date {
  const offset = 'inDays' in date ? date.inDays : -date.daysAgo;
  if (!Number.isInteger(offset)) throw new Error(`Seed fixtures: an event date needs a whole number of days, got ${JSON.stringify(date)}`);
  if (!HOURS_MINUTES.test(date.at)) throw new Error(`Seed fixtures: an event time is "HH:mm", got ${JSON.stringify(date.at)}`);
  const today = wallClockAt(now);
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day + offset)).toISOString().slice(0, 10);
  return wallClockToUtc(`${day}T${date.at}`);
}

/** A yearly date of the demo closures: the next one on Rome's calendar from `now` (today included). */
export interface YearlyDate {
  month: number;
  day: number;
}

export function nextYearlyDate({ month, day }: YearlyDate, now: Date): string {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 31) {
    throw new Error(`Seed fixtures: a yearly date needs a month and a day, got ${JSON.stringify({ month, day })}`);
  }
  const today = wallClockAt(now);
  const two = (value: number) => String(value).padStart(2, '0');
  const todayDate = `${today.year}-${two(today.month)}-${two(today.day)}`;
  const thisYear = `${today.year}-${two(month)}-${two(day)}`;
  return thisYear >= todayDate ? thisYear : `${today.year + 1}-${two(month)}-${two(day)}`;
}
