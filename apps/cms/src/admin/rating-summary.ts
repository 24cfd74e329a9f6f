/** Page ratings summarised per page and language: count, average score, reasons, latest comments. */
const LATEST_COMMENTS = 3;

export interface Rating {
  path: string;
  pageLocale: string;
  score: number;
  reason: string;
  comment: string | null;
}

export interface Summary {
  path: string;
  locale: string;
  count: number;
  average: number;
  reasons: Record<string, number>;
  comments: string[];
}

export function summarize(ratings: Rating[]): Summary[] {
  const byPage = new Map<string, Summary & { total: number }>();
  for (const rating of ratings) {
    const key = `${rating.pageLocale} ${rating.path}`;
    const summary = byPage.get(key) ?? { path: rating.path, locale: rating.pageLocale, count: 0, total: 0, average: 0, reasons: {}, comments: [] };
    summary.count += 1;
    summary.total += rating.score;
    summary.average = summary.total / summary.count;
    summary.reasons[rating.reason] = (summary.reasons[rating.reason] ?? 0) + 1;
    if (rating.comment && summary.comments.length < LATEST_COMMENTS) summary.comments.push(rating.comment);
    byPage.set(key, summary);
  }
  return [...byPage.values()].sort((a, b) => a.average - b.average || b.count - a.count);
}

