import { z } from 'zod';
import { LOCALE_CODES } from './locales';
import { CONTENT_TYPES, type ContentType } from './content-types';

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
  type: z.enum(CONTENT_TYPES as [ContentType, ...ContentType[]]),
  documentId: DocumentIdSchema,
  /** The languages whose published version changed. */
  locales: z.array(LocaleSchema).min(1).max(LOCALE_CODES.length),
  published: z.object({
    before: z.array(PublishedVersionSchema).max(LOCALE_CODES.length),
    after: z.array(PublishedVersionSchema).max(LOCALE_CODES.length),
  }),
  /** Published entries, in the changed languages, that embed this document. */
  shownBy: z
    .array(
      z.object({
        type: z.enum(CONTENT_TYPES as [ContentType, ...ContentType[]]),
        documentId: DocumentIdSchema,
        locale: LocaleSchema,
        slug: SlugSchema,
      }),
    )
    .max(1000),
});
export type ChangeNotice = z.infer<typeof ChangeNoticeSchema>;
