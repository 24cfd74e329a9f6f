import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { directionOf, type LocaleCode } from '@welfare/types';
import type { ListedEntry } from '@/lib/cms/localized-entries';
import { inLocale } from '@/lib/in-locale';

/**
 * A card in a list. An entry without a translation is shown in Italian: the card says so with its
 * `lang`, and a badge in the visitor's language.
 */
export async function ListedCard({ listed, locale, children }: { listed: ListedEntry<unknown>; locale: LocaleCode; children: ReactNode }) {
  const fallback = await getTranslations('Fallback');
  return (
    <article className="card" lang={listed.isFallback ? listed.contentLocale : undefined} dir={listed.isFallback ? directionOf(listed.contentLocale) : undefined}>
      {children}
      {listed.isFallback ? (
        <p className="badge" {...inLocale(locale)}>
          {fallback('listBadge')}
        </p>
      ) : null}
    </article>
  );
}
