import type { Metadata } from 'next';
import { NotFoundPage, notFoundMetadata } from '@/components/not-found-page';
import { resolveLocaleParam } from '@/lib/page/locale-param';

type Props = { params: Promise<{ locale: string }> };

// Rendered on first request and cached, like the entry pages: the render that gives a 404 its content.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundMetadata(await resolveLocaleParam(params));
}

// Any unknown path under a language: that language's 404 page.
export default async function UnknownPage({ params }: Props) {
  return <NotFoundPage locale={await resolveLocaleParam(params)} />;
}
