import { EventsListPage, eventsMetadata } from '@/components/events-list-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { parsePageNumber } from '@/lib/page/page-number';

type Props = { params: Promise<{ locale: string; page: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return eventsMetadata(await resolveLocaleParam(params), 'upcoming', parsePageNumber((await params).page));
}

export default async function UpcomingEventsLaterPage({ params }: Props) {
  return <EventsListPage locale={await resolveLocaleParam(params)} view="upcoming" page={parsePageNumber((await params).page)} />;
}
