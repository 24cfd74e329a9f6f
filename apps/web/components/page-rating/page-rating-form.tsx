'use client';

import { useId, useState, type FormEvent } from 'react';
import { COMMENT_MAX_LENGTH, SCORES, reasonsFor, type RatingReason, type Score } from '@/lib/page-rating/reasons';
import { HONEYPOT_FIELD, RATING_ENDPOINT } from '@/lib/page-rating/paths';

export interface RatingLabels {
  question: string;
  scoreLegend: string;
  stars: Record<Score, string>;
  lowLegend: string;
  highLegend: string;
  reasons: Record<RatingReason, string>;
  comment: string;
  commentHint: string;
  next: string;
  send: string;
  sending: string;
  thanks: string;
  failed: string;
  honeypot: string;
}

type State = 'editing' | 'sending' | 'sent' | 'failed';

/**
 * The rating form. Without JavaScript it posts the stars and the server answers with the reason
 * step (`initialScore` set: the same form, second step, rendered on the server). With JavaScript the
 * reasons appear in place once a score is chosen, and the rating is sent without leaving the page.
 */
export function PageRatingForm({ path, labels, initialScore }: { path: string; labels: RatingLabels; initialScore?: Score }) {
  const id = useId();
  const [score, setScore] = useState<Score | undefined>(initialScore);
  const [state, setState] = useState<State>('editing');

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!score) return;
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (!form.get('reason')) return;
    setState('sending');
    try {
      const response = await fetch(RATING_ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(
          Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
        ),
      });
      setState(response.ok ? 'sent' : 'failed');
    } catch {
      setState('failed');
    }
  }

  if (state === 'sent') {
    return (
      <p className="rating-thanks" role="status">
        {labels.thanks}
      </p>
    );
  }

  const reasonsLegend = score && score >= 4 ? labels.highLegend : labels.lowLegend;
  return (
    <form method="post" action={RATING_ENDPOINT} onSubmit={submit} className="rating-form">
      <input type="hidden" name="page" value={path} />
      <div className="rating-honeypot" aria-hidden="true">
        <label>
          {labels.honeypot}
          <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <fieldset className="rating-stars">
        <legend>{labels.scoreLegend}</legend>
        {SCORES.map((value) => (
          <span key={value} className="rating-star">
            <input
              type="radio"
              id={`${id}-score-${value}`}
              name="score"
              value={value}
              required
              checked={score === value}
              onChange={() => setScore(value)}
            />
            <label htmlFor={`${id}-score-${value}`} className={score && value <= score ? 'filled' : undefined}>
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">{labels.stars[value]}</span>
            </label>
          </span>
        ))}
      </fieldset>
      {score ? (
        <>
          <fieldset className="rating-reasons">
            <legend>{reasonsLegend}</legend>
            {reasonsFor(score).map((reason) => (
              <div key={reason} className="rating-reason">
                <input type="radio" id={`${id}-reason-${reason}`} name="reason" value={reason} required />
                <label htmlFor={`${id}-reason-${reason}`}>{labels.reasons[reason]}</label>
              </div>
            ))}
          </fieldset>
          <p className="rating-comment">
            <label htmlFor={`${id}-comment`}>{labels.comment}</label>
            <span id={`${id}-comment-hint`} className="hint">
              {labels.commentHint}
            </span>
            <textarea id={`${id}-comment`} name="comment" maxLength={COMMENT_MAX_LENGTH} rows={3} aria-describedby={`${id}-comment-hint`} />
          </p>
        </>
      ) : null}
      <p>
        <button type="submit" className="button" disabled={state === 'sending'}>
          {state === 'sending' ? labels.sending : score ? labels.send : labels.next}
        </button>
      </p>
      {state === 'failed' ? (
        <p className="rating-error" role="alert">
          {labels.failed}
        </p>
      ) : null}
    </form>
  );
}
