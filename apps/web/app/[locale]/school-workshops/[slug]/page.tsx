import { SchoolWorkshopDetails } from '@/components/entries/school-workshop-details';
import { entryPage } from '@/lib/page/entry-page';

const page = entryPage('school-workshop', { Details: SchoolWorkshopDetails });

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.EntryPage;
