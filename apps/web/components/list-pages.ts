import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import type { ListPageType, ListViewName, LocaleCode } from '@welfare/types';
import type { ListSelection } from '@/lib/page/list-selection';
import { EventsListPage, eventsMetadata } from './events-list-page';
import { MediatorsListPage, mediatorsMetadata } from './mediators-list-page';
import { SchoolWorkshopsListPage, schoolWorkshopsMetadata } from './school-workshops-list-page';
import { ServicesListPage, servicesMetadata } from './services-list-page';

export interface ListPageProps<Name extends ListPageType> {
  locale: LocaleCode;
  view: ListViewName<Name>;
  selection: ListSelection;
}

/** How a type's list page renders (its cards, its filter form) and describes itself. */
export interface ListPageParts<Name extends ListPageType> {
  View: (props: ListPageProps<Name>) => Promise<ReactNode>;
  describe: (locale: LocaleCode, view: ListViewName<Name>, selection: ListSelection) => Promise<Metadata>;
}

/**
 * Each list page type's component, by type name: the list routes (lib/page/list-route.tsx) look it
 * up here, and the compiler fails for a type with `listPage: true` that has none.
 */
export const LIST_PAGES: { [Name in ListPageType]: ListPageParts<Name> } = {
  service: { View: ServicesListPage, describe: servicesMetadata },
  mediator: { View: MediatorsListPage, describe: mediatorsMetadata },
  'school-workshop': { View: SchoolWorkshopsListPage, describe: schoolWorkshopsMetadata },
  event: { View: EventsListPage, describe: eventsMetadata },
};
