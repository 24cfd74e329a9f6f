import { listRoute } from '@/lib/page/list-route';

const route = listRoute('school-workshop', 'all', null);

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
