import type {
  ContactPoint,
  Course,
  DayOfWeek,
  Event as SchemaEvent,
  GovernmentOrganization,
  GovernmentService,
  OpeningHoursSpecification,
  Place as SchemaPlace,
  PostalAddress,
  Schedule,
  Thing,
  WebPage,
  WithContext,
} from 'schema-dts';
import {
  AGENCY_TIME_ZONE,
  contentType,
  exceptionStarts,
  type Closure,
  type ContactChannel,
  type EntryPageType,
  type Event,
  type LocaleCode,
  type Place,
  type PlaceRef,
} from '@welfare/types';
import type { EntryOf } from './cms/localized-entries';
import { isFreeAdmission } from './event-cost';
import { addDays, dayPeriods, romeClock, type DayException, type Slot } from './opening-state';
import { placeExceptions } from './place-calendar';
import { routes } from './routes';
import { absoluteUrl } from './site-url';

/**
 * schema.org structured data for search engines, of the type the registry names for each content
 * type, typed with schema-dts (the vocabulary as TypeScript types: a property a type does not have,
 * or a value of the wrong kind, does not compile; json-ld.test.ts also checks the output against
 * the vocabulary). Places state their address, coordinates, telephone and opening hours, with
 * the coming holidays and closures as special opening hours.
 */
export type JsonLd = WithContext<Thing>;

export interface JsonLdContext {
  /** The page's language (the URL's), which may differ from the entry's when it is a fallback. */
  locale: LocaleCode;
  /** The agency (global settings): its name, contacts, and the closures of every place. */
  agency: { name: string; contacts?: ContactChannel[]; closures?: Closure[] };
  /** The instant the page is rendered at: the special opening hours start from its day. */
  now: Date;
}

const SCHEMA_DAYS: Record<Slot['weekday'], DayOfWeek> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
};
/** How far ahead holidays and closures are stated (search engines read the page again well before). */
const SPECIAL_HOURS_DAYS = 31;
const hhmm = (time: string) => time.slice(0, 5);
const orUndefined = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

/** The first dialable number of a list of contacts, in E.164 when the CMS stored it. */
function telephone(contacts: ContactChannel[] | undefined): string | undefined {
  const phone = contacts?.find((contact) => contact.kind === 'phone' || contact.kind === 'mobile');
  return phone ? (phone.e164 ?? phone.value) : undefined;
}

/** The weekly hours open to everyone (hours by appointment only are not "open"). */
function weeklyHours(place: Place | PlaceRef): OpeningHoursSpecification[] {
  return (place.openingHours ?? [])
    .filter((slot) => slot.byAppointment !== true && slot.closes > slot.opens)
    .map((slot) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: SCHEMA_DAYS[slot.weekday],
      opens: hhmm(slot.opens),
      closes: hhmm(slot.closes),
    }));
}

/**
 * The days of the coming month that differ from the weekly hours, one specification per stretch of
 * the day's remaining hours, or opens = closes = 00:00 for a day closed all day (Google's reading).
 */
export function specialHours(slots: readonly Slot[], exceptions: readonly DayException[], now: Date): OpeningHoursSpecification[] {
  const today = romeClock(now).date;
  const last = addDays(today, SPECIAL_HOURS_DAYS);
  const dates = new Set<string>();
  for (const exception of exceptions) {
    for (let date = exception.from < today ? today : exception.from; date <= exception.to && date <= last; date = addDays(date, 1))
      dates.add(date);
  }
  return [...dates].sort().flatMap((date): OpeningHoursSpecification[] => {
    const open = dayPeriods(slots, exceptions, date).filter((period) => !period.byAppointment);
    const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const stretches =
      open.length > 0
        ? open.map((period) => ({ opens: time(period.opens), closes: time(period.closes) }))
        : [{ opens: '00:00', closes: '00:00' }];
    return stretches.map((stretch) => ({ '@type': 'OpeningHoursSpecification', validFrom: date, validThrough: date, ...stretch }));
  });
}

export function placeJsonLd(place: Place | PlaceRef, context: Pick<JsonLdContext, 'locale' | 'agency' | 'now'>): SchemaPlace {
  const slots: Slot[] = (place.openingHours ?? []).map(({ weekday, opens, closes, byAppointment }) => ({
    weekday,
    opens,
    closes,
    byAppointment,
  }));
  const exceptions =
    slots.length > 0 ? placeExceptions({ place: place.closures, agency: context.agency.closures }, context.locale, context.now) : [];
  const address: PostalAddress = {
    '@type': 'PostalAddress',
    streetAddress: place.address ?? undefined,
    postalCode: place.postalCode ?? undefined,
    addressLocality: place.municipality,
    addressRegion: 'BS',
    addressCountry: 'IT',
  };
  return {
    '@type': 'Place',
    name: place.name,
    address,
    geo:
      place.latitude != null && place.longitude != null
        ? { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude }
        : undefined,
    telephone: telephone(place.contacts),
    openingHoursSpecification: orUndefined(weeklyHours(place)),
    specialOpeningHoursSpecification: orUndefined(specialHours(slots, exceptions, context.now)),
  };
}

const agencyJsonLd = ({ name, contacts }: JsonLdContext['agency']): GovernmentOrganization => ({
  '@type': 'GovernmentOrganization',
  name,
  telephone: telephone(contacts),
});
const entryUrl = (type: EntryPageType, locale: LocaleCode, slug: string) => absoluteUrl(routes.entry(type, locale, slug));

const contactPoint = (contacts: ContactChannel[] | undefined): ContactPoint | undefined => {
  const number = telephone(contacts);
  return number ? { '@type': 'ContactPoint', telephone: number } : undefined;
};

const REPEAT_FREQUENCY = { daily: 'P{n}D', weekly: 'P{n}W', monthly: 'P{n}M' } as const;
const BY_DAY: Array<[keyof NonNullable<Event['recurrence']>, DayOfWeek]> = (Object.keys(SCHEMA_DAYS) as Slot['weekday'][]).map((day) => [
  day,
  SCHEMA_DAYS[day],
]);

/** A repeating event's schedule (schema.org Schedule: the same facts as the calendar file's RRULE). */
function eventSchedule(event: Event): Schedule | undefined {
  const { recurrence } = event;
  if (!recurrence) return undefined;
  const start = new Date(event.startsAt);
  const days = BY_DAY.filter(([day]) => recurrence[day] === true).map(([, schemaDay]) => schemaDay);
  const time = (instant: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: AGENCY_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return {
    '@type': 'Schedule',
    repeatFrequency: REPEAT_FREQUENCY[recurrence.frequency].replace('{n}', String(recurrence.interval ?? 1)),
    byDay: recurrence.frequency === 'weekly' && days.length > 0 ? days : undefined,
    startDate: romeClock(start).date,
    endDate: recurrence.until ?? undefined,
    repeatCount: recurrence.count ?? undefined,
    startTime: time(start),
    endTime: event.endsAt ? time(new Date(event.endsAt)) : undefined,
    exceptDate: orUndefined(exceptionStarts(recurrence, start).map((instant) => instant.toISOString())),
    scheduleTimezone: AGENCY_TIME_ZONE,
  };
}

/** What each entry type's structured data is, by the schema.org type the registry names for it. */
interface SchemaOf {
  service: GovernmentService;
  event: SchemaEvent;
  'school-workshop': Course;
  page: WebPage;
}

/** Each entry type's structured data, of the schema.org type the registry names for it. */
const BUILDERS: { [Name in EntryPageType]: (entry: EntryOf<Name>, context: JsonLdContext) => SchemaOf[Name] } = {
  service: (service, context) => {
    // Languages of mediation and the service's phone belong to its channels in schema.org (a
    // Service has neither); one channel per place, or one without a place.
    const availableLanguage = orUndefined(
      (service.mediationLanguages ?? []).map((language) => ({
        '@type': 'Language' as const,
        name: language.name,
        alternateName: language.isoCode,
      })),
    );
    const channel = { '@type': 'ServiceChannel' as const, servicePhone: contactPoint(service.contacts), availableLanguage };
    const places = service.places ?? [];
    return {
      '@type': 'GovernmentService',
      name: service.title,
      description: service.summary,
      url: entryUrl('service', context.locale, service.slug),
      // A service has no language or date of its own in schema.org: its page has.
      mainEntityOfPage: {
        '@type': 'WebPage',
        url: entryUrl('service', context.locale, service.slug),
        inLanguage: service.locale,
        dateModified: service.updatedAt,
      },
      serviceType: service.category?.name,
      provider: agencyJsonLd(context.agency),
      areaServed: { '@type': 'AdministrativeArea', name: 'Valle Camonica' },
      availableChannel:
        places.length > 0
          ? places.map((place) => ({ ...channel, serviceLocation: placeJsonLd(place, context) }))
          : channel.servicePhone || availableLanguage
            ? [channel]
            : undefined,
    };
  },
  event: (event, context) => ({
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: entryUrl('event', context.locale, event.slug),
    inLanguage: event.locale,
    mainEntityOfPage: {
      '@type': 'WebPage',
      url: entryUrl('event', context.locale, event.slug),
      inLanguage: event.locale,
      dateModified: event.updatedAt,
    },
    startDate: event.startsAt,
    endDate: event.endsAt ?? undefined,
    eventSchedule: eventSchedule(event),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: event.place ? placeJsonLd(event.place, context) : undefined,
    image: event.poster?.mime.startsWith('image/') ? absoluteUrl(event.poster.url) : undefined,
    organizer: event.organizer ? { '@type': 'Organization', name: event.organizer } : agencyJsonLd(context.agency),
    // Only what the cost says; left out (undefined) when it is not clear.
    isAccessibleForFree: isFreeAdmission(event.cost),
  }),
  'school-workshop': (workshop, context) => ({
    '@type': 'Course',
    name: workshop.title,
    description: workshop.summary,
    url: entryUrl('school-workshop', context.locale, workshop.slug),
    inLanguage: workshop.locale,
    dateModified: workshop.updatedAt,
    provider: agencyJsonLd(context.agency),
    educationalLevel: workshop.targetClasses,
  }),
  page: (page, context) => ({
    '@type': 'WebPage',
    name: page.title,
    description: page.summary ?? undefined,
    url: entryUrl('page', context.locale, page.slug),
    inLanguage: page.locale,
    dateModified: page.updatedAt,
    publisher: agencyJsonLd(context.agency),
  }),
};

/** An entry page's structured data: the registry's schema.org type, in the entry's language (its own or its page's). */
export function entryJsonLd<Name extends EntryPageType>(
  type: Name,
  entry: EntryOf<Name>,
  context: JsonLdContext,
): WithContext<SchemaOf[Name]> {
  const build = BUILDERS[type] as (entry: EntryOf<Name>, context: JsonLdContext) => SchemaOf[Name];
  const data = build(entry, context);
  const declared = contentType(type).schemaOrgType;
  if (typeof data === 'string' || data['@type'] !== declared)
    throw new Error(
      `The structured data of a ${type} is ${typeof data === 'string' ? 'a string' : data['@type']}, the registry says ${declared}`,
    );
  return { '@context': 'https://schema.org', ...data };
}

/** Serialised for a <script> element: `<` escaped so content can never close the element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
