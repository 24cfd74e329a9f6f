import { z } from 'zod';
import { LOCALE_CODES } from './locales';

/**
 * The content types the portal shows, by the singular name Strapi gives them (`api::<name>.<name>`).
 * The CMS tells the portal about changes to these; the portal tags its CMS requests with them.
 */
export const CONTENT_TYPES = ['global', 'service', 'mediator', 'school-workshop', 'event', 'page', 'category', 'place', 'language'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The types with a page per entry on the portal; the others show in lists, or on every page. */
export const ENTRY_PAGE_TYPES = ['service', 'school-workshop', 'event', 'page'] as const satisfies readonly ContentType[];
export type EntryPageType = (typeof ENTRY_PAGE_TYPES)[number];

export const hasEntryPages = (type: ContentType): type is EntryPageType => (ENTRY_PAGE_TYPES as readonly ContentType[]).includes(type);

export const contentTypeUid = (type: ContentType) => `api::${type}.${type}` as const;

export function contentTypeOfUid(uid: string): ContentType | undefined {
  const match = /^api::([a-z-]+)\.\1$/.exec(uid);
  return match ? CONTENT_TYPES.find((type) => type === match[1]) : undefined;
}

const LocaleSchema = z.enum(LOCALE_CODES);
const DocumentIdSchema = z.string().min(1).max(64);
const SlugSchema = z.string().min(1).max(200).nullable();

/** One published language version of a document. Single types and some types have no slug. */
export const PublishedVersionSchema = z.object({ locale: LocaleSchema, slug: SlugSchema });
export type PublishedVersion = z.infer<typeof PublishedVersionSchema>;

/**
 * What the CMS sends the portal (POST /api/revalidate) after a change to what the public sees: the
 * document's published versions before and after the change, and the published entries that show
 * it through a relation (a service showing a place). The portal works out which pages to refresh.
 * Facts, not instructions: replaying a notice refreshes the same pages again, nothing else.
 */
export const ChangeNoticeSchema = z.object({
  event: z.enum(['create', 'update', 'publish', 'unpublish', 'delete']),
  type: z.enum(CONTENT_TYPES),
  documentId: DocumentIdSchema,
  /** The languages whose published version changed. */
  locales: z.array(LocaleSchema).min(1).max(LOCALE_CODES.length),
  published: z.object({
    before: z.array(PublishedVersionSchema).max(LOCALE_CODES.length),
    after: z.array(PublishedVersionSchema).max(LOCALE_CODES.length),
  }),
  /** Published entries, in the changed languages, that embed this document. */
  shownBy: z
    .array(z.object({ type: z.enum(CONTENT_TYPES), documentId: DocumentIdSchema, locale: LocaleSchema, slug: SlugSchema }))
    .max(1000),
});
export type ChangeNotice = z.infer<typeof ChangeNoticeSchema>;
