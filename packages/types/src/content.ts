/**
 * The shape of the public content API's responses (Strapi 5 REST: flat entries with
 * `id`, `documentId`, `locale` and fields). Field names match apps/cms/src/api/<type>/content-types.
 */
import type { LocaleCode } from './locales';

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export type ContactKind = 'phone' | 'mobile' | 'whatsapp' | 'email';

/** Strapi "blocks" rich text, reduced to the nodes editors can make. */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;
export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}
export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItemNode[] }
  | { type: 'quote'; children: InlineNode[] };
export type RichText = BlockNode[];

interface Entry {
  id: number;
  documentId: string;
  locale: LocaleCode;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface ContactChannel {
  id: number;
  kind: ContactKind;
  value: string;
  person: string | null;
}

export interface OpeningHours {
  id: number;
  weekday: Weekday;
  opens: string;
  closes: string;
}

export interface MediaFile {
  id: number;
  documentId: string;
  name: string;
  alternativeText: string | null;
  url: string;
  mime: string;
  width: number | null;
  height: number | null;
  size: number;
}

export interface Category extends Entry {
  name: string;
  slug: string;
  description: string | null;
}

export interface Place extends Entry {
  name: string;
  slug: string;
  description: string | null;
  address: string;
  postalCode: string | null;
  municipality: string;
  latitude: number | null;
  longitude: number | null;
  accessConditions: string | null;
  openingHours?: OpeningHours[];
  contacts?: ContactChannel[];
}

export interface Language extends Entry {
  name: string;
  isoCode: string;
  nativeName: string | null;
}

export type ServiceStatus = 'active' | 'suspended' | 'closed';

export interface Service extends Entry {
  title: string;
  slug: string;
  serviceStatus: ServiceStatus;
  serviceStatusReason: string | null;
  summary: string;
  audience: RichText;
  howTo: RichText;
  requirements: RichText | null;
  outcome: RichText | null;
  timing: RichText | null;
  costs: RichText | null;
  access: RichText | null;
  conditions: RichText | null;
  contactOffice: string | null;
  category?: Category | null;
  topics?: Category[];
  places?: Place[];
  mediationLanguages?: Language[];
  contacts?: ContactChannel[];
  mediators?: Mediator[];
}

export interface Presence extends OpeningHours {
  place?: Place | null;
}

export interface Mediator extends Entry {
  displayName: string;
  slug: string;
  bio: string | null;
  languages?: Language[];
  services?: Service[];
  availability?: Presence[];
}

export interface SchoolWorkshop extends Entry {
  title: string;
  slug: string;
  summary: string;
  description: RichText;
  topics: RichText | null;
  targetClasses: string;
  schools: string | null;
  schoolYear: string;
  sessionCount: number;
  sessionMinutes: number;
  booking: RichText;
  contacts?: ContactChannel[];
}

export interface Event extends Entry {
  title: string;
  slug: string;
  summary: string;
  description: RichText | null;
  startsAt: string;
  endsAt: string | null;
  audience: string | null;
  cost: string | null;
  registration: RichText | null;
  organizer: string | null;
  place?: Place | null;
  poster?: MediaFile | null;
  contacts?: ContactChannel[];
}

export interface Page extends Entry {
  title: string;
  slug: string;
  summary: string | null;
  body: RichText;
  contacts?: ContactChannel[];
}

export interface GlobalSettings extends Entry {
  siteName: string;
  agencyName: string;
  tagline: string | null;
  address: string;
  urgentContacts: string | null;
  fundingNotice: string;
  contacts?: ContactChannel[];
  footerPages?: Page[];
}

/** The REST API's plural names: the partner API's URL paths, `/api/<plural>`. */
export const COLLECTION_PATHS = {
  category: 'categories',
  place: 'places',
  language: 'languages',
  service: 'services',
  mediator: 'mediators',
  'school-workshop': 'school-workshops',
  event: 'events',
  page: 'pages',
} as const;

export type CollectionType = keyof typeof COLLECTION_PATHS;
