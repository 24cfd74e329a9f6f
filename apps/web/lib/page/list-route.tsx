import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { listFilters, type ListFilterName, type ListPageType, type ListViewName } from '@welfare/types';
import { LIST_PAGES } from '@/components/list-pages';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { resolveLocaleParam } from './locale-param';
import { parseListSegments, type ListSelection } from './list-selection';

type Props = { params: Promise<{ locale: string; filters?: string[]; page?: string }> };

/**
 * One route folder of a list page: a view of a type's list (`portal.lists` in the registry: its
 * address, order and window) in one of its forms: the view itself (`first` null), `page/[page]`,
 * or a first filter `<name>/[...filters]`. Every form renders the type's list component
 * (components/list-pages.ts) for the selection its address names (lib/page/list-selection.ts); an
 * address that names none answers 404. No page is rendered at build time: each is rendered on its
 * first request, then served from the cache like any other page.
 */
export function listRoute<Name extends ListPageType>(type: Name, view: ListViewName<Name>, first: ListFilterName | 'page' | null) {
  const { View, describe } = LIST_PAGES[type];

  async function selectionOf(params: Props['params']): Promise<ListSelection | null> {
    const values = await params;
    const segments = first === null ? [] : first === 'page' ? ['page', values.page ?? ''] : [first, ...(values.filters ?? [])];
    return parseListSegments(segments, listFilters(type));
  }

  return {
    generateStaticParams: (): Array<Record<string, string>> => [],

    async generateMetadata({ params }: Props): Promise<Metadata> {
      const locale = await resolveLocaleParam(params);
      const selection = await selectionOf(params);
      return selection ? describe(locale, view, selection) : notFoundMetadata(locale);
    },

    async Page({ params }: Props): Promise<ReactNode> {
      const locale = await resolveLocaleParam(params);
      const selection = await selectionOf(params);
      return selection ? <View locale={locale} view={view} selection={selection} /> : <NotFoundPage locale={locale} />;
    },
  };
}
