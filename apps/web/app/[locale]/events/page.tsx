import { EventsListPage, eventsMetadata } from '@/components/events-list-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';

type Props = { params: Promise<{ locale: string }> };

// No page is rendered at build time (the build does not need the CMS): it is rendered on its first
// request, then served from the cache and revalidated in the background.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return eventsMetadata(await resolveLocaleParam(params), 'upcoming', 1);
}

export default async function UpcomingEventsPage({ params }: Props) {
  return <EventsListPage locale={await resolveLocaleParam(params)} view="upcoming" page={1} />;
}
