/**
 * The summary of page ratings the admin home shows (computed by the CMS over every rating:
 * src/page-rating-summary/summary-query.ts), as the admin route answers it.
 */
export const RATING_SUMMARY_PATH = '/page-rating-summary';

export interface Summary {
  path: string;
  locale: string;
  count: number;
  average: number;
  /** How often each reason was given, the most frequent first. */
  reasons: Record<string, number>;
  /** The latest comments, newest first (at most three). */
  comments: string[];
}

export interface RatingSummary {
  totalRatings: number;
  totalPages: number;
  /** The pages with the lowest average first (then the most ratings), at most 100. */
  pages: Summary[];
}
