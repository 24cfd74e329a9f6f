'use client';

import { useEffect, useState } from 'react';
import { openingState, type OpeningState, type Slot } from '@/lib/opening-state';

export interface OpenNowLabels {
  openUntil: string;
  closedOpensToday: string;
  closedOpensTomorrow: string;
  closedOpensOn: string;
  closed: string;
  weekdays: Record<Slot['weekday'], string>;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

function describe(state: OpeningState, labels: OpenNowLabels): string {
  if (state.open) return fill(labels.openUntil, { time: state.closes });
  if (!state.next) return labels.closed;
  const template = state.next.today ? labels.closedOpensToday : state.next.tomorrow ? labels.closedOpensTomorrow : labels.closedOpensOn;
  return fill(template, { time: state.next.opens, day: labels.weekdays[state.next.weekday] });
}

/**
 * "Open now, until 12:30" / "Closed — opens tomorrow at 9:00". The server renders the state at render
 * time (`rendered`, for readers without JavaScript); the browser recomputes it from the hours in the
 * page at once and every minute, so a page from a cache or read offline is right too.
 */
export function OpenNow({ slots, rendered, labels }: { slots: Slot[]; rendered: OpeningState; labels: OpenNowLabels }) {
  const [state, setState] = useState(rendered);
  useEffect(() => {
    const update = () => setState(openingState(slots, new Date()));
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [slots]);
  return (
    <p className={state.open ? 'open-now open' : 'open-now closed'} data-open={state.open ? 'true' : 'false'}>
      {describe(state, labels)}
    </p>
  );
}
