import fs from 'node:fs';
import path from 'node:path';
import { LOCALE_CODES, type LocaleCode } from '@welfare/types/locales';
import type { ContactKind, Weekday } from '@welfare/types/schemas';

/** Reads the demo content: language-neutral structure (entries.json) and one text file per locale. */

export interface ContactFixture {
  kind: ContactKind;
  value: string;
  person?: string;
}
interface HoursFixture {
  weekday: Weekday;
  opens: string;
  closes: string;
}
/**
 * When a demo event takes place: so many days after (`inDays`) or before (`daysAgo`) the day the
 * seed runs, at a wall-clock time in Europe/Rome (`at`, "HH:mm"). The seed fixes the date when it
 * creates the event, so a fresh install on any day shows upcoming and past events.
 */
export type EventDate = { inDays: number; at: string } | { daysAgo: number; at: string };
/** A repetition of a demo event (the admin's fields; the until date, if any, is set from the start by the seed). */
export interface RecurrenceFixture {
  frequency: 'daily' | 'weekly' | 'monthly';
  interval?: number;
  count: number;
}
/** A closure of the demo content, on the next such day of the year from the day the seed runs. */
export interface ClosureFixture {
  month: number;
  day: number;
  kind: 'closed' | 'byAppointment';
  fromTime?: string;
  toTime?: string;
  reason: 'publicHoliday' | 'localFeast' | 'agencyClosure' | 'strike' | 'weather' | 'works' | 'other';
}

/** The fixture groups, named by the registry's `seedGroup` of each type. */
export interface StructureFixtures {
  categories: Array<{ key: string }>;
  languages: Array<{ key: string; isoCode: string; nativeName: string }>;
  places: Array<{
    key: string;
    address: string;
    postalCode: string;
    municipality: string;
    latitude: number;
    longitude: number;
    openingHours: HoursFixture[];
    contacts: ContactFixture[];
  }>;
  services: Array<{
    key: string;
    category: string;
    topics: string[];
    serviceStatus: string;
    places: string[];
    mediationLanguages: string[];
    contacts: ContactFixture[];
  }>;
  mediators: Array<{
    key: string;
    displayName: string;
    languages: string[];
    services: string[];
    availability: Array<HoursFixture & { place: string }>;
  }>;
  'school-workshops': Array<{ key: string; schoolYear: string; sessionCount: number; sessionMinutes: number; contacts: ContactFixture[] }>;
  events: Array<{
    key: string;
    startsAt: EventDate;
    endsAt: EventDate;
    recurrence?: RecurrenceFixture;
    place: string;
    contacts: ContactFixture[];
  }>;
  pages: Array<{ key: string; contacts: ContactFixture[] }>;
  /** Demo notices: in force from `startsAt` to `endsAt`, dated like events from the day the seed runs. */
  notices: Array<{
    key: string;
    severity: 'info' | 'warning' | 'urgent';
    startsAt: EventDate;
    endsAt: EventDate;
    wholeSite?: boolean;
    services?: string[];
    places?: string[];
    events?: string[];
  }>;
  global: {
    address: string;
    contacts: ContactFixture[];
    closures?: ClosureFixture[];
    footerPages: string[];
    accessibilityStatementUrl?: string;
    accessibilityContactEmail?: string;
  };
}

export type CollectionGroup = Exclude<keyof StructureFixtures, 'global'>;
export type TextFields = Record<string, string>;
export type LocaleText = Partial<Record<CollectionGroup, Record<string, TextFields>>> & { global?: TextFields };

export interface Fixtures {
  structure: StructureFixtures;
  text: Partial<Record<LocaleCode, LocaleText>>;
  postersDir: string;
}

export function defaultFixturesDir(appRoot: string): string {
  return path.join(appRoot, 'seed');
}

export function readFixtures(seedDir: string): Fixtures {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(seedDir, 'fixtures', file), 'utf8'));
  const text: Fixtures['text'] = {};
  for (const locale of LOCALE_CODES) {
    const file = path.join(seedDir, 'fixtures', 'text', `${locale}.json`);
    if (fs.existsSync(file)) text[locale] = read(path.join('text', `${locale}.json`));
  }
  return { structure: read('entries.json'), text, postersDir: path.join(seedDir, 'posters') };
}
