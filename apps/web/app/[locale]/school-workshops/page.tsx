import { SchoolWorkshopsListPage, schoolWorkshopsMetadata } from '@/components/school-workshops-list-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';

type Props = { params: Promise<{ locale: string }> };

// No page is rendered at build time (the build does not need the CMS): it is rendered on its first
// request, then served from the cache and revalidated in the background.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return schoolWorkshopsMetadata(await resolveLocaleParam(params), 1);
}

export default async function SchoolWorkshopsPage({ params }: Props) {
  return <SchoolWorkshopsListPage locale={await resolveLocaleParam(params)} page={1} />;
}
