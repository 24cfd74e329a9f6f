import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PortalPage } from '@/components/portal-page';
import { hrefsForEveryLocale } from '@/lib/alternates';
import { resolveLocaleParam } from '@/lib/page/locale-param';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ locale: string }> };

const offlinePath = (locale: string) => `/${locale}/offline`;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolveLocaleParam(params);
  const t = await getTranslations('Offline');
  return { title: t('title'), description: t('text'), robots: { index: false } };
}

/** What the service worker shows, in the visitor's language, for a page never visited while the network is off. */
export default async function OfflinePage({ params }: Props) {
  const locale = await resolveLocaleParam(params);
  const t = await getTranslations('Offline');
  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(offlinePath)} rating={false} breadcrumbs={[{ label: t('title') }]}>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>{t('visited')}</p>
      <p>
        <a className="button" href={routes.home(locale)}>
          {t('home')}
        </a>
      </p>
    </PortalPage>
  );
}
