'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import useSWR from 'swr';
import type { PortalSearchAnswer } from '@/lib/search/portal-search';
import { SearchResults, searchHref, type SearchHelp } from './search-results';

const fetchJson = async (url: string): Promise<PortalSearchAnswer> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search answered ${response.status}`);
  return response.json();
};

/**
 * The search form. Without JavaScript it submits to the server-rendered page; with JavaScript the
 * results follow the typing (debounced), fetched with SWR from the portal's /api/search, which
 * answers what the page would. Type filters and pages are links to the page, with or without it.
 */
export function SearchBox({ action, initial, help }: { action: string; initial: PortalSearchAnswer; help: SearchHelp }) {
  const t = useTranslations('Search');
  const locale = useLocale();
  const [text, setText] = useState(initial.query);
  const [query, setQuery] = useState(initial.query);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim().replace(/\s+/g, ' ')), 200);
    return () => clearTimeout(timer);
  }, [text]);

  // A new query starts again on page 1, of every type.
  const typed = query !== initial.query;
  const key = typed && query.length >= 2 ? `/api/search?locale=${locale}&q=${encodeURIComponent(query)}` : null;
  const { data, isLoading } = useSWR(key, fetchJson, { keepPreviousData: true });
  const shown: PortalSearchAnswer = !typed ? initial : key && data ? data : { ...initial, query, total: 0, results: [], italian: [] };

  useEffect(() => {
    if (!typed) return;
    // Keep the address shareable: the URL says what the page shows.
    window.history.replaceState(null, '', query ? searchHref(action, query, null) : action);
  }, [typed, query, action]);

  return (
    <>
      <form role="search" method="get" action={action} className="filters">
        <div style={{ flexGrow: 1 }}>
          <label htmlFor="q">{t('label')}</label>
          <input
            id="q"
            name="q"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t('placeholder')}
            autoComplete="off"
            maxLength={100}
          />
        </div>
        <button className="button" type="submit">
          {t('submit')}
        </button>
      </form>
      {isLoading ? <p className="meta">{t('loading')}</p> : null}
      <SearchResults answer={shown} searchPath={action} help={help} />
    </>
  );
}
