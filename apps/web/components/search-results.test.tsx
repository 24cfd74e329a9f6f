/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import ar from '@/messages/ar.json';
import it from '@/messages/it.json';
import { buildSearchIndex } from '@/lib/search/search-index';
import type { PortalSearchAnswer, PortalSearchResult } from '@/lib/search/portal-search';
import type { SearchDocument } from '@/lib/search/search-document';
import { SearchResults } from './search-results';

/** The results as the visitor sees them, from a real index (the portal's answer shape, its hrefs left simple). */
function answerFor(locale: 'it' | 'ar', query: string, own: SearchDocument[], italian: SearchDocument[] = []): PortalSearchAnswer {
  const index = buildSearchIndex(locale, own, italian);
  const { hits, ...rest } = index.search(query);
  const toResult = (hit: (typeof hits)[number]): PortalSearchResult => ({
    key: hit.document.id,
    type: hit.document.type,
    href: `/${locale}/x/${hit.document.slug}`,
    lang: hit.document.locale !== locale ? hit.document.locale : null,
    dir: hit.document.locale !== locale ? 'ltr' : null,
    title: hit.title,
    snippet: hit.snippet,
  });
  return { ...rest, language: { lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr' }, results: hits.map(toResult), italian: [] };
}

const doc = (documentId: string, type: SearchDocument['type'], locale: 'it' | 'ar', title: string, body = ''): SearchDocument => ({
  id: `${type}:${documentId}`,
  type,
  documentId,
  locale,
  slug: documentId,
  title,
  summary: '',
  body,
  related: '',
  relatedIds: [],
});

const help = { mediatorsHref: '/it/mediators', desk: [{ id: 1, kind: 'phone' as const, value: '0364 22693' }] };

function show(locale: 'it' | 'ar', answer: PortalSearchAnswer) {
  render(
    <NextIntlClientProvider locale={locale} messages={locale === 'it' ? it : ar}>
      <SearchResults answer={answer} searchPath={`/${locale}/search`} help={help} />
    </NextIntlClientProvider>,
  );
}

test('marks the matched words in titles and snippets, and filters by type with counts', () => {
  show(
    'it',
    answerFor('it', 'ospedale', [
      doc('a', 'service', 'it', 'Mediazione', "Chiedete all'ospedale di Esine."),
      doc('b', 'page', 'it', "L'ospedale di Esine"),
    ]),
  );
  expect(screen.getByRole('status')).toHaveTextContent('2 risultati per «ospedale»');
  const marks = document.querySelectorAll('mark');
  expect([...marks].map((mark) => mark.textContent)).toEqual(['ospedale', 'ospedale']);
  const filters = screen.getByRole('navigation', { name: it.Search.filterLabel });
  expect(within(filters).getByRole('link', { name: 'Tutti (2)' })).toHaveAttribute('aria-current', 'page');
  expect(within(filters).getByRole('link', { name: 'Servizio (1)' })).toHaveAttribute('href', '/it/search?q=ospedale&type=service');
  expect(within(filters).queryByRole('link', { name: /Evento/ })).toBeNull();
  // (jsdom's accessible names put a space around <mark>; browsers, inline, do not.)
  expect(document.querySelector('h2 a[href="/it/x/b"]')).toHaveTextContent("L'ospedale di Esine", { normalizeWhitespace: false });
});

test('an untranslated entry in Arabic results is marked Italian, its labels in Arabic', () => {
  show('ar', answerFor('ar', 'migrazione', [], [doc('s', 'school-workshop', 'it', 'Storie di migrazione')]));
  const article = screen.getByRole('article');
  expect(article).toHaveAttribute('lang', 'it');
  expect(article).toHaveAttribute('dir', 'ltr');
  expect(within(article).getByText(ar.Fallback.listBadge)).toHaveAttribute('lang', 'ar');
  expect(within(article).getByText(ar.Fallback.listBadge)).toHaveAttribute('dir', 'rtl');
});

test('no result: the mediators page and the information desk, with a phone link', () => {
  show('it', answerFor('it', 'zanzibar', [doc('a', 'service', 'it', 'Mediazione')]));
  expect(screen.getByRole('status')).toHaveTextContent('Nessun risultato per «zanzibar»');
  expect(screen.getByRole('link', { name: it.Search.suggestMediators })).toHaveAttribute('href', '/it/mediators');
  expect(screen.getByRole('link', { name: '0364 22693' })).toHaveAttribute('href', 'tel:+39036422693');
});

test('pages of results link to each other', () => {
  const many = Array.from({ length: 25 }, (_, n) => doc(`e${n}`, 'event', 'it', `Incontro numero ${n}`));
  const index = buildSearchIndex('it', many, []);
  const { hits, ...rest } = index.search('incontro', { page: 2 });
  show('it', {
    ...rest,
    language: { lang: 'it', dir: 'ltr' },
    results: hits.map((hit) => ({
      key: hit.document.id,
      type: hit.document.type,
      href: '#',
      lang: null,
      dir: null,
      title: hit.title,
      snippet: hit.snippet,
    })),
    italian: [],
  });
  const pages = screen.getByRole('navigation', { name: it.Search.pagination });
  expect(pages).toHaveTextContent('Pagina 2 di 3');
  expect(within(pages).getByRole('link', { name: it.Search.previous })).toHaveAttribute('href', '/it/search?q=incontro');
  expect(within(pages).getByRole('link', { name: it.Search.next })).toHaveAttribute('href', '/it/search?q=incontro&page=3');
  expect(screen.getAllByRole('article')).toHaveLength(10);
});
