import { useFormatter, useTranslations } from 'next-intl';
import { directionOf, type LocaleCode, type Notice, type NoticeSeverity } from '@welfare/types';
import type { ListedEntry } from '@/lib/cms/localized-entries';
import { textDirection } from '@/lib/bidi/isolate';
import { BidiText } from './bidi-text';

/** A symbol per severity, beside its name: the severity is never told by colour alone. */
const SYMBOL: Record<NoticeSeverity, string> = { info: 'ℹ', warning: '⚠', urgent: '‼' };

/**
 * The notices in force on a page: a region with its heading, each notice with its severity in
 * words, its title and text (in Italian, marked, when not translated) and until when it holds.
 * Not async: next-intl's hooks serve it on the server, and in a test under NextIntlClientProvider.
 */
export function NoticeRegion({ notices, locale }: { notices: Array<ListedEntry<Notice>>; locale: LocaleCode }) {
  const t = useTranslations('Notices');
  const fallback = useTranslations('Fallback');
  const format = useFormatter();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-labelledby="notices-heading" dir={directionOf(locale)}>
      <h2 id="notices-heading">{t('heading')}</h2>
      <ul>
        {notices.map(({ entry, isFallback, contentLocale }) => {
          const text = isFallback ? { lang: contentLocale, dir: directionOf(contentLocale) } : {};
          // Runs of the other direction (a phone number in Arabic, an Italian name) isolated.
          const dir = textDirection(entry, locale);
          return (
            <li key={entry.documentId} className={`notice notice-${entry.severity}`}>
              <p className="notice-severity">
                <span aria-hidden="true">{SYMBOL[entry.severity]}</span> {t(`severity.${entry.severity}`)}
                {isFallback ? <span className="badge">{fallback('listBadge')}</span> : null}
              </p>
              <h3 {...text}>
                <BidiText text={entry.title} dir={dir} />
              </h3>
              <p {...text}>
                <BidiText text={entry.summary} dir={dir} />
              </p>
              {entry.endsAt ? (
                <p className="notice-until">
                  <BidiText text={t('until', { date: format.dateTime(new Date(entry.endsAt), 'dateTime') })} dir={directionOf(locale)} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
