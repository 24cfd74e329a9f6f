/** The agency's time zone: every date and time of the content means wall-clock time here. */
export const AGENCY_TIME_ZONE = 'Europe/Rome';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What the clocks of `timeZone` show at `instant`. */
export function wallClockAt(instant: Date, timeZone: string = AGENCY_TIME_ZONE): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

function offsetMinutesAt(instant: Date, timeZone: string): number {
  const clock = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/**
 * The instant at which the clocks of `timeZone` show `wallClock` ("YYYY-MM-DDTHH:mm"),
 * e.g. "2026-06-18T17:30" in Europe/Rome is 15:30 UTC (summer time).
 */
export function wallClockToUtc(wallClock: string, timeZone: string = AGENCY_TIME_ZONE): Date {
  const match = WALL_CLOCK.exec(wallClock);
  if (!match) throw new Error(`Expected a local time as YYYY-MM-DDTHH:mm, got "${wallClock}"`);
  const [, year, month, day, hour, minute] = match.map(Number);
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset even next to a daylight-saving change.
  let instant = new Date(naive - offsetMinutesAt(new Date(naive), timeZone) * 60000);
  instant = new Date(naive - offsetMinutesAt(instant, timeZone) * 60000);
  return instant;
}
