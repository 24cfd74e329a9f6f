/**
 * The public content API's response shapes (Strapi 5 REST: flat entries with `id`, `documentId`,
 * `locale` and fields), as zod schemas: the portal validates every CMS response with them, and the
 * TypeScript types are inferred from them. Field names match apps/cms/src/api/<type>/content-types.
 * Relations and components are optional: they are present only when the request populates them.
 */
import { z } from 'zod';
import { LOCALE_CODES, type LocaleCode } from './locales';
import { ImageFormatsSchema, RichTextSchema } from './rich-text';

export * from './rich-text';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const localeCode = z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]);
const nullableString = z.string().nullable();

// ---- Shared parts
/**
 * Set on an entry whose text was drafted by machine translation and not yet reviewed by staff
 * (the CMS's `machineTranslation` field, apps/cms/src/machine-translation); null otherwise.
 */
export const MachineTranslationFlagSchema = z.object({ provider: z.string(), translatedAt: z.string() });
export type MachineTranslationFlag = z.infer<typeof MachineTranslationFlagSchema>;

const entryFields = {
  id: z.number(),
  documentId: z.string(),
  locale: localeCode,
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: nullableString,
  machineTranslation: MachineTranslationFlagSchema.nullable().optional(),
};

/** The other languages of an entry (`populate[localizations][fields]=slug,locale`). */
export const LocalizationSchema = z.object({ documentId: z.string(), locale: localeCode, slug: z.string().optional() });
export type Localization = z.infer<typeof LocalizationSchema>;
const localizations = { localizations: z.array(LocalizationSchema).optional() };

export const ContactChannelSchema = z.object({
  id: z.number(),
  kind: z.enum(['phone', 'mobile', 'whatsapp', 'email']),
  /** As staff typed it, for display ("0364 22693"). */
  value: z.string(),
  /** A phone, mobile or WhatsApp number in E.164 ("+3936422693"), set by the CMS on save; null for e-mail. */
  e164: nullableString.optional(),
  person: nullableString.optional(),
});
export type ContactChannel = z.infer<typeof ContactChannelSchema>;
export type ContactKind = ContactChannel['kind'];

export const OpeningHoursSchema = z.object({ id: z.number(), weekday: z.enum(WEEKDAYS), opens: z.string(), closes: z.string() });
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;
/** A weekly slot of a place: by appointment only when staff say so. */
export const PlaceHoursSchema = OpeningHoursSchema.extend({ byAppointment: z.boolean().nullable().optional() });
export type PlaceHours = z.infer<typeof PlaceHoursSchema>;

/** Why a place is closed (or by appointment only) on a day: shown in the visitor's language. */
export const CLOSURE_REASONS = ['publicHoliday', 'localFeast', 'agencyClosure', 'strike', 'weather', 'works', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
/**
 * A day or a range of days (dates in Europe/Rome, `endDate` inclusive) when a place, or every place
 * of the agency (global settings), is closed or by appointment only: all day, or between
 * `fromTime` and `toTime` (either may be empty: from the start, until the end of the day).
 */
export const ClosureSchema = z.object({
  id: z.number(),
  startDate: z.string(),
  endDate: nullableString.optional(),
  kind: z.enum(['closed', 'byAppointment']),
  fromTime: nullableString.optional(),
  toTime: nullableString.optional(),
  reason: z.enum(CLOSURE_REASONS),
});
export type Closure = z.infer<typeof ClosureSchema>;

export const MediaFileSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  name: z.string(),
  alternativeText: nullableString,
  url: z.string(),
  mime: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  size: z.number(),
  /** Smaller copies Strapi made of an image (absent for PDFs and small images). */
  formats: ImageFormatsSchema.optional(),
});
export type MediaFile = z.infer<typeof MediaFileSchema>;

// ---- Content types
export const CategorySchema = z.object({
  ...entryFields,
  ...localizations,
  name: z.string(),
  slug: z.string(),
  description: nullableString,
});
export type Category = z.infer<typeof CategorySchema>;

export const LanguageSchema = z.object({ ...entryFields, name: z.string(), isoCode: z.string(), nativeName: nullableString });
export type Language = z.infer<typeof LanguageSchema>;

export const PlaceSchema = z.object({
  ...entryFields,
  ...localizations,
  name: z.string(),
  slug: z.string(),
  description: nullableString,
  address: z.string(),
  postalCode: nullableString,
  municipality: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  accessConditions: nullableString,
  openingHours: z.array(PlaceHoursSchema).optional(),
  closures: z.array(ClosureSchema).optional(),
  contacts: z.array(ContactChannelSchema).optional(),
});
export type Place = z.infer<typeof PlaceSchema>;

// Relations populated with `fields` carry only `id`, `documentId` and those fields.
export const CategoryRefSchema = CategorySchema.pick({ id: true, documentId: true, name: true, slug: true });
export const LanguageRefSchema = LanguageSchema.pick({ id: true, documentId: true, name: true, isoCode: true, nativeName: true });
export const PlaceRefSchema = PlaceSchema.partial().required({ id: true, documentId: true, name: true, municipality: true });
export type CategoryRef = z.infer<typeof CategoryRefSchema>;
export type LanguageRef = z.infer<typeof LanguageRefSchema>;
export type PlaceRef = z.infer<typeof PlaceRefSchema>;

export const PresenceSchema = OpeningHoursSchema.extend({ place: PlaceRefSchema.nullable().optional() });
export type Presence = z.infer<typeof PresenceSchema>;

const serviceFields = {
  ...entryFields,
  ...localizations,
  title: z.string(),
  slug: z.string(),
  serviceStatus: z.enum(['active', 'suspended', 'closed']),
  serviceStatusReason: nullableString,
  summary: z.string(),
  audience: RichTextSchema,
  howTo: RichTextSchema,
  requirements: RichTextSchema.nullable(),
  outcome: RichTextSchema.nullable(),
  timing: RichTextSchema.nullable(),
  costs: RichTextSchema.nullable(),
  access: RichTextSchema.nullable(),
  conditions: RichTextSchema.nullable(),
  contactOffice: nullableString,
  category: CategoryRefSchema.nullable().optional(),
  topics: z.array(CategoryRefSchema).optional(),
  places: z.array(PlaceSchema).optional(),
  mediationLanguages: z.array(LanguageRefSchema).optional(),
  contacts: z.array(ContactChannelSchema).optional(),
};

export const ServiceRefSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  serviceStatus: serviceFields.serviceStatus,
  serviceStatusReason: nullableString,
  contactOffice: nullableString,
  contacts: z.array(ContactChannelSchema).optional(),
});
export type ServiceRef = z.infer<typeof ServiceRefSchema>;

export const MediatorSchema = z.object({
  ...entryFields,
  ...localizations,
  displayName: z.string(),
  slug: z.string(),
  bio: nullableString,
  languages: z.array(LanguageRefSchema).optional(),
  services: z.array(ServiceRefSchema).optional(),
  availability: z.array(PresenceSchema).optional(),
});
export type Mediator = z.infer<typeof MediatorSchema>;

export const MediatorRefSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  displayName: z.string(),
  slug: z.string(),
  languages: z.array(LanguageRefSchema).optional(),
});
export type MediatorRef = z.infer<typeof MediatorRefSchema>;

export const ServiceSchema = z.object({ ...serviceFields, mediators: z.array(MediatorRefSchema).optional() });
export type Service = z.infer<typeof ServiceSchema>;
export type ServiceStatus = Service['serviceStatus'];

export const SchoolWorkshopSchema = z.object({
  ...entryFields,
  ...localizations,
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  description: RichTextSchema,
  topics: RichTextSchema.nullable(),
  targetClasses: z.string(),
  schools: nullableString,
  schoolYear: z.string(),
  sessionCount: z.number(),
  sessionMinutes: z.number(),
  booking: RichTextSchema,
  contacts: z.array(ContactChannelSchema).optional(),
});
export type SchoolWorkshop = z.infer<typeof SchoolWorkshopSchema>;

export const RECURRENCE_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];
export const MONTHLY_POSITIONS = ['sameDay', 'first', 'second', 'third', 'fourth', 'last'] as const;
export type MonthlyPosition = (typeof MONTHLY_POSITIONS)[number];
const dayFlag = z.boolean().nullable().optional();
/** How an event repeats (the admin's structured form of an RFC 5545 rule: see recurrence.ts). */
export const RecurrenceSchema = z.object({
  id: z.number(),
  frequency: z.enum(RECURRENCE_FREQUENCIES),
  interval: z.number().nullable().optional(),
  monday: dayFlag,
  tuesday: dayFlag,
  wednesday: dayFlag,
  thursday: dayFlag,
  friday: dayFlag,
  saturday: dayFlag,
  sunday: dayFlag,
  monthlyPosition: z.enum(MONTHLY_POSITIONS).nullable().optional(),
  until: nullableString.optional(),
  count: z.number().nullable().optional(),
  exceptions: z
    .array(z.object({ id: z.number(), date: z.string() }))
    .nullable()
    .optional(),
});
export type RecurrenceData = z.infer<typeof RecurrenceSchema>;

export const EventSchema = z.object({
  ...entryFields,
  ...localizations,
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  description: RichTextSchema.nullable(),
  startsAt: z.string(),
  endsAt: nullableString,
  audience: nullableString,
  cost: nullableString,
  registration: RichTextSchema.nullable(),
  organizer: nullableString,
  /** How the event repeats, if it does; `seriesEndsAt`: when its last date ends (set by the CMS). */
  recurrence: RecurrenceSchema.nullable().optional(),
  seriesEndsAt: nullableString.optional(),
  place: PlaceRefSchema.nullable().optional(),
  poster: MediaFileSchema.nullable().optional(),
  contacts: z.array(ContactChannelSchema).optional(),
});
export type Event = z.infer<typeof EventSchema>;

export const PageSchema = z.object({
  ...entryFields,
  ...localizations,
  title: z.string(),
  slug: z.string(),
  summary: nullableString,
  body: RichTextSchema,
  contacts: z.array(ContactChannelSchema).optional(),
});
export type Page = z.infer<typeof PageSchema>;

/** How urgent a notice is: said in words and by an icon on the portal, never by colour alone. */
export const NOTICE_SEVERITIES = ['info', 'warning', 'urgent'] as const;
export type NoticeSeverity = (typeof NOTICE_SEVERITIES)[number];

/**
 * A notice ("Avviso", Modello Comuni): in force from `startsAt` until `endsAt` (none: until
 * unpublished), on the whole site or on the services, places and events it concerns.
 */
export const NoticeSchema = z.object({
  ...entryFields,
  ...localizations,
  title: z.string(),
  summary: z.string(),
  severity: z.enum(NOTICE_SEVERITIES),
  startsAt: z.string(),
  endsAt: nullableString,
  wholeSite: z.boolean().nullable(),
  /** When asked for (the calendar feeds): the events and places it concerns. */
  events: z.array(z.object({ documentId: z.string() })).optional(),
  places: z.array(z.object({ documentId: z.string() })).optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const GlobalSettingsSchema = z.object({
  ...entryFields,
  siteName: z.string(),
  agencyName: z.string(),
  tagline: nullableString,
  address: z.string(),
  urgentContacts: nullableString,
  fundingNotice: z.string(),
  contacts: z.array(ContactChannelSchema).optional(),
  /** Closures of every place of the agency (its own holidays, a strike…). */
  closures: z.array(ClosureSchema).optional(),
  footerPages: z.array(PageSchema.pick({ id: true, documentId: true, title: true, slug: true })).optional(),
  /** The accessibility statement published on AGID's form site (https://form.agid.gov.it/…). */
  accessibilityStatementUrl: nullableString.optional(),
  /** Where citizens report an accessibility problem (the statement's "feedback mechanism"). */
  accessibilityContactEmail: nullableString.optional(),
});
export type GlobalSettings = z.infer<typeof GlobalSettingsSchema>;

// ---- Envelopes
export const PaginationSchema = z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number(), total: z.number() });

export type Pagination = z.infer<typeof PaginationSchema>;
export interface ListResponse<T> {
  data: T[];
  meta: { pagination: Pagination };
}
export interface SingleResponse<T> {
  data: T;
}

// Typed by their output, not by the schema's type: keeps type checking of the callers fast.
export function listResponseSchema<T>(entry: z.ZodType<T>): z.ZodType<ListResponse<T>> {
  return z.object({ data: z.array(entry), meta: z.object({ pagination: PaginationSchema }) });
}
export function singleResponseSchema<T>(entry: z.ZodType<T>): z.ZodType<SingleResponse<T>> {
  return z.object({ data: entry });
}

/** Each content type's entry as the REST API returns it: the schema the portal validates with. */
export interface EntryTypes {
  service: Service;
  mediator: Mediator;
  'school-workshop': SchoolWorkshop;
  event: Event;
  page: Page;
  category: Category;
  place: Place;
  language: Language;
  notice: Notice;
  global: GlobalSettings;
}

export const ENTRY_SCHEMAS: { [Name in keyof EntryTypes]: z.ZodType<EntryTypes[Name]> } = {
  service: ServiceSchema,
  mediator: MediatorSchema,
  'school-workshop': SchoolWorkshopSchema,
  event: EventSchema,
  page: PageSchema,
  category: CategorySchema,
  place: PlaceSchema,
  language: LanguageSchema,
  notice: NoticeSchema,
  global: GlobalSettingsSchema,
};
