'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import useSWR from 'swr';
import type { SearchResult } from '@/lib/cms/search';
import { SearchResults } from './search-results';

interface SearchResponse {
  query: string;
  results: SearchResult[];
}

const fetchJson = async (url: string): Promise<SearchResponse> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search answered ${response.status}`);
  return response.json();
};

/**
 * The search form. Without JavaScript it submits to the server-rendered page; with JavaScript the
 * results follow the typing (debounced), fetched with SWR from the portal's /api/search.
 */
export function SearchBox({ action, initial }: { action: string; initial: SearchResponse }) {
  const t = useTranslations('Search');
  const locale = useLocale();
  const [text, setText] = useState(initial.query);
  const [query, setQuery] = useState(initial.query);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);

  const key = query.length >= 2 && query !== initial.query ? `/api/search?locale=${locale}&q=${encodeURIComponent(query)}` : null;
  const { data, isLoading } = useSWR(key, fetchJson, { keepPreviousData: true });
  const shown = key && data ? data : initial;

  useEffect(() => {
    // Keep the address shareable: the URL says what the page shows.
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }, [query]);

  return (
    <>
      <form role="search" method="get" action={action} className="filters">
        <div style={{ flexGrow: 1 }}>
          <label htmlFor="q">{t('label')}</label>
          <input id="q" name="q" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('placeholder')} autoComplete="off" />
        </div>
        <button className="button" type="submit">
          {t('submit')}
        </button>
      </form>
      {isLoading ? <p className="meta">{t('loading')}</p> : null}
      <SearchResults query={shown.query} results={shown.results} />
    </>
  );
}
