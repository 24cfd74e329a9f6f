import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/not-found-page';
import { PortalPage } from '@/components/portal-page';
import { hrefsForEveryLocale } from '@/lib/alternates';
import { routes } from '@/lib/routes';
import type { LocaleCode } from '@welfare/types';

/** The boundary of a notFound() under a language (pages render <NotFoundPage> instead, see there). */
export default async function NotFound() {
  const locale = (await getLocale()) as LocaleCode;
  const t = await getTranslations('NotFound');
  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(routes.home)} rating={false}>
      {/* not-found pages get no metadata: React puts this <title> in the <head>. */}
      <title>{t('title')}</title>
      <NotFoundContent locale={locale} />
    </PortalPage>
  );
}
