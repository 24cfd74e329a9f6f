/**
 * The Modello Comuni page rating: 1–5 stars, then a reason from a list that depends on the score
 * (what went wrong for 1–3, what helped for 4–5), then an optional short comment. Shared by the
 * form (client and no-JavaScript page) and the route handler that checks what it receives.
 */
export const SCORES = [1, 2, 3, 4, 5] as const;
export type Score = (typeof SCORES)[number];

export const LOW_REASONS = ['unclear', 'incomplete', 'lost', 'technical', 'other-low'] as const;
export const HIGH_REASONS = ['clear', 'complete', 'confident', 'no-technical', 'other-high'] as const;
export type RatingReason = (typeof LOW_REASONS)[number] | (typeof HIGH_REASONS)[number];

export const COMMENT_MAX_LENGTH = 200;

export const isScore = (value: number): value is Score => (SCORES as readonly number[]).includes(value);

export const reasonsFor = (score: Score): readonly RatingReason[] => (score >= 4 ? HIGH_REASONS : LOW_REASONS);
