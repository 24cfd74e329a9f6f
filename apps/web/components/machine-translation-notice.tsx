import { useTranslations } from 'next-intl';
import { DEFAULT_LOCALE } from '@welfare/types';

/**
 * Tells the visitor, in the page's language, that the text was translated automatically and may
 * contain errors, with a link to the Italian original. Shown while the CMS flags the entry
 * (`machineTranslation`): until a member of staff marks the translation reviewed.
 */
export function MachineTranslationNotice({ italianHref }: { italianHref: string }) {
  const t = useTranslations('MachineTranslation');
  return (
    <p className="fallback-notice" role="note">
      {t('notice')}{' '}
      <a href={italianHref} hrefLang={DEFAULT_LOCALE}>
        {t('italianLink')}
      </a>
    </p>
  );
}
