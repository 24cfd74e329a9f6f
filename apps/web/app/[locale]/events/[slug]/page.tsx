import { EventDetails } from '@/components/entries/event-details';
import { entryPage } from '@/lib/page/entry-page';

const page = entryPage('event', { Details: EventDetails });

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.EntryPage;
