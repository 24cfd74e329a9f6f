/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { act, render, screen } from '@testing-library/react';
import { CLOSURE_REASONS, WEEKDAYS } from '@welfare/types';
import { renderedHours, type DayException, type Slot } from '@/lib/opening-state';
import { messagesOf } from '@/test/messages';
import { OpenNow, type OpenNowLabels } from './open-now';

/** What a visitor reads on a place on Christmas Day, in Italian and in English, before and after the page's script runs. */
function labelsIn(locale: 'it' | 'en'): OpenNowLabels {
  const messages = messagesOf(locale) as unknown as Record<string, Record<string, string>>;
  return {
    openUntil: messages.Places.openUntil,
    closedOpensToday: messages.Places.closedOpensToday,
    closedOpensTomorrow: messages.Places.closedOpensTomorrow,
    closedOpensOn: messages.Places.closedOpensOn,
    closedOpensOnDate: messages.Places.closedOpensOnDate,
    byAppointmentUntil: messages.Places.byAppointmentUntil,
    byAppointment: messages.Places.byAppointment,
    closedAllDay: messages.Places.closedAllDay,
    closed: messages.Places.closed,
    hours: messages.Contact.hours,
    weekdays: Object.fromEntries(WEEKDAYS.map((day) => [day, messages.Weekdays[day]])) as OpenNowLabels['weekdays'],
    reasons: Object.fromEntries(CLOSURE_REASONS.map((reason) => [reason, messages.ClosureReasons[reason]])) as OpenNowLabels['reasons'],
  };
}

const slots: Slot[] = (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((weekday) => ({
  weekday,
  opens: '09:00',
  closes: '12:30',
}));
const christmas: DayException[] = [
  { from: '2026-12-25', to: '2026-12-25', kind: 'closed', reason: 'publicHoliday', name: 'Christmas Day' },
  { from: '2026-12-26', to: '2026-12-26', kind: 'closed', reason: 'publicHoliday', name: 'Santo Stefano', nameLang: 'it' },
];

describe('open now on a public holiday', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    // Friday 25 December 2026, 10:00 in Rome: the weekly hours say open.
    jest.setSystemTime(new Date('2026-12-25T09:00:00Z'));
  });
  afterEach(() => jest.useRealTimers());

  it('says closed, why, and when it opens, and lists the coming days with the holidays', () => {
    const now = new Date();
    const rendered = renderedHours(slots, christmas, now, 'en');
    render(<OpenNow slots={slots} exceptions={christmas} rendered={rendered} labels={labelsIn('en')} locale="en" />);
    act(() => jest.advanceTimersByTime(0));
    const state = document.querySelector('.open-now');
    expect(state).toHaveAttribute('data-open', 'false');
    expect(state).toHaveTextContent('Closed now — opens Monday at 09:00. Public holiday (Christmas Day)');
    expect(screen.getByText(/Friday, December 25/)).toHaveTextContent('closed — Public holiday (Christmas Day)');
    // A name the library has only in Italian is marked as Italian.
    expect(screen.getByText('Santo Stefano')).toHaveAttribute('lang', 'it');
    expect(screen.getByText(/Monday, December 28/)).toHaveTextContent('09:00–12:30');
  });

  it('on a page rendered days before, keeps the week current: the days it had, and the new ones labelled in the page’s language', () => {
    const renderedAt = new Date('2026-12-21T09:00:00Z');
    const rendered = renderedHours(slots, christmas, renderedAt, 'it');
    render(<OpenNow slots={slots} exceptions={christmas} rendered={rendered} labels={labelsIn('it')} locale="it" />);
    act(() => jest.advanceTimersByTime(0));
    const days = [...document.querySelectorAll('.coming-days li')].map((day) => day.getAttribute('data-date'));
    expect(days).toEqual(['2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    expect(document.querySelector('[data-date="2026-12-25"]')).toHaveTextContent(/^venerdì 25 dicembre:/);
    expect(document.querySelector('[data-date="2026-12-31"]')).toHaveTextContent(/^giovedì 31 dicembre: 09:00–12:30/);
  });

  it('changes on its own at closing time on a page left open', () => {
    // Monday 28 December 2026, 12:29 in Rome.
    jest.setSystemTime(new Date('2026-12-28T11:29:00Z'));
    const now = new Date();
    const rendered = renderedHours(slots, christmas, now, 'en');
    render(<OpenNow slots={slots} exceptions={christmas} rendered={rendered} labels={labelsIn('en')} locale="en" />);
    act(() => jest.advanceTimersByTime(30_000));
    expect(document.querySelector('.open-now')).toHaveAttribute('data-open', 'true');
    act(() => jest.advanceTimersByTime(30_000));
    expect(document.querySelector('.open-now')).toHaveAttribute('data-open', 'false');
    expect(document.querySelector('.open-now')).toHaveTextContent('opens tomorrow at 09:00');
  });

  it('recomputes at once on a device whose clock is before the page was rendered', () => {
    // Rendered on Monday 28 December at 12:29 in Rome (open); the device says Friday 25 (closed).
    const renderedAt = new Date('2026-12-28T11:29:00Z');
    const rendered = renderedHours(slots, christmas, renderedAt, 'en');
    render(<OpenNow slots={slots} exceptions={christmas} rendered={rendered} labels={labelsIn('en')} locale="en" />);
    act(() => jest.advanceTimersByTime(0));
    expect(document.querySelector('.open-now')).toHaveTextContent('Public holiday (Christmas Day)');
  });
});
