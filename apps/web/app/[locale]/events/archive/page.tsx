import { EventsListPage, eventsMetadata } from '@/components/events-list-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';

type Props = { params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return eventsMetadata(await resolveLocaleParam(params), 'archive', 1);
}

export default async function PastEventsPage({ params }: Props) {
  return <EventsListPage locale={await resolveLocaleParam(params)} view="archive" page={1} />;
}
