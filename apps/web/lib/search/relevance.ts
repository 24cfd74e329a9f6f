import { LOCALE_CODES, type LocaleCode } from '@welfare/types';
import { buildSearchIndex, type SearchIndex } from './search-index';
import type { SearchDocument } from './search-document';

/** One query of the relevance set (relevance-set.json) and the entries it must find. */
export interface RelevanceQuery {
  locale: LocaleCode;
  class: string;
  query: string;
  /** documentIds (in the fixtures: the Italian slugs) expected among the first results. */
  expected: string[];
}

export interface RelevanceScore extends RelevanceQuery {
  found: string[];
  /** Expected entries in the first 5, over the expected ones that fit in 5. */
  recallAt5: number;
  /** 1 / rank of the first expected entry (0 if none in the first 10). */
  reciprocalRank: number;
}

export function buildIndexes(documents: Map<LocaleCode, SearchDocument[]>): Map<LocaleCode, SearchIndex> {
  const italian = documents.get('it') ?? [];
  return new Map(LOCALE_CODES.map((locale) => [locale, buildSearchIndex(locale, documents.get(locale) ?? [], italian)]));
}

export function scoreQuery(index: SearchIndex, query: RelevanceQuery): RelevanceScore {
  const found = index.ids(query.query, 10);
  const top5 = new Set(found.slice(0, 5));
  const hits = query.expected.filter((id) => top5.has(id)).length;
  const first = found.findIndex((id) => query.expected.includes(id));
  return {
    ...query,
    found: found.slice(0, 5),
    recallAt5: hits / Math.min(query.expected.length, 5),
    reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
  };
}

export interface RelevanceSummary {
  queries: number;
  recallAt5: number;
  mrr: number;
  byClass: Record<string, { queries: number; recallAt5: number; mrr: number }>;
  byLocale: Record<string, { queries: number; recallAt5: number; mrr: number }>;
}

const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

function group(scores: RelevanceScore[], key: (score: RelevanceScore) => string) {
  const groups: Record<string, RelevanceScore[]> = {};
  for (const score of scores) (groups[key(score)] ??= []).push(score);
  return Object.fromEntries(
    Object.entries(groups).map(([name, members]) => [
      name,
      { queries: members.length, recallAt5: mean(members.map((m) => m.recallAt5)), mrr: mean(members.map((m) => m.reciprocalRank)) },
    ]),
  );
}

export function summarize(scores: RelevanceScore[]): RelevanceSummary {
  return {
    queries: scores.length,
    recallAt5: mean(scores.map((score) => score.recallAt5)),
    mrr: mean(scores.map((score) => score.reciprocalRank)),
    byClass: group(scores, (score) => score.class),
    byLocale: group(scores, (score) => score.locale),
  };
}
