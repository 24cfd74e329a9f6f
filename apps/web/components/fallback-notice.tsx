import { useTranslations } from 'next-intl';
import { getLocale, type LocaleCode } from '@welfare/types';

/**
 * Tells the visitor, in their language, that the text below is the Italian original.
 * Not async: next-intl's useTranslations serves it on the server, and in a test under
 * NextIntlClientProvider.
 */
export function FallbackNotice({ locale }: { locale: LocaleCode }) {
  const t = useTranslations('Fallback');
  return (
    <p className="fallback-notice" role="note">
      {t('notice', { language: getLocale(locale).nativeName })}
    </p>
  );
}
