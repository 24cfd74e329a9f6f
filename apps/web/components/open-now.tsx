'use client';

import { useEffect, useState } from 'react';
import {
  comingDays,
  dateLabel,
  openingState,
  type DayException,
  type ExceptionReason,
  type OpeningState,
  type RenderedHours,
  type Slot,
} from '@/lib/opening-state';

export interface OpenNowLabels {
  openUntil: string;
  closedOpensToday: string;
  closedOpensTomorrow: string;
  closedOpensOn: string;
  /** For an opening more than a week away (after a long closure): with its date. */
  closedOpensOnDate: string;
  closed: string;
  byAppointmentUntil: string;
  byAppointment: string;
  closedAllDay: string;
  hours: string;
  weekdays: Record<Slot['weekday'], string>;
  reasons: Record<ExceptionReason, string>;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

/** "venerdì 25 dicembre" in the page's language: a calendar date, so formatted in UTC. */
function describe(state: OpeningState, labels: OpenNowLabels, locale: string): string {
  if (state.open) return fill(labels.openUntil, { time: state.closes });
  const now = state.byAppointmentUntil ? fill(labels.byAppointmentUntil, { time: state.byAppointmentUntil }) : '';
  if (!state.next) return now || labels.closed;
  const { next } = state;
  // A weekday alone names the coming week's; further away, the date too.
  const template = next.today
    ? labels.closedOpensToday
    : next.tomorrow
      ? labels.closedOpensTomorrow
      : next.inDays < 7
        ? labels.closedOpensOn
        : labels.closedOpensOnDate;
  // The date only where the sentence has one: a language's first date formatter is costly in the browser.
  const date = template.includes('{date}') ? dateLabel(next.date, locale) : '';
  const opens = fill(template, { time: next.opens, day: labels.weekdays[next.weekday], date });
  return now ? `${now}. ${opens}` : opens;
}

function Reason({ exception, labels }: { exception: Pick<DayException, 'reason' | 'name' | 'nameLang'>; labels: OpenNowLabels }) {
  return (
    <span className="closure-reason">
      {labels.reasons[exception.reason]}
      {exception.name ? (
        <>
          {' ('}
          {/* Isolated: a holiday's name may be in Italian inside right-to-left text (the library has no Urdu). */}
          <bdi lang={exception.nameLang}>{exception.name}</bdi>
          {')'}
        </>
      ) : null}
    </span>
  );
}

function DayHours({ day, labels }: { day: RenderedHours['days'][number]; labels: OpenNowLabels }) {
  return (
    <li data-date={day.date}>
      {day.label}:{' '}
      {day.periods.length === 0 ? (
        labels.closedAllDay
      ) : (
        <span dir="ltr">
          {day.periods
            .map(
              (period) =>
                fill(labels.hours, { opens: period.opens, closes: period.closes }) +
                (period.byAppointment ? ` (${labels.byAppointment})` : ''),
            )
            .join(', ')}
        </span>
      )}
      {day.exceptions.map((exception) => (
        <span key={`${exception.from}-${exception.reason}-${exception.fromTime ?? ''}`}>
          {' — '}
          {exception.kind === 'byAppointment' ? `${labels.byAppointment}: ` : null}
          <Reason exception={exception} labels={labels} />
        </span>
      ))}
    </li>
  );
}

/**
 * "Open now, until 12:30" / "Closed now — opens tomorrow at 9:00", with the reason on a holiday or a
 * closure, and the hours of the coming seven days. The server renders them at render time
 * (`rendered`, for readers without JavaScript); the browser recomputes them from the hours and the
 * holidays and closures in the page once they may have changed (at once on a page from a cache or
 * read offline since), then every minute.
 */
export function OpenNow({
  slots,
  exceptions,
  rendered,
  labels,
  locale,
}: {
  slots: Slot[];
  exceptions: DayException[];
  rendered: RenderedHours;
  labels: OpenNowLabels;
  locale: string;
}) {
  const [hours, setHours] = useState<Pick<RenderedHours, 'state' | 'days'>>(rendered);
  useEffect(() => {
    // The server's labels for the days it rendered: making the first date formatter of a language
    // in the browser cost a phone 140 ms right after an Arabic page loaded.
    const renderedLabels = new Map(rendered.days.map((day) => [day.date, day.label]));
    const update = () => {
      const now = new Date();
      setHours({
        state: openingState(slots, exceptions, now),
        days: comingDays(slots, exceptions, now).map((day) => ({
          ...day,
          label: renderedLabels.get(day.date) ?? dateLabel(day.date, locale),
        })),
      });
    };
    // Nothing to do on load while what the server rendered holds by this device's clock: the
    // browser's first Rome clock (a date formatter with a time zone) cost a phone 200 ms right
    // after the page loaded.
    const now = Date.now();
    const holds = rendered.renderedAt <= now && now < rendered.unchangedUntil;
    let everyMinute: ReturnType<typeof setInterval> | undefined;
    const first = setTimeout(
      () => {
        update();
        everyMinute = setInterval(update, 60_000);
      },
      holds ? rendered.unchangedUntil - now : 0,
    );
    return () => {
      clearTimeout(first);
      clearInterval(everyMinute);
    };
  }, [slots, exceptions, locale, rendered]);
  const { state } = hours;
  const exception = state.open ? undefined : state.exception;
  return (
    <>
      <p className={state.open ? 'open-now open' : 'open-now closed'} data-open={state.open ? 'true' : 'false'}>
        {describe(state, labels, locale)}
        {exception ? (
          <>
            {'. '}
            <Reason exception={exception} labels={labels} />
          </>
        ) : null}
      </p>
      <ul className="coming-days">
        {hours.days.map((day) => (
          <DayHours key={day.date} day={day} labels={labels} />
        ))}
      </ul>
    </>
  );
}
