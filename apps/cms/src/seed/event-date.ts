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
