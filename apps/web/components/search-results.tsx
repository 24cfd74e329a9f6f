import { useTranslations } from 'next-intl';
import type { SearchResult, SearchResultType } from '@/lib/cms/search';

const TYPE_LABEL: Record<SearchResultType, 'typeService' | 'typeMediator' | 'typeWorkshop' | 'typeEvent' | 'typePage'> = {
  service: 'typeService',
  mediator: 'typeMediator',
  workshop: 'typeWorkshop',
  event: 'typeEvent',
  page: 'typePage',
};

/** The result list, the same on the server and as the visitor types. */
export function SearchResults({ query, results }: { query: string; results: SearchResult[] }) {
  const t = useTranslations('Search');
  return (
    <>
      <p role="status">{query.length >= 2 ? t('results', { count: results.length, query }) : t('prompt')}</p>
      <ul className="card-list">
        {results.map((result) => (
          <li key={`${result.type}-${result.documentId}`}>
            <article className="card" aria-labelledby={`result-${result.type}-${result.documentId}`}>
              <p className="meta">{t(TYPE_LABEL[result.type])}</p>
              <h2 id={`result-${result.type}-${result.documentId}`}>
                <a href={result.href}>{result.title}</a>
              </h2>
              {result.summary ? <p>{result.summary}</p> : null}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
