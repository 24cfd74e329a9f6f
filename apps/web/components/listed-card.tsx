import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { directionOf, type LocaleCode } from '@welfare/types';
import type { ListedEntry } from '@/lib/cms/localized-entries';
import { inLocale } from '@/lib/in-locale';

/** The id of a card's title: the card is named by it (`aria-labelledby`), so a screen reader's list of articles reads each title. */
export function cardTitleId(documentId: string): string {
  return `card-title-${documentId}`;
}

/**
 * A card in a list, named by its title (the heading its children give `id={cardTitleId(documentId)}`). An entry without a translation is shown in Italian: the card says so with its
 * `lang`, and a badge in the visitor's language.
 */
export async function ListedCard({
  listed,
  locale,
  children,
}: {
  listed: ListedEntry<{ documentId: string }>;
  locale: LocaleCode;
  children: ReactNode;
}) {
  const fallback = await getTranslations('Fallback');
  return (
    <article
      className="card"
      aria-labelledby={cardTitleId(listed.entry.documentId)}
      lang={listed.isFallback ? listed.contentLocale : undefined}
      dir={listed.isFallback ? directionOf(listed.contentLocale) : undefined}
    >
      {children}
      {listed.isFallback ? (
        <p className="badge" {...inLocale(locale)}>
          {fallback('listBadge')}
        </p>
      ) : null}
    </article>
  );
}
