import { getLocale, getTranslations } from 'next-intl/server';
import { PortalPage } from '@/components/portal-page';
import { hrefsForEveryLocale } from '@/lib/alternates';
import { routes } from '@/lib/routes';
import type { LocaleCode } from '@welfare/types';

export default async function NotFound() {
  const locale = (await getLocale()) as LocaleCode;
  const t = await getTranslations('NotFound');
  return (
    <PortalPage locale={locale} hrefs={hrefsForEveryLocale(routes.home)}>
      {/* not-found pages get no metadata: React puts this <title> in the <head>. */}
      <title>{t('title')}</title>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <a className="button" href={routes.home(locale)}>
          {t('home')}
        </a>{' '}
        <a className="button button-secondary" href={routes.search(locale)}>
          {t('search')}
        </a>
      </p>
    </PortalPage>
  );
}
