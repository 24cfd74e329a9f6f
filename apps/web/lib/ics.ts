import { AGENCY_TIME_ZONE, wallClockAt } from '@welfare/types';

/**
 * iCalendar (RFC 5545) files for the agency's events: one event to download, or a feed to
 * subscribe to. Times are written in Europe/Rome with its VTIMEZONE, UIDs are stable per event
 * (the CMS documentId), so calendar apps update an event instead of duplicating it.
 */
export interface CalendarEvent {
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  start: Date;
  end?: Date | null;
  lastModified: Date;
  language: string;
  /** An RFC 5545 RRULE value (without "RRULE:") when the event repeats, and the starts left out. */
  rrule?: string;
  exdates?: Date[];
}

export interface Calendar {
  name: string;
  language: string;
  events: CalendarEvent[];
}

const PRODUCT_ID = '-//Azienda Territoriale per i Servizi alla Persona//Portale Welfare Valle Camonica//IT';

// Central European rules since 1996: the zone Europe/Rome follows.
const ROME_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AGENCY_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Local wall-clock time in Rome as YYYYMMDDTHHMMSS. */
export function romeLocalTime(instant: Date): string {
  const clock = wallClockAt(instant);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${clock.year}${two(clock.month)}${two(clock.day)}T${two(clock.hour)}${two(clock.minute)}${two(clock.second)}`;
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const folded: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = folded.length === 0 ? 75 : 74;
    if (currentBytes + size > limit) {
      folded.push(current);
      current = '';
      currentBytes = 0;
    }
    current += character;
    currentBytes += size;
  }
  folded.push(current);
  return folded.join('\r\n ');
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
    `DTSTART;TZID=${AGENCY_TIME_ZONE}:${romeLocalTime(event.start)}`,
  ];
  if (event.end) lines.push(`DTEND;TZID=${AGENCY_TIME_ZONE}:${romeLocalTime(event.end)}`);
  if (event.rrule) {
    lines.push(`RRULE:${event.rrule}`);
    // One EXDATE per date left out, in the zone of DTSTART (RFC 5545 §3.8.5.1).
    for (const exdate of event.exdates ?? []) lines.push(`EXDATE;TZID=${AGENCY_TIME_ZONE}:${romeLocalTime(exdate)}`);
  }
  lines.push(`SUMMARY;LANGUAGE=${event.language}:${escapeText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION;LANGUAGE=${event.language}:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION;LANGUAGE=${event.language}:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  return lines;
}

export function toICalendar(calendar: Calendar, stamp: Date = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${AGENCY_TIME_ZONE}`,
    ...ROME_TIMEZONE,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export function eventUid(documentId: string): string {
  return `${documentId}@welfare.vallecamonica`;
}
