import { getLocale, getTranslations } from 'next-intl/server';
import { absoluteUrl } from '@/lib/site-url';
import { ReadAloud } from './read-aloud';
import { ShareAndPrint } from './share';

/** Read aloud, share and print, above the content of a page (left out of printing and of reading aloud). */
export async function PageTools({ path, title }: { path: string; title: string }) {
  const [t, locale] = await Promise.all([getTranslations('PageTools'), getLocale()]);
  return (
    <div className="page-tools" data-read-aloud="skip">
      {/* The tools that need scripts are in the HTML from the start (no shift when they arrive); without scripts, gone. */}
      <noscript>
        <style>{'.needs-script{display:none!important}'}</style>
      </noscript>
      <ReadAloud lang={locale} labels={{ listen: t('listen'), pause: t('pause'), resume: t('resume'), stop: t('stop') }} />
      <ShareAndPrint
        url={absoluteUrl(path)}
        title={title}
        labels={{ share: t('share'), whatsapp: t('whatsapp'), email: t('email'), copy: t('copy'), copied: t('copied'), print: t('print') }}
      />
    </div>
  );
}
