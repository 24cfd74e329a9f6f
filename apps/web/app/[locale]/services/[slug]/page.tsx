import { ServiceCategory, ServiceDetails, ServiceStatus } from '@/components/entries/service-details';
import { entryPage } from '@/lib/page/entry-page';

const page = entryPage('service', { Details: ServiceDetails, Kicker: ServiceCategory, Subtitle: ServiceStatus });

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.EntryPage;
