import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listViews, type ListPageType, type ListViewName, type LocaleCode } from '@welfare/types';
import { alternatesMetadata, hrefsForEveryLocale } from '@/lib/alternates';
import { routes } from '@/lib/routes';
import type { ListSelection } from './list-selection';

/**
 * A list page's metadata from its messages (`Lists.<type>` in messages/*.json): the list's title,
 * or another view's heading, then what narrows it and the page number; the list's description;
 * the same selection in every language.
 */
export async function listMetadata<Name extends ListPageType>(
  type: Name,
  view: ListViewName<Name>,
  locale: LocaleCode,
  selection: ListSelection,
  narrowedBy: ReadonlyArray<string | undefined> = [],
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Lists' });
  const name: string = type;
  const message = (key: string): string => t(`${name}.${key}`);
  const heading = listViews(type)[view].path === '' ? message('title') : message(`views.${view}.heading`);
  const narrowed = narrowedBy.filter(Boolean).join(', ');
  const title = narrowed ? `${heading}: ${narrowed}` : heading;
  return {
    title: selection.page > 1 ? `${title} (${selection.page})` : title,
    description: message('description'),
    alternates: alternatesMetadata(
      locale,
      hrefsForEveryLocale((code) => routes.listView(type, view, code, selection.filters, selection.page)),
    ),
  };
}
