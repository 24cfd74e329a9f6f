import { recurrenceProblem, type Recurrence } from '@welfare/types';

/** A problem on a field, with its path in the entry's data (the admin shows the message on that field). */
export interface FieldProblem {
  path: Array<string | number>;
  message: string;
}

interface ClosureInput {
  startDate?: unknown;
  endDate?: unknown;
  fromTime?: unknown;
  toTime?: unknown;
}

/** Closures whose end comes before their start, by day or by time. */
export function closureProblems(closures: unknown): FieldProblem[] {
  if (!Array.isArray(closures)) return [];
  return closures.flatMap((closure: ClosureInput, index): FieldProblem[] => {
    if (!closure || typeof closure !== 'object') return [];
    const { startDate, endDate, fromTime, toTime } = closure;
    if (typeof startDate === 'string' && typeof endDate === 'string' && endDate < startDate) {
      return [
        {
          path: ['closures', index, 'endDate'],
          message: `La chiusura finisce (${endDate}) prima di iniziare (${startDate}) (the closure ends before it starts).`,
        },
      ];
    }
    if (typeof fromTime === 'string' && typeof toTime === 'string' && toTime.slice(0, 5) <= fromTime.slice(0, 5)) {
      return [
        {
          path: ['closures', index, 'toTime'],
          message: `L’ora di fine (${toTime.slice(0, 5)}) deve venire dopo quella di inizio (${fromTime.slice(0, 5)}) (the end time must come after the start time).`,
        },
      ];
    }
    return [];
  });
}

/** The recurrence of an event, checked against its start. */
export function eventRecurrenceProblems(recurrence: Recurrence, startsAt: Date): FieldProblem[] {
  const message = recurrenceProblem(recurrence, startsAt);
  if (!message) return [];
  const field = /entrambi|fino a quando|data di fine|prima che|due anni/.test(message)
    ? 'until'
    : /numero di date|più di/.test(message)
      ? 'count'
      : /intervallo/.test(message)
        ? 'interval'
        : 'frequency';
  return [{ path: ['recurrence', field], message }];
}
