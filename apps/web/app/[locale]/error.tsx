'use client';

import { useTranslations } from 'next-intl';

/** When the CMS cannot answer and there is no cached page: a localized "temporarily unavailable". */
export default function ErrorPage() {
  const t = useTranslations('Unavailable');
  return (
    <main id="main" className="container">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <a className="phone" href="tel:112" dir="ltr">
          112
        </a>
      </p>
    </main>
  );
}
