import 'server-only';
import { z } from '@welfare/types';
import { listResponseSchema, type ContentType, type LocaleCode } from '@welfare/types';
import { cmsGet } from './client';
import { cacheTags } from './cache-tags';
import { entryRoute, routes } from '../routes';

/** Search across every type in one language, with the CMS's own full-text filter (`_q`). */
export type SearchResultType = 'service' | 'mediator' | 'workshop' | 'event' | 'page';

export interface SearchResult {
  type: SearchResultType;
  documentId: string;
  title: string;
  summary: string | null;
  href: string;
}

const hit = z.object({ documentId: z.string(), slug: z.string() });

const SEARCHED: Array<{
  type: SearchResultType;
  cmsType: ContentType;
  path: string;
  schema: z.ZodType<{ documentId: string; slug: string; title: string; summary: string | null }>;
  href: (locale: LocaleCode, slug: string) => string;
}> = [
  { type: 'service', cmsType: 'service', path: '/services', schema: hit.extend({ title: z.string(), summary: z.string().nullable() }), href: entryRoute('service') },
  {
    type: 'mediator',
    cmsType: 'mediator',
    path: '/mediators',
    schema: hit.extend({ displayName: z.string(), bio: z.string().nullable() }).transform(({ displayName, bio, ...rest }) => ({ ...rest, title: displayName, summary: bio })),
    href: (locale) => routes.list('mediator', locale),
  },
  { type: 'workshop', cmsType: 'school-workshop', path: '/school-workshops', schema: hit.extend({ title: z.string(), summary: z.string().nullable() }), href: entryRoute('school-workshop') },
  { type: 'event', cmsType: 'event', path: '/events', schema: hit.extend({ title: z.string(), summary: z.string().nullable() }), href: entryRoute('event') },
  { type: 'page', cmsType: 'page', path: '/pages', schema: hit.extend({ title: z.string(), summary: z.string().nullable() }), href: entryRoute('page') },
];

export const MAX_QUERY_LENGTH = 100;

export function normalizeQuery(raw: unknown): string {
  return typeof raw === 'string' ? Array.from(raw.trim().replace(/\s+/g, ' ')).slice(0, MAX_QUERY_LENGTH).join('') : '';
}

export async function searchContent(locale: LocaleCode, rawQuery: string): Promise<SearchResult[]> {
  const query = normalizeQuery(rawQuery);
  if (query.length < 2) return [];
  const groups = await Promise.all(
    SEARCHED.map(async (searched) => {
      const fields = searched.type === 'mediator' ? ['displayName', 'bio', 'slug'] : ['title', 'summary', 'slug'];
      const response = await cmsGet(searched.path, listResponseSchema(searched.schema), {
        params: { locale, _q: query, fields, pagination: { pageSize: 20 } },
        tags: [cacheTags.entries(searched.cmsType, locale)],
      });
      return response.data.map((entry) => ({
        type: searched.type,
        documentId: entry.documentId,
        title: entry.title,
        summary: entry.summary,
        href: searched.href(locale, entry.slug),
      }));
    }),
  );
  return groups.flat();
}
