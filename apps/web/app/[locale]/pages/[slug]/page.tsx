import { PageDetails } from '@/components/entries/page-details';
import { entryPage } from '@/lib/page/entry-page';

const page = entryPage('page', { Details: PageDetails });

export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.EntryPage;
