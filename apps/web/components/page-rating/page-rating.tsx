import { getTranslations } from 'next-intl/server';
import { isFeatureEnabled } from '@/lib/features';
import { HIGH_REASONS, LOW_REASONS, SCORES, type RatingReason, type Score } from '@/lib/page-rating/reasons';
import { PageRatingForm, type RatingLabels } from './page-rating-form';

/** The labels of the rating form, translated on the server (the client gets only these strings). */
export async function ratingLabels(): Promise<RatingLabels> {
  const t = await getTranslations('PageRating');
  return {
    question: t('question'),
    scoreLegend: t('scoreLegend'),
    stars: Object.fromEntries(SCORES.map((score) => [score, t('stars', { count: score })])) as Record<Score, string>,
    lowLegend: t('lowLegend'),
    highLegend: t('highLegend'),
    reasons: Object.fromEntries([...LOW_REASONS, ...HIGH_REASONS].map((reason) => [reason, t(`reasons.${reason}`)])) as Record<
      RatingReason,
      string
    >,
    comment: t('comment'),
    commentHint: t('commentHint'),
    next: t('next'),
    send: t('send'),
    sending: t('sending'),
    thanks: t('thanks'),
    failed: t('failed'),
    honeypot: t('honeypot'),
  };
}

/**
 * "How clear is the information on this page?" at the end of a content page (Modello Comuni).
 * Nothing when page rating is switched off (lib/features.ts): never a form that cannot be sent.
 */
export async function PageRating({ path, initialScore }: { path: string; initialScore?: Score }) {
  if (!isFeatureEnabled('pageRating')) return null;
  const labels = await ratingLabels();
  return (
    <section className="page-rating" aria-labelledby="page-rating-title" data-read-aloud="skip">
      <h2 id="page-rating-title">{labels.question}</h2>
      <PageRatingForm path={path} labels={labels} initialScore={initialScore} />
    </section>
  );
}
