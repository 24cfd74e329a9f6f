import { useTranslations } from 'next-intl';
import { Fragment } from 'react';
// Types only from @welfare/types: this runs in the browser too, which does not load the registry.
import type { ContactChannel, SearchableType } from '@welfare/types';
import { telHref } from '@/lib/phone';
import type { LanguageTag, PortalSearchAnswer, PortalSearchResult } from '@/lib/search/portal-search';
import type { MarkedText } from '@/lib/search/snippet';
import { BidiPieces, BidiText, type Direction } from './bidi-text';

type TypeLabel = 'typeService' | 'typeMediator' | 'typeWorkshop' | 'typeEvent' | 'typePage' | 'typeNotice';
const TYPE_LABEL: Record<SearchableType, TypeLabel> = {
  service: 'typeService',
  mediator: 'typeMediator',
  'school-workshop': 'typeWorkshop',
  event: 'typeEvent',
  page: 'typePage',
  notice: 'typeNotice',
};

/** Where the "no result" suggestions lead. */
export interface SearchHelp {
  mediatorsHref: string;
  /** The agency's contacts from the global settings (the information desk). */
  desk: ContactChannel[];
}

/**
 * The matched words in <mark>: announced as such and drawn bold and underlined, not by colour alone.
 * Runs of the other direction isolated over the whole text (a mark inside a Latin name in Arabic
 * text stays in its place).
 */
function Marked({ parts, dir }: { parts: MarkedText; dir: Direction }) {
  return (
    <BidiPieces
      pieces={parts}
      dir={dir}
      render={(part, key) => (part.mark ? <mark key={key}>{part.text}</mark> : <Fragment key={key}>{part.text}</Fragment>)}
    />
  );
}

/** A link to the search page with these parameters (works without JavaScript). */
export function searchHref(path: string, query: string, type: SearchableType | null, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (type) params.set('type', type);
  if (page > 1) params.set('page', String(page));
  return `${path}?${params}`;
}

function ResultCard({ result, language }: { result: PortalSearchResult; language: LanguageTag }) {
  const t = useTranslations('Search');
  const fallback = useTranslations('Fallback');
  // An untranslated entry is in Italian: its text says so with lang/dir, the labels stay in the page's language.
  const foreign = result.lang ? { lang: result.lang, dir: result.dir ?? undefined } : {};
  // The card is named by its title (a screen reader's list of articles reads each by name).
  const titleId = `result-${result.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <article className="card search-result" aria-labelledby={titleId} {...foreign}>
      <p className="meta" {...(result.lang ? language : {})}>
        {t(TYPE_LABEL[result.type])}
      </p>
      <h2 id={titleId}>
        <a href={result.href}>
          <Marked parts={result.title} dir={result.dir ?? language.dir} />
        </a>
      </h2>
      {result.snippet.length ? (
        <p>
          <Marked parts={result.snippet} dir={result.dir ?? language.dir} />
        </p>
      ) : null}
      {result.lang ? (
        <p className="badge" {...language}>
          {fallback('listBadge')}
        </p>
      ) : null}
    </article>
  );
}

function ResultList({ results, language }: { results: PortalSearchResult[]; language: LanguageTag }) {
  return (
    <ul className="card-list">
      {results.map((result) => (
        <li key={result.key}>
          <ResultCard result={result} language={language} />
        </li>
      ))}
    </ul>
  );
}

/** The results, the same on the server-rendered page and as the visitor types. */
export function SearchResults({ answer, searchPath, help }: { answer: PortalSearchAnswer; searchPath: string; help: SearchHelp }) {
  const t = useTranslations('Search');
  const contact = useTranslations('Contact');
  const { query, type, counts, total, page, pageCount, results, italian, language } = answer;
  if (query.length < 2) return <p role="status">{t('prompt')}</p>;
  const types = Object.keys(counts) as SearchableType[];
  const all = types.reduce((sum, name) => sum + counts[name], 0);
  return (
    <>
      <p role="status">
        <BidiText text={t('results', { count: total, query })} dir={language.dir} />
      </p>
      {all > 0 ? (
        <nav aria-label={t('filterLabel')} className="search-filters">
          <ul>
            <li>
              <a href={searchHref(searchPath, query, null)} aria-current={type === null ? 'page' : undefined}>
                {t('allTypes')} ({all})
              </a>
            </li>
            {types
              .filter((name) => counts[name] > 0)
              .map((name) => (
                <li key={name}>
                  <a href={searchHref(searchPath, query, name)} aria-current={type === name ? 'page' : undefined}>
                    {t(TYPE_LABEL[name])} ({counts[name]})
                  </a>
                </li>
              ))}
          </ul>
        </nav>
      ) : null}
      <ResultList results={results} language={language} />
      {pageCount > 1 ? (
        <nav aria-label={t('pagination')} className="search-pagination">
          {page > 1 ? (
            <a href={searchHref(searchPath, query, type, page - 1)} rel="prev">
              {t('previous')}
            </a>
          ) : null}
          <span>{t('pageOf', { page, count: pageCount })}</span>
          {page < pageCount ? (
            <a href={searchHref(searchPath, query, type, page + 1)} rel="next">
              {t('next')}
            </a>
          ) : null}
        </nav>
      ) : null}
      {total === 0 ? (
        <section className="search-help" aria-labelledby="search-help-title">
          <h2 id="search-help-title">{t('noResultsHelp')}</h2>
          <ul>
            <li>
              <a href={help.mediatorsHref}>{t('suggestMediators')}</a>
            </li>
            {help.desk.length ? (
              <li>
                {t('suggestDesk')}{' '}
                {help.desk.map((channel, index) => (
                  <span key={channel.id ?? index}>
                    {index > 0 ? ', ' : null}
                    <BidiText text={contact(channel.kind)} dir={language.dir} />{' '}
                    <a href={channel.kind === 'email' ? `mailto:${channel.value}` : telHref(channel)} dir="ltr">
                      {channel.value}
                    </a>
                  </span>
                ))}
              </li>
            ) : null}
          </ul>
          {italian.length ? (
            <>
              <h2>{t('italianResults')}</h2>
              <p>{t('italianResultsHelp')}</p>
              <ResultList results={italian} language={language} />
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
