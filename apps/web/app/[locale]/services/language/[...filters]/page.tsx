import { ServicesListPage, servicesMetadata } from '@/components/services-list-page';
import { filteredListRoute } from '@/lib/page/filtered-list-route';

const route = filteredListRoute('service', 'language', { View: ServicesListPage, describe: servicesMetadata });

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
