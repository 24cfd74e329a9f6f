import { getTranslations } from 'next-intl/server';
import { getLocale, type LocaleCode } from '@welfare/types';

/** Tells the visitor, in their language, that the text below is the Italian original. */
export async function FallbackNotice({ locale }: { locale: LocaleCode }) {
  const t = await getTranslations('Fallback');
  return (
    <p className="fallback-notice" role="note">
      {t('notice', { language: getLocale(locale).nativeName })}
    </p>
  );
}
