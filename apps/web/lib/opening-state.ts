/**
 * Whether a place is open at an instant, from its weekly opening hours and the days that are not
 * like the others (public holidays, the agency's closures, days by appointment only), on Rome's
 * clocks, and when it opens next. Pure, with no dependency, so the browser computes it too
 * (components/open-now.tsx): the state is right whenever the page is read, even from a cache or
 * offline. The exceptions come from lib/place-calendar.ts (holidays from date-holidays, closures
 * from the CMS), already as dates.
 */
export const ROME = 'Europe/Rome';
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Day = (typeof DAYS)[number];

export interface Slot {
  weekday: Day;
  /** "HH:mm" or "HH:mm:ss.SSS", as Strapi stores times. */
  opens: string;
  closes: string;
  /** Open by appointment only in these hours. */
  byAppointment?: boolean | null;
}

export type ExceptionReason = 'publicHoliday' | 'localFeast' | 'agencyClosure' | 'strike' | 'weather' | 'works' | 'other';

/**
 * A day, or days (`from`–`to`, ISO dates on Rome's calendar, inclusive), when the weekly hours do
 * not hold: closed, or by appointment only, all day or from `fromTime` to `toTime` (either absent:
 * from the start, until the end of the day).
 */
export interface DayException {
  from: string;
  to: string;
  kind: 'closed' | 'byAppointment';
  fromTime?: string | null;
  toTime?: string | null;
  reason: ExceptionReason;
  /** The holiday's name, for public holidays. */
  name?: string;
  /** The language of `name` when it is not the page's (date-holidays falls back to Italian). */
  nameLang?: string;
}

/** One stretch of a day's hours, in minutes since midnight. */
export interface Period {
  opens: number;
  closes: number;
  byAppointment: boolean;
}

export interface NextOpening {
  date: string;
  weekday: Day;
  opens: string;
  today: boolean;
  tomorrow: boolean;
  /** Days from today (0 today, 1 tomorrow). */
  inDays: number;
}

export type OpeningState =
  | { open: true; closes: string }
  | {
      open: false;
      /** Now is in hours by appointment only, until then. */
      byAppointmentUntil?: string;
      /** Why today is not as the weekly hours say, when a closure covers now. */
      exception?: Pick<DayException, 'reason' | 'name' | 'nameLang'>;
      next: NextOpening | null;
    };

const DAY_END = 24 * 60;
const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};
export const hhmm = (time: string) => time.slice(0, 5);
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/*
 * Formatters are made once and kept: making one (the locale's data, the time zone's rules) is what
 * costs; in a phone's browser the first one of a page took 140–215 ms at Lighthouse's 4× CPU.
 */
let romeClockFormatter: Intl.DateTimeFormat | undefined;
const romeClockFormat = () =>
  (romeClockFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: ROME,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

/** The date labels' formatter per locale (the registry's few: bounded). */
const dateLabelFormatters = new Map<string, Intl.DateTimeFormat>();
function dateLabelFormat(locale: string): Intl.DateTimeFormat {
  let format = dateLabelFormatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    dateLabelFormatters.set(locale, format);
  }
  return format;
}

/** The date (YYYY-MM-DD), weekday (0 = Monday) and minutes since midnight on Rome's clocks at `instant`. */
export function romeClock(instant: Date): { date: string; day: number; minutes: number } {
  const parts = romeClockFormat().formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'));
  return { date: `${part('year')}-${part('month')}-${part('day')}`, day, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** The calendar date `days` after `date` (both YYYY-MM-DD): calendar arithmetic, no clock involved. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The weekday of a calendar date. */
export function weekdayOf(date: string): Day {
  const [year, month, day] = date.split('-').map(Number);
  return DAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7];
}

export const exceptionsOn = (exceptions: readonly DayException[], date: string) =>
  exceptions.filter((exception) => exception.from <= date && date <= exception.to);

/** Removes [start, end) from the periods; what is removed comes back by appointment when `byAppointment`. */
function apply(periods: Period[], start: number, end: number, byAppointment: boolean): Period[] {
  const result: Period[] = [];
  for (const period of periods) {
    const overlapStart = Math.max(period.opens, start);
    const overlapEnd = Math.min(period.closes, end);
    if (overlapStart >= overlapEnd) {
      result.push(period);
      continue;
    }
    if (period.opens < overlapStart) result.push({ ...period, closes: overlapStart });
    if (byAppointment) result.push({ ...period, opens: overlapStart, closes: overlapEnd, byAppointment: true });
    if (overlapEnd < period.closes) result.push({ ...period, opens: overlapEnd });
  }
  return result;
}

/** The hours of one date: the weekly slots of its weekday, less its closures, sorted. */
export function dayPeriods(slots: readonly Slot[], exceptions: readonly DayException[], date: string): Period[] {
  const weekday = weekdayOf(date);
  let periods: Period[] = slots
    .filter((slot) => slot.weekday === weekday && minutesOf(slot.closes) > minutesOf(slot.opens))
    .map((slot) => ({ opens: minutesOf(slot.opens), closes: minutesOf(slot.closes), byAppointment: slot.byAppointment === true }));
  for (const exception of exceptionsOn(exceptions, date)) {
    const start = exception.fromTime ? minutesOf(exception.fromTime) : 0;
    const end = exception.toTime ? minutesOf(exception.toTime) : DAY_END;
    if (end > start) periods = apply(periods, start, end, exception.kind === 'byAppointment');
  }
  return periods.sort((a, b) => a.opens - b.opens);
}

/** How far ahead the next opening is looked for: past a closure of a few weeks. */
export const LOOK_AHEAD_DAYS = 62;

export function openingState(slots: readonly Slot[], exceptions: readonly DayException[], instant: Date): OpeningState {
  const { date, minutes } = romeClock(instant);
  const today = dayPeriods(slots, exceptions, date);
  const current = today.find((period) => period.opens <= minutes && minutes < period.closes);
  if (current && !current.byAppointment) {
    // Back-to-back stretches (09:00–12:00, 12:00–13:00) are one opening.
    let closes = current.closes;
    for (const period of today) if (!period.byAppointment && period.opens === closes) closes = period.closes;
    return { open: true, closes: timeOf(closes) };
  }
  const covering = exceptionsOn(exceptions, date).find((exception) => {
    const start = exception.fromTime ? minutesOf(exception.fromTime) : 0;
    const end = exception.toTime ? minutesOf(exception.toTime) : DAY_END;
    return start <= minutes && minutes < end;
  });
  const exception = covering ? { reason: covering.reason, name: covering.name, nameLang: covering.nameLang } : undefined;
  const byAppointmentUntil = current?.byAppointment ? timeOf(current.closes) : undefined;
  for (let ahead = 0; ahead <= LOOK_AHEAD_DAYS; ahead += 1) {
    const day = addDays(date, ahead);
    const periods = ahead === 0 ? today.filter((period) => period.opens > minutes) : dayPeriods(slots, exceptions, day);
    const later = periods.find((period) => !period.byAppointment);
    if (later) {
      return {
        open: false,
        ...(byAppointmentUntil ? { byAppointmentUntil } : {}),
        ...(exception ? { exception } : {}),
        next: { date: day, weekday: weekdayOf(day), opens: timeOf(later.opens), today: ahead === 0, tomorrow: ahead === 1, inDays: ahead },
      };
    }
  }
  return { open: false, ...(byAppointmentUntil ? { byAppointmentUntil } : {}), ...(exception ? { exception } : {}), next: null };
}

/**
 * Until when (epoch ms) what `openingState` and `comingDays` say at `instant` stays true: the next
 * minute of today, on Rome's clocks, where a period or an exception starts or ends, else midnight.
 * A stretch that a clock change crosses (the night of a switch) is not vouched for: `instant`.
 */
export function unchangedUntil(slots: readonly Slot[], exceptions: readonly DayException[], instant: Date): number {
  const { date, minutes } = romeClock(instant);
  const boundaries = [
    ...dayPeriods(slots, exceptions, date).flatMap((period) => [period.opens, period.closes]),
    ...exceptionsOn(exceptions, date).flatMap((exception) => [
      exception.fromTime ? minutesOf(exception.fromTime) : 0,
      exception.toTime ? minutesOf(exception.toTime) : DAY_END,
    ]),
  ];
  const next = Math.min(DAY_END, ...boundaries.filter((boundary) => boundary > minutes));
  const startOfMinute = Math.floor(instant.getTime() / 60_000) * 60_000;
  const until = startOfMinute + (next - minutes) * 60_000;
  // The minute before, on Rome's clocks, is where wall-clock arithmetic says: no clock change between.
  const before = romeClock(new Date(until - 60_000));
  return before.date === date && before.minutes === next - 1 ? until : instant.getTime();
}

export interface CalendarDay {
  date: string;
  weekday: Day;
  periods: Array<{ opens: string; closes: string; byAppointment: boolean }>;
  /** The exceptions of the day, when it has any. */
  exceptions: DayException[];
}

/** The coming `count` days from `instant`'s date in Rome, each with its hours after holidays and closures. */
export function comingDays(slots: readonly Slot[], exceptions: readonly DayException[], instant: Date, count = 7): CalendarDay[] {
  const { date } = romeClock(instant);
  return Array.from({ length: count }, (_, index) => {
    const day = addDays(date, index);
    return {
      date: day,
      weekday: weekdayOf(day),
      periods: dayPeriods(slots, exceptions, day).map((period) => ({
        opens: timeOf(period.opens),
        closes: timeOf(period.closes),
        byAppointment: period.byAppointment,
      })),
      exceptions: exceptionsOn(exceptions, day),
    };
  });
}

/**
 * A calendar day (YYYY-MM-DD, a date on Rome's calendar) as its weekday and date in `locale`. Here,
 * not in the client component that shows it, so that the server can call it too.
 */
export function dateLabel(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return dateLabelFormat(locale).format(new Date(Date.UTC(year, month - 1, day)));
}

/** What the server rendered: the state and the coming days, with dates already written in the page's language. */
export interface RenderedHours {
  state: OpeningState;
  days: Array<CalendarDay & { label: string }>;
  /** When (epoch ms) they were computed, and until when they hold (`unchangedUntil`). */
  renderedAt: number;
  unchangedUntil: number;
}

/** The hours as the server renders them at `instant` for a page in `locale`. */
export function renderedHours(slots: readonly Slot[], exceptions: readonly DayException[], instant: Date, locale: string): RenderedHours {
  return {
    state: openingState(slots, exceptions, instant),
    days: comingDays(slots, exceptions, instant).map((day) => ({ ...day, label: dateLabel(day.date, locale) })),
    renderedAt: instant.getTime(),
    unchangedUntil: unchangedUntil(slots, exceptions, instant),
  };
}
