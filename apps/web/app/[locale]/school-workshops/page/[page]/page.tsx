import { SchoolWorkshopsListPage, schoolWorkshopsMetadata } from '@/components/school-workshops-list-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { parsePageNumber } from '@/lib/page/page-number';

type Props = { params: Promise<{ locale: string; page: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return schoolWorkshopsMetadata(await resolveLocaleParam(params), parsePageNumber((await params).page));
}

export default async function SchoolWorkshopsLaterPage({ params }: Props) {
  return <SchoolWorkshopsListPage locale={await resolveLocaleParam(params)} page={parsePageNumber((await params).page)} />;
}
