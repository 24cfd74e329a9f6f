import { MediatorsListPage, mediatorsMetadata } from '@/components/mediators-list-page';
import { filteredListRoute } from '@/lib/page/filtered-list-route';

const route = filteredListRoute('mediator', null, { View: MediatorsListPage, describe: mediatorsMetadata });

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
