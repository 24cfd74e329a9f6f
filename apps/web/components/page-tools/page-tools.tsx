import { getLocale, getTranslations } from 'next-intl/server';
import { absoluteUrl } from '@/lib/site-url';
import { PageActions } from './page-actions';
import { ShareMenu } from './share';

/**
 * Share, print and read aloud: two compact menus placed after the page's heading (as Modello Comuni
 * puts "Condividi" and "Vedi azioni" after the page's identity), so that on a phone the title and
 * the start of the text come first. Left out of printing and of reading aloud.
 */
export async function PageTools({ path, title }: { path: string; title: string }) {
  const [t, locale] = await Promise.all([getTranslations('PageTools'), getLocale()]);
  return (
    <div className="page-tools" data-read-aloud="skip">
      {/* The tools that need scripts are in the HTML from the start (no shift when they arrive); without scripts, gone. */}
      <noscript>
        <style>{'.needs-script{display:none!important}'}</style>
      </noscript>
      <ShareMenu
        url={absoluteUrl(path)}
        title={title}
        labels={{ share: t('share'), whatsapp: t('whatsapp'), email: t('email'), copy: t('copy'), copied: t('copied') }}
      />
      <PageActions
        lang={locale}
        labels={{ actions: t('actions'), print: t('print'), listen: t('listen'), pause: t('pause'), resume: t('resume'), stop: t('stop') }}
      />
    </div>
  );
}
