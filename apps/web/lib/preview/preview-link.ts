import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from '@welfare/types/locales';
import { CONTENT_TYPE_REGISTRY, PREVIEW_TYPES, hasEntryPages, hasListPage, type ContentType } from '@welfare/types/registry';
import { z } from '@welfare/types/schemas';
import { routes } from '@/lib/routes';

/**
 * What the CMS's preview links name (the CMS's src/preview/preview-url.ts): an entry by type,
 * documentId, slug and locale, and which version. The portal turns it into its own URL for that
 * entry, and its preview session shows the draft of that document only.
 */
type Target = (typeof CONTENT_TYPE_REGISTRY)[ContentType]['preview'];
const previewedOn = (target: Target) => PREVIEW_TYPES.filter((type) => CONTENT_TYPE_REGISTRY[type].preview === target);
/** Types previewed on their entry's page (they need a slug), and types shown on a page not their own. */
const ENTRY_PREVIEWS = previewedOn('entry').filter(hasEntryPages);
const PAGE_LESS_PREVIEWS = [...previewedOn('list'), ...previewedOn('home')];
const tuple = <T extends string>(values: T[]) => values as [T, ...T[]];

// Strapi's uid characters, with at least one letter or digit (no `.` or `..` path segments).
const slug = z
  .string({ error: 'slug is required for this type' })
  .max(200, 'slug is too long')
  .regex(/^(?=.*[A-Za-z0-9])[A-Za-z0-9\-_.~]+$/, 'slug must be a slug such as "mediazione-linguistica"');
// Strapi's documentIds: 24 lowercase letters and digits (a little room for other spellings).
const documentId = z.string({ error: 'documentId is required' }).regex(/^[A-Za-z0-9]{1,64}$/, 'documentId must be a Strapi document id');
const locale = z.custom<LocaleCode>(isLocaleCode, { error: "locale must be one of the portal's languages" });
const status = z.enum(['draft', 'published'], { error: 'status must be draft or published' }).default('draft');

export const previewLinkSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.enum(tuple(ENTRY_PREVIEWS)), documentId, slug, locale, status }),
    z.object({ type: z.enum(tuple(PAGE_LESS_PREVIEWS)), documentId, locale, status }),
  ],
  { error: `type must be one of ${[...ENTRY_PREVIEWS, ...PAGE_LESS_PREVIEWS].join(', ')}` },
);

export type PreviewLink = z.infer<typeof previewLinkSchema>;

export type ParsedPreviewLink = { ok: true; link: PreviewLink } | { ok: false; message: string };

export function parsePreviewLink(query: URLSearchParams): ParsedPreviewLink {
  const parsed = previewLinkSchema.safeParse(Object.fromEntries(query));
  if (parsed.success) return { ok: true, link: parsed.data };
  return { ok: false, message: `Invalid preview link: ${parsed.error.issues.map((issue) => issue.message).join('; ')}.` };
}

/** The page that shows the entry, in its locale (the registry's preview target). */
export function previewPath(link: PreviewLink): string {
  if ('slug' in link) return routes.entry(link.type, link.locale, link.slug);
  const target = CONTENT_TYPE_REGISTRY[link.type].preview;
  return target === 'list' && hasListPage(link.type) ? routes.list(link.type, link.locale) : routes.home(link.locale);
}

/**
 * Where "Exit preview" returns: a path on this site, else the home page. Refuses what a browser
 * would read as another host: `//host`, backslashes (`/\host`), and control characters or spaces
 * (browsers drop tabs and newlines, so `/\t/host` would become `//host`).
 */
export function safeReturnPath(path: string | null | undefined): string {
  const home = routes.home(DEFAULT_LOCALE);
  if (!path || path.length > 2000 || !path.startsWith('/') || path[1] === '/') return home;
  const unsafe = [...path].some(
    (character) => character === '\\' || /\s/.test(character) || character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f,
  );
  return unsafe ? home : path;
}
