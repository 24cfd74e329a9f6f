import { useTranslations } from 'next-intl';
import { LOCALES, getLocale, type LocaleCode } from '@welfare/types';
import { BidiText } from './bidi-text';

/**
 * The language menu: every language by its own name, each linking to the same entry in that
 * language (its localized slug), or to the Italian fallback when there is no translation.
 * A <details> disclosure: it opens without JavaScript and with the keyboard.
 * Not async: next-intl's useTranslations serves it on the server, and in a test under
 * NextIntlClientProvider.
 */
export function LanguageMenu({ locale, hrefs }: { locale: LocaleCode; hrefs: Record<LocaleCode, string> }) {
  const t = useTranslations('Layout');
  return (
    <details className="language-menu">
      <summary>
        <span className="visually-hidden">{t('chooseLanguage')}: </span>
        <span aria-hidden="true">
          <BidiText text={`${locale.toUpperCase()} ·`} dir={getLocale(locale).direction} />
        </span>
        {getLocale(locale).nativeName}
      </summary>
      <ul>
        {LOCALES.map((language) => (
          <li key={language.code}>
            <a
              href={hrefs[language.code]}
              hrefLang={language.code}
              lang={language.code}
              dir={language.direction}
              aria-current={language.code === locale ? 'true' : undefined}
            >
              {language.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
