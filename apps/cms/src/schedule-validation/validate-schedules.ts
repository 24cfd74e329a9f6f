import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { seriesEnd, type Recurrence } from '@welfare/types';
import { closureProblems, eventRecurrenceProblems, type FieldProblem } from './schedule-problems';

const EVENT = 'api::event.event';
const WITH_CLOSURES = new Set(['api::place.place', 'api::global.global']);
const ACTIONS = new Set(['create', 'update']);

type Data = Record<string, unknown>;

function refuse(problems: FieldProblem[]): never {
  throw new errors.ValidationError(problems[0].message, {
    errors: problems.map((problem) => ({ path: problem.path.map(String), message: problem.message, name: 'ValidationError', value: null })),
  });
}

/** The saved draft's start, end and recurrence, for an update that sends only some of them. */
async function savedEvent(strapi: Core.Strapi, params: { documentId?: string; locale?: string }): Promise<Data | null> {
  if (!params.documentId) return null;
  const found = await strapi.documents(EVENT as UID.ContentType).findOne({
    documentId: params.documentId,
    locale: params.locale,
    status: 'draft',
    fields: ['startsAt', 'endsAt'],
    populate: { recurrence: { populate: { exceptions: true } } },
  } as never);
  return (found as Data | null) ?? null;
}

/**
 * Closures (places, global settings) and event recurrences are checked on every create and update
 * through the document service (admin, REST, seed alike): a closure that ends before it starts or a
 * repetition that cannot be a calendar rule is refused with the message on its field. An event's
 * `seriesEndsAt` — when the last date of its repetition ends — is the CMS's, computed here in the
 * same write, never what a request says: the portal's upcoming/past split filters on it.
 */
export function registerScheduleValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!ACTIONS.has(context.action)) return next();
    const params = (context.params ?? {}) as { data?: Data; documentId?: string; locale?: string };
    const data = params.data;
    if (!data || typeof data !== 'object') return next();
    if (WITH_CLOSURES.has(context.uid)) {
      const problems = closureProblems(data.closures);
      if (problems.length > 0) refuse(problems);
    }
    if (context.uid === EVENT) {
      delete data.seriesEndsAt;
      const touched = 'recurrence' in data || 'startsAt' in data || 'endsAt' in data;
      if (touched) {
        const saved =
          context.action === 'update' && !('recurrence' in data && 'startsAt' in data && 'endsAt' in data)
            ? await savedEvent(strapi, params)
            : null;
        const recurrence = ('recurrence' in data ? data.recurrence : saved?.recurrence) as Recurrence | null | undefined;
        const startsAt = ('startsAt' in data ? data.startsAt : saved?.startsAt) as string | undefined;
        const endsAt = ('endsAt' in data ? data.endsAt : saved?.endsAt) as string | null | undefined;
        if (recurrence && typeof recurrence === 'object' && startsAt) {
          const start = new Date(startsAt);
          if (!Number.isNaN(start.getTime())) {
            const problems = eventRecurrenceProblems(recurrence, start);
            if (problems.length > 0) refuse(problems);
            data.seriesEndsAt = seriesEnd(recurrence, start, endsAt ? new Date(endsAt) : null)?.toISOString() ?? null;
          }
        } else {
          data.seriesEndsAt = null;
        }
      }
    }
    return next();
  });
}
