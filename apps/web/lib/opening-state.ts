/**
 * Whether a place is open at an instant, from its weekly opening hours in Europe/Rome, and when it
 * opens next. Pure, with no dependency, so the browser computes it too (components/open-now.tsx):
 * the state is right whenever the page is read, even from a cache or offline.
 */
export const ROME = 'Europe/Rome';
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Day = (typeof DAYS)[number];

export interface Slot {
  weekday: Day;
  /** "HH:mm" or "HH:mm:ss.SSS", as Strapi stores times. */
  opens: string;
  closes: string;
}

export type OpeningState =
  | { open: true; closes: string }
  | { open: false; next: { weekday: Day; opens: string; today: boolean; tomorrow: boolean } | null };

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};
export const hhmm = (time: string) => time.slice(0, 5);

/** Weekday and minutes since midnight on Rome's clocks at `instant`. */
export function romeClock(instant: Date): { day: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: ROME, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'));
  return { day, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

export function openingState(slots: readonly Slot[], instant: Date): OpeningState {
  const { day, minutes } = romeClock(instant);
  const valid = slots.filter((slot) => DAYS.includes(slot.weekday) && minutesOf(slot.closes) > minutesOf(slot.opens));
  const current = valid.find((slot) => DAYS.indexOf(slot.weekday) === day && minutesOf(slot.opens) <= minutes && minutes < minutesOf(slot.closes));
  if (current) return { open: true, closes: hhmm(current.closes) };
  // The next opening within a week, today's later slots first.
  for (let ahead = 0; ahead < 8; ahead += 1) {
    const weekday = DAYS[(day + ahead) % 7];
    const later = valid
      .filter((slot) => slot.weekday === weekday && (ahead > 0 || minutesOf(slot.opens) > minutes))
      .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))[0];
    if (later) return { open: false, next: { weekday, opens: hhmm(later.opens), today: ahead === 0, tomorrow: ahead === 1 } };
  }
  return { open: false, next: null };
}
