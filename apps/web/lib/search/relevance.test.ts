import { LOCALE_CODES } from '@welfare/types';
import set from './relevance-set.json';
import { fixtureDocuments } from '@/test/fixture-documents';
import { buildIndexes, scoreQuery, summarize, type RelevanceQuery } from './relevance';

/**
 * The relevance set (relevance-set.json) against an index built from the demo fixtures by the
 * portal's own indexing function: what citizens type (a title word, a word of the body, a typo,
 * capitals, no diacritics, words in another order, a place, a spoken language) finds the entries
 * they mean, in all eight languages.
 */
const queries = set.queries as RelevanceQuery[];
/** Every class of query, each in every language: phone typos (transposition, adjacent-key, two-edits) among them. */
const CLASSES = [
  'adjacent-key',
  'body',
  'case',
  'diacritics',
  'language',
  'place',
  'reversed',
  'title',
  'transposition',
  'two-edits',
  'typo',
];
const indexes = buildIndexes(fixtureDocuments());
const scores = queries.map((query) => scoreQuery(indexes.get(query.locale)!, query));

test('the set covers every language and every class of query', () => {
  expect(new Set(queries.map((query) => query.locale))).toEqual(new Set(LOCALE_CODES));
  for (const locale of LOCALE_CODES) {
    const classes = new Set(queries.filter((query) => query.locale === locale).map((query) => query.class));
    expect([...classes].sort()).toEqual(CLASSES);
  }
  for (const query of queries) expect(query.expected.length).toBeGreaterThan(0);
});

test('recall@5 is at least 0.9 over the set', () => {
  const summary = summarize(scores);
  const misses = scores
    .filter((score) => score.recallAt5 < 1)
    .map(
      (score) => `${score.locale} ${score.class} "${score.query}": expected ${score.expected.join(', ')}, found ${score.found.join(', ')}`,
    );
  expect({ recallAt5: summary.recallAt5 >= 0.9, misses }).toEqual({ recallAt5: true, misses: expect.any(Array) });
});

test.each(LOCALE_CODES)('recall@5 is at least 0.9 in %s', (locale) => {
  expect(summarize(scores.filter((score) => score.locale === locale)).recallAt5).toBeGreaterThanOrEqual(0.9);
});

test.each(CLASSES)('recall@5 is at least 0.9 for the class %s', (name) => {
  const members = scores.filter((score) => score.class === name);
  const misses = members
    .filter((score) => score.recallAt5 < 1)
    .map((score) => `${score.locale} "${score.query}": expected ${score.expected.join(', ')}, found ${score.found.join(', ')}`);
  expect({ recallAt5: summarize(members).recallAt5 >= 0.9, misses }).toEqual({ recallAt5: true, misses: expect.any(Array) });
});
