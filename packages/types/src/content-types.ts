/**
 * The content-type registry: every fact about each content type that more than one place needs,
 * stated once. The CMS (permissions, preview, query policy, OpenAPI, seed, notices), the portal
 * (data access, routes, sitemap, cache tags, search, structured data) and the tests and
 * benchmarks derive from it; `content-types.test.ts` and the CMS's registry test check it against
 * the Strapi schemas and the portal's pages, so a type or field missing somewhere fails.
 *
 * One name per type: the key, which is Strapi's singular name (`api::<name>.<name>`).
 */
import type { EntryTypes } from './content';

/**
 * Strapi's REST parameters as a value tree (`populate[place][fields][0]=name`), the shape the
 * `qs` library produces. Populate shapes are written in it.
 */
export type QueryValue = string | number | boolean | undefined | QueryValue[] | { [key: string]: QueryValue };
export type PopulateShape = Record<string, QueryValue>;

/** Labels staff and citizens read for a type, in the admin's two languages. */
export interface TypeLabels {
  it: { one: string; other: string };
  en: { one: string; other: string };
}

export interface ContentTypeFacts<Name extends string = string> {
  name: Name;
  /** Strapi's uid. */
  uid: `api::${Name}.${Name}`;
  kind: 'collectionType' | 'singleType';
  /** Strapi's plural name: the REST path `/api/<pluralName>` of a collection type. */
  pluralName: string;
  /** The REST path under `/api`: `/<pluralName>` for collections, `/<name>` for a single type. */
  restPath: `/${string}`;
  /** Whether it has a URL-safe `slug` per language. */
  hasSlug: boolean;
  /** Translated per language (Strapi's i18n), with the Italian fallback on the portal. */
  localized: boolean;
  /** Drafts and a published version (Strapi's draft & publish): only the published one leaves the CMS. */
  draftAndPublish: boolean;
  /** The field that names an entry (cards, search results, admin list views). */
  titleField: string;
  /** The short text shown under the title (cards, search snippets, meta descriptions). */
  summaryField: string | null;
  /** Localized plain-text fields, in the order a reader meets them. */
  textFields: readonly string[];
  /** Localized rich-text (Strapi blocks) fields, in page order. */
  richTextFields: readonly string[];
  /**
   * Relations: attribute → target type (the names of this registry). A relation inside a
   * component is named by its path, e.g. `availability.place`.
   */
  relations: Readonly<Record<string, string>>;
  /**
   * The portal's pages for the type: the path segment of its pages, whether it has a list page
   * (`/<locale>/<segment>`) and whether each entry has its own page (`/<locale>/<segment>/<slug>`);
   * the filters its list offers, as path segments (`/<locale>/<segment>/language/ar`), so a
   * filtered list is a cached page like any other, each with the attribute path its value matches
   * in the CMS; the views of its list (`lists`), each with its address, order and time window.
   */
  portal: {
    segment: string | null;
    listPage: boolean;
    entryPages: boolean;
    filters?: ListFilterQueries;
    /** The views of its list page, by name; required with `listPage` (a test holds them together). */
    lists?: Readonly<Record<string, ListView>>;
    /** Entries per page of its list when its cards are heavier than most (LIST_PAGE_SIZE otherwise). */
    pageSize?: number;
  };
  /** Which portal page shows a draft in preview: the entry's page, the type's list, the home page, or none. */
  preview: 'entry' | 'list' | 'home' | null;
  /** Listed in the sitemap (one URL per entry and language). */
  sitemap: boolean;
  /** Searchable on the portal. */
  searchable: boolean;
  /** The schema.org type of an entry's structured data, when schema.org has one. */
  schemaOrgType: string | null;
  /** What the portal asks the CMS to populate for a card in a list and for the entry's own page. */
  populate: { card: PopulateShape; detail: PopulateShape };
  /** The group of the demo fixtures (apps/cms/seed/fixtures) that holds this type's entries. */
  seedGroup: string;
  labels: TypeLabels;
}

/**
 * What each filter of a list matches in the CMS: the attribute path (`relation.field`) its value
 * (a documentId, an ISO code) is compared to, e.g. `category.documentId` →
 * `filters[category][documentId][$eq]=<value>`. Filters are language-neutral, so the Italian
 * fallback of a list selects the same entries in every language.
 */
export type ListFilterQueries = Partial<Record<ListFilterName, `${string}.${string}`>>;

/**
 * One view of a type's list page: its address under the list's (`''` the list itself, `archive`
 * → `/<locale>/<segment>/archive`, each with `/page/<n>` and the type's filters), its order
 * (Strapi's `field:asc|desc`; documentId breaks ties) and, for views bounded in time, the
 * entries it shows at an instant (an ISO date rounded to the minute).
 */
export interface ListView {
  path: string;
  sort: readonly string[];
  window?: (now: string) => Record<string, QueryValue>;
}

const localizations = { fields: ['slug', 'locale'] };
const nameAndSlug = { fields: ['name', 'slug'] };
const spokenLanguage = { fields: ['name', 'isoCode', 'nativeName'] };
const placeWithHours = { populate: { openingHours: true, closures: true, contacts: true } };
const eventRecurrence = { populate: { exceptions: true } };

type PortalFacts = ContentTypeFacts['portal'];
type PreviewTarget = ContentTypeFacts['preview'];

/**
 * A type's facts, keeping as literal types what the type system derives from (its name, kind,
 * pages, preview, search): `EntryPageType`, `ListPageType` and the rest follow from them.
 */
type Facts<Name extends string, Kind, Portal, Preview, Searchable> = ContentTypeFacts<Name> & {
  kind: Kind;
  portal: Portal;
  preview: Preview;
  searchable: Searchable;
};

type Declared<Name extends string, Portal, Preview, Searchable> = Omit<
  ContentTypeFacts<Name>,
  'uid' | 'kind' | 'restPath' | 'portal' | 'preview' | 'searchable' | 'localized' | 'draftAndPublish'
> & {
  /** Every content type is localized and has drafts unless it says otherwise. */
  localized?: boolean;
  draftAndPublish?: boolean;
  portal: Portal;
  preview: Preview;
  searchable: Searchable;
};

function collection<
  const Name extends string,
  const Portal extends PortalFacts,
  const Preview extends PreviewTarget,
  const Searchable extends boolean,
>(facts: Declared<Name, Portal, Preview, Searchable>): Facts<Name, 'collectionType', Portal, Preview, Searchable> {
  return {
    localized: true,
    draftAndPublish: true,
    ...facts,
    uid: `api::${facts.name}.${facts.name}`,
    kind: 'collectionType',
    restPath: `/${facts.pluralName}`,
  };
}

function singleType<
  const Name extends string,
  const Portal extends PortalFacts,
  const Preview extends PreviewTarget,
  const Searchable extends boolean,
>(facts: Declared<Name, Portal, Preview, Searchable>): Facts<Name, 'singleType', Portal, Preview, Searchable> {
  return {
    localized: true,
    draftAndPublish: true,
    ...facts,
    uid: `api::${facts.name}.${facts.name}`,
    kind: 'singleType',
    restPath: `/${facts.name}`,
  };
}

export const CONTENT_TYPE_REGISTRY = {
  service: collection({
    name: 'service',
    pluralName: 'services',
    hasSlug: true,
    titleField: 'title',
    summaryField: 'summary',
    textFields: ['title', 'serviceStatusReason', 'summary', 'contactOffice'],
    richTextFields: ['audience', 'howTo', 'requirements', 'outcome', 'timing', 'costs', 'access', 'conditions'],
    relations: { category: 'category', topics: 'category', places: 'place', mediationLanguages: 'language', mediators: 'mediator' },
    portal: {
      segment: 'services',
      listPage: true,
      entryPages: true,
      filters: { category: 'category.documentId', language: 'mediationLanguages.isoCode' },
      lists: { all: { path: '', sort: ['title:asc'] } },
    },
    preview: 'entry',
    sitemap: true,
    searchable: true,
    schemaOrgType: 'GovernmentService',
    populate: {
      card: { category: nameAndSlug, mediationLanguages: spokenLanguage },
      detail: {
        category: nameAndSlug,
        topics: nameAndSlug,
        places: placeWithHours,
        mediationLanguages: spokenLanguage,
        contacts: true,
        mediators: { fields: ['displayName', 'slug'], populate: { languages: spokenLanguage } },
        localizations,
      },
    },
    seedGroup: 'services',
    labels: { it: { one: 'Servizio', other: 'Servizi' }, en: { one: 'Service', other: 'Services' } },
  }),
  mediator: collection({
    name: 'mediator',
    pluralName: 'mediators',
    hasSlug: true,
    titleField: 'displayName',
    summaryField: 'bio',
    textFields: ['displayName', 'bio'],
    richTextFields: [],
    relations: { languages: 'language', services: 'service', 'availability.place': 'place' },
    // A mediator's card carries presence, services and contacts: 12 keep a page under 100 kB of HTML.
    portal: {
      segment: 'mediators',
      listPage: true,
      entryPages: false,
      filters: { language: 'languages.isoCode' },
      lists: { all: { path: '', sort: ['displayName:asc'] } },
      pageSize: 12,
    },
    preview: 'list',
    sitemap: false,
    searchable: true,
    schemaOrgType: null,
    populate: {
      card: {
        languages: spokenLanguage,
        services: {
          fields: ['title', 'slug', 'summary', 'serviceStatus', 'serviceStatusReason', 'contactOffice'],
          populate: { contacts: true },
        },
        availability: { populate: { place: { fields: ['name', 'slug', 'address', 'municipality'] } } },
      },
      detail: {},
    },
    seedGroup: 'mediators',
    labels: {
      it: { one: 'Mediatore linguistico-culturale', other: 'Mediatori linguistico-culturali' },
      en: { one: 'Cultural mediator', other: 'Cultural mediators' },
    },
  }),
  'school-workshop': collection({
    name: 'school-workshop',
    pluralName: 'school-workshops',
    hasSlug: true,
    titleField: 'title',
    summaryField: 'summary',
    textFields: ['title', 'summary', 'targetClasses', 'schools', 'schoolYear'],
    richTextFields: ['description', 'topics', 'booking'],
    relations: {},
    portal: { segment: 'school-workshops', listPage: true, entryPages: true, lists: { all: { path: '', sort: ['title:asc'] } } },
    preview: 'entry',
    sitemap: true,
    searchable: true,
    schemaOrgType: 'Course',
    populate: { card: {}, detail: { contacts: true, localizations } },
    seedGroup: 'school-workshops',
    labels: {
      it: { one: 'Laboratorio scolastico', other: 'Laboratori scolastici' },
      en: { one: 'School workshop', other: 'School workshops' },
    },
  }),
  event: collection({
    name: 'event',
    pluralName: 'events',
    hasSlug: true,
    titleField: 'title',
    summaryField: 'summary',
    textFields: ['title', 'summary', 'audience', 'cost', 'organizer'],
    richTextFields: ['description', 'registration'],
    relations: { place: 'place' },
    portal: {
      segment: 'events',
      listPage: true,
      entryPages: true,
      lists: {
        // Not ended at `now`, by first date. Without an end an event is upcoming until it starts; a
        // repeating one until its last date ends (`seriesEndsAt`, which the CMS computes on save).
        upcoming: {
          path: '',
          sort: ['startsAt:asc'],
          window: (now) => ({
            $or: [{ endsAt: { $gte: now } }, { endsAt: { $null: true }, startsAt: { $gte: now } }, { seriesEndsAt: { $gte: now } }],
          }),
        },
        // The archive: ended, every date of them, the most recent first.
        archive: {
          path: 'archive',
          sort: ['startsAt:desc'],
          window: (now) => ({
            $and: [
              { $or: [{ endsAt: { $lt: now } }, { endsAt: { $null: true }, startsAt: { $lt: now } }] },
              { $or: [{ seriesEndsAt: { $null: true } }, { seriesEndsAt: { $lt: now } }] },
            ],
          }),
        },
      },
    },
    preview: 'entry',
    sitemap: true,
    searchable: true,
    schemaOrgType: 'Event',
    populate: {
      card: { place: { fields: ['name', 'address', 'postalCode', 'municipality'] }, recurrence: eventRecurrence },
      detail: { place: placeWithHours, poster: true, contacts: true, recurrence: eventRecurrence, localizations },
    },
    seedGroup: 'events',
    labels: { it: { one: 'Evento', other: 'Eventi' }, en: { one: 'Event', other: 'Events' } },
  }),
  page: collection({
    name: 'page',
    pluralName: 'pages',
    hasSlug: true,
    titleField: 'title',
    summaryField: 'summary',
    textFields: ['title', 'summary'],
    richTextFields: ['body'],
    relations: {},
    portal: { segment: 'pages', listPage: false, entryPages: true },
    preview: 'entry',
    sitemap: true,
    searchable: true,
    schemaOrgType: 'WebPage',
    populate: { card: {}, detail: { contacts: true, localizations } },
    seedGroup: 'pages',
    labels: { it: { one: 'Pagina', other: 'Pagine' }, en: { one: 'Page', other: 'Pages' } },
  }),
  category: collection({
    name: 'category',
    pluralName: 'categories',
    hasSlug: true,
    titleField: 'name',
    summaryField: 'description',
    textFields: ['name', 'description'],
    richTextFields: [],
    relations: { services: 'service' },
    portal: { segment: null, listPage: false, entryPages: false },
    preview: null,
    sitemap: false,
    searchable: false,
    schemaOrgType: null,
    populate: { card: {}, detail: {} },
    seedGroup: 'categories',
    labels: { it: { one: 'Categoria', other: 'Categorie' }, en: { one: 'Category', other: 'Categories' } },
  }),
  place: collection({
    name: 'place',
    pluralName: 'places',
    hasSlug: true,
    titleField: 'name',
    summaryField: 'description',
    textFields: ['name', 'description', 'accessConditions'],
    richTextFields: [],
    relations: {},
    portal: { segment: null, listPage: false, entryPages: false },
    preview: null,
    sitemap: false,
    searchable: false,
    schemaOrgType: 'Place',
    populate: { card: {}, detail: {} },
    seedGroup: 'places',
    labels: { it: { one: 'Luogo', other: 'Luoghi' }, en: { one: 'Place', other: 'Places' } },
  }),
  language: collection({
    name: 'language',
    pluralName: 'languages',
    hasSlug: false,
    titleField: 'name',
    summaryField: null,
    textFields: ['name'],
    richTextFields: [],
    relations: {},
    portal: { segment: null, listPage: false, entryPages: false },
    preview: null,
    sitemap: false,
    searchable: false,
    schemaOrgType: 'Language',
    populate: { card: {}, detail: {} },
    seedGroup: 'languages',
    labels: { it: { one: 'Lingua parlata', other: 'Lingue parlate' }, en: { one: 'Spoken language', other: 'Spoken languages' } },
  }),
  notice: collection({
    name: 'notice',
    pluralName: 'notices',
    hasSlug: false,
    titleField: 'title',
    summaryField: 'summary',
    textFields: ['title', 'summary'],
    richTextFields: [],
    relations: { services: 'service', places: 'place', events: 'event' },
    // No pages of its own: shown on the pages it concerns and the home while in force (notices.ts).
    portal: { segment: null, listPage: false, entryPages: false },
    preview: null,
    sitemap: false,
    // Found while in force (checked at each query), leading to the page it concerns or the home.
    searchable: true,
    schemaOrgType: null,
    // Pages ask for the notices that concern them by filter, so a card embeds none of its relations.
    populate: { card: {}, detail: {} },
    seedGroup: 'notices',
    labels: { it: { one: 'Avviso', other: 'Avvisi' }, en: { one: 'Notice', other: 'Notices' } },
  }),
  global: singleType({
    name: 'global',
    pluralName: 'globals',
    hasSlug: false,
    titleField: 'siteName',
    summaryField: 'tagline',
    textFields: ['siteName', 'agencyName', 'tagline', 'urgentContacts', 'fundingNotice'],
    richTextFields: [],
    relations: { footerPages: 'page' },
    portal: { segment: null, listPage: false, entryPages: false },
    preview: 'home',
    sitemap: false,
    searchable: false,
    schemaOrgType: 'GovernmentOrganization',
    populate: { card: { contacts: true, closures: true, footerPages: { fields: ['title', 'slug'] } }, detail: {} },
    seedGroup: 'global',
    labels: {
      it: { one: 'Impostazioni generali', other: 'Impostazioni generali' },
      en: { one: 'Global settings', other: 'Global settings' },
    },
  }),
};

/**
 * The filters a portal list may offer, in the order their segments take in its address: a service
 * category (its documentId), a spoken language (its ISO code: of the mediation for services, of
 * the mediator for mediators).
 */
export const LIST_FILTER_NAMES = ['category', 'language'] as const;
export type ListFilterName = (typeof LIST_FILTER_NAMES)[number];

/** Entries per page of a portal list: small enough for a cheap phone, one CMS page per request. */
export const LIST_PAGE_SIZE = 24;

export type ContentType = keyof typeof CONTENT_TYPE_REGISTRY;

// Every registered type has its response schema (content.ts), and no schema lacks a type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _everyTypeHasASchema: Same<ContentType, keyof EntryTypes> = true;
void _everyTypeHasASchema;
export const CONTENT_TYPES = Object.keys(CONTENT_TYPE_REGISTRY) as ContentType[];

type TypesWhere<Condition> = {
  [Name in ContentType]: (typeof CONTENT_TYPE_REGISTRY)[Name] extends Condition ? Name : never;
}[ContentType];

export type CollectionType = TypesWhere<{ kind: 'collectionType' }>;
/** The types with a page per entry on the portal; the others show in lists, or on every page. */
export type EntryPageType = TypesWhere<{ portal: { entryPages: true } }>;
/** The types with a list page of their own on the portal. */
export type ListPageType = TypesWhere<{ portal: { listPage: true } }>;
export type SearchableType = TypesWhere<{ searchable: true }>;
/** The types a staff preview can show, on their entry's page, their list or the home page. */
export type PreviewableType = TypesWhere<{ preview: 'entry' | 'list' | 'home' }>;

export const contentType = <Name extends ContentType>(name: Name): (typeof CONTENT_TYPE_REGISTRY)[Name] => CONTENT_TYPE_REGISTRY[name];
const facts = (name: ContentType): ContentTypeFacts => CONTENT_TYPE_REGISTRY[name];

export const COLLECTION_TYPES = CONTENT_TYPES.filter((name) => facts(name).kind === 'collectionType') as CollectionType[];
export const ENTRY_PAGE_TYPES = CONTENT_TYPES.filter((name) => facts(name).portal.entryPages) as EntryPageType[];
export const LIST_PAGE_TYPES = CONTENT_TYPES.filter((name) => facts(name).portal.listPage) as ListPageType[];
export const SEARCHABLE_TYPES = CONTENT_TYPES.filter((name) => facts(name).searchable) as SearchableType[];
export const SITEMAP_TYPES = ENTRY_PAGE_TYPES.filter((name) => facts(name).sitemap);
export const PREVIEW_TYPES = CONTENT_TYPES.filter((name) => facts(name).preview !== null) as PreviewableType[];
export const isPreviewable = (type: ContentType): type is PreviewableType => facts(type).preview !== null;

export const isContentType = (value: unknown): value is ContentType =>
  typeof value === 'string' && Object.hasOwn(CONTENT_TYPE_REGISTRY, value);
export const hasEntryPages = (type: ContentType): type is EntryPageType => facts(type).portal.entryPages;
export const hasListPage = (type: ContentType): type is ListPageType => facts(type).portal.listPage;
/** The filters of a type's list page (none for most), in their address order. */
export const listFilters = (type: ListPageType): readonly ListFilterName[] =>
  LIST_FILTER_NAMES.filter((name) => facts(type).portal.filters?.[name] !== undefined);

/** The names of a list page's views, e.g. `'upcoming' | 'archive'` for events. */
export type ListViewName<Name extends ListPageType> = keyof (typeof CONTENT_TYPE_REGISTRY)[Name]['portal']['lists'] & string;

/** A list page's views by name (the first is the list's own address). */
export const listViews = <Name extends ListPageType>(type: Name): Readonly<Record<ListViewName<Name>, ListView>> =>
  (facts(type).portal.lists ?? {}) as Readonly<Record<ListViewName<Name>, ListView>>;

/**
 * The CMS filters of one view of a list narrowed by its filters: the view's window at `now` and
 * each filter value on its attribute path, e.g. `{ category: { documentId: { $eq: '…' } } }`.
 * Undefined when nothing narrows the list (a list previewed on its page shows a draft only then).
 */
export function listQueryFilters<Name extends ListPageType>(
  type: Name,
  view: ListViewName<Name>,
  values: Partial<Record<ListFilterName, string>>,
  now: string,
): Record<string, QueryValue> | undefined {
  const where: Record<string, QueryValue> = { ...listViews(type)[view].window?.(now) };
  for (const name of listFilters(type)) {
    const value = values[name];
    const path = facts(type).portal.filters?.[name];
    if (value === undefined || path === undefined) continue;
    const [relation, field] = path.split('.');
    where[relation] = { [field]: { $eq: value } };
  }
  return Object.keys(where).length > 0 ? where : undefined;
}
export const contentTypeUid = (type: ContentType) => CONTENT_TYPE_REGISTRY[type].uid;

export function contentTypeOfUid(uid: string): ContentType | undefined {
  return CONTENT_TYPES.find((name) => facts(name).uid === uid);
}

/** A type's REST path under `/api`, e.g. `/services`, `/global`. */
export const restPath = (type: ContentType): string => facts(type).restPath;

/**
 * The related types that each type's card (lists, the mediators page, the global settings on
 * every page) shows: a change to such a related entry refreshes those lists too. Derived from
 * the card populate shapes, so a new relation on a card cannot be forgotten here.
 */
export function cardEmbeds(type: ContentType): ContentType[] {
  const embedded = new Set<ContentType>();
  const visit = (owner: ContentType, shape: PopulateShape, prefix: string) => {
    for (const [attribute, nested] of Object.entries(shape)) {
      const target = facts(owner).relations[`${prefix}${attribute}`];
      const deeper = isShape(nested) && isShape(nested.populate) ? nested.populate : undefined;
      if (target && isContentType(target)) {
        embedded.add(target);
        if (deeper) visit(target, deeper, '');
      } else if (deeper) {
        // A component: its relations are named by their path in the owner.
        visit(owner, deeper, `${prefix}${attribute}.`);
      }
    }
  };
  visit(type, facts(type).populate.card, '');
  return [...embedded].sort();
}

function isShape(value: QueryValue): value is PopulateShape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
