import { listRoute } from '@/lib/page/list-route';

const route = listRoute('service', 'all', 'language');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
