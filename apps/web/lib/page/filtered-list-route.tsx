import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { listFilters, type ListFilterName, type ListPageType, type LocaleCode } from '@welfare/types';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { resolveLocaleParam } from './locale-param';
import { parseListSegments, type ListSelection } from './list-selection';

type Props = { params: Promise<{ locale: string; filters?: string[]; page?: string }> };

export interface FilteredListParts {
  View: (props: { locale: LocaleCode; selection: ListSelection }) => Promise<ReactNode>;
  describe: (locale: LocaleCode, selection: ListSelection) => Promise<Metadata>;
}

/**
 * One folder of a filtered list's routes: the list itself (`first` null), `page/[page]`, or a first
 * filter `<name>/[...filters]`. Every form renders the one view of the selection its address names
 * (lib/page/list-selection.ts); an address that names none answers 404. No page is rendered at build
 * time: each is rendered on its first request, then served from the cache like any other page.
 */
export function filteredListRoute(type: ListPageType, first: ListFilterName | 'page' | null, { View, describe }: FilteredListParts) {
  async function selectionOf(params: Props['params']): Promise<ListSelection | null> {
    const values = await params;
    const segments = first === null ? [] : first === 'page' ? ['page', values.page ?? ''] : [first, ...(values.filters ?? [])];
    return parseListSegments(segments, listFilters(type));
  }

  return {
    generateStaticParams: () => [],

    async generateMetadata({ params }: Props): Promise<Metadata> {
      const locale = await resolveLocaleParam(params);
      const selection = await selectionOf(params);
      return selection ? describe(locale, selection) : notFoundMetadata(locale);
    },

    async Page({ params }: Props): Promise<ReactNode> {
      const locale = await resolveLocaleParam(params);
      const selection = await selectionOf(params);
      return selection ? <View locale={locale} selection={selection} /> : <NotFoundPage locale={locale} />;
    },
  };
}
