import { DEFAULT_LOCALE, ENTRY_PAGE_TYPES, isLocaleCode, z, type LocaleCode } from '@welfare/types';
import { routes } from '@/lib/routes';

/**
 * What the CMS's preview links name (apps/cms/src/preview/preview-url.ts): an entry by type, slug
 * and locale, and which version. The portal turns it into its own URL for that entry.
 */
// Local stop-gap until main's fix of EntryPageType lands (it resolves to never in the built types).
const DETAIL_TYPES = ENTRY_PAGE_TYPES as unknown as readonly ['service', 'school-workshop', 'event', 'page'];
/** Types shown on a page that is not their own: mediators on the list, global settings on the home page. */
const PAGE_LESS_TYPES = ['mediator', 'global'] as const;

// Strapi's uid characters, with at least one letter or digit (no `.` or `..` path segments).
const slug = z
  .string({ error: 'slug is required for this type' })
  .max(200, 'slug is too long')
  .regex(/^(?=.*[A-Za-z0-9])[A-Za-z0-9\-_.~]+$/, 'slug must be a slug such as "mediazione-linguistica"');
const locale = z.custom<LocaleCode>(isLocaleCode, { error: 'locale must be one of the portal\'s languages' });
const status = z.enum(['draft', 'published'], { error: 'status must be draft or published' }).default('draft');

export const previewLinkSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.enum(DETAIL_TYPES), slug, locale, status }),
    z.object({ type: z.enum(PAGE_LESS_TYPES), locale, status }),
  ],
  { error: `type must be one of ${[...DETAIL_TYPES, ...PAGE_LESS_TYPES].join(', ')}` },
);

export type PreviewLink = z.infer<typeof previewLinkSchema>;

export type ParsedPreviewLink = { ok: true; link: PreviewLink } | { ok: false; message: string };

export function parsePreviewLink(query: URLSearchParams): ParsedPreviewLink {
  const parsed = previewLinkSchema.safeParse(Object.fromEntries(query));
  if (parsed.success) return { ok: true, link: parsed.data };
  return { ok: false, message: `Invalid preview link: ${parsed.error.issues.map((issue) => issue.message).join('; ')}.` };
}

/** The page that shows the entry, in its locale. */
export function previewPath(link: PreviewLink): string {
  switch (link.type) {
    case 'service':
      return routes.service(link.locale, link.slug);
    case 'school-workshop':
      return routes.workshop(link.locale, link.slug);
    case 'event':
      return routes.event(link.locale, link.slug);
    case 'page':
      return routes.page(link.locale, link.slug);
    case 'mediator':
      return routes.mediators(link.locale);
    case 'global':
      return routes.home(link.locale);
  }
}

/**
 * Where "Exit preview" returns: a path on this site, else the home page. Refuses what a browser
 * would read as another host: `//host`, backslashes (`/\host`), and control characters or spaces
 * (browsers drop tabs and newlines, so `/\t/host` would become `//host`).
 */
export function safeReturnPath(path: string | null | undefined): string {
  const home = routes.home(DEFAULT_LOCALE);
  if (!path || path.length > 2000 || !path.startsWith('/') || path[1] === '/') return home;
  const unsafe = [...path].some((character) => character === '\\' || /\s/.test(character) || character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);
  return unsafe ? home : path;
}
