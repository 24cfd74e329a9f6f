import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { entryPermissions } from '../admin-permissions/entry-permissions';
import { contentTypeOfUid, isLocaleCode, wallClockToUtc } from '@welfare/types';
import { cancelSchedule, createSchedule, findSchedule, schedulesOf, type ScheduleAction } from './schedule-store';
import { runDueSchedules } from './run-due-schedules';

/**
 * The admin API of scheduled publication (admin-authenticated, under /publication-schedules):
 * list an entry's schedules, schedule, cancel, and run the due ones now (super admins).
 * Who may schedule: whoever may publish the entry in that language (a translator only in theirs).
 */
interface AdminUser {
  id: number;
  roles?: Array<{ code: string }>;
}

const ACTIONS: readonly ScheduleAction[] = ['publish', 'unpublish'];
/** Staff pick a time in the future; a minute of slack for the time the form took to send. */
const PAST_SLACK_MS = 60_000;
/** At most a few years ahead: a typo in the year should not hide a schedule forever. */
const MAX_AHEAD_MS = 3 * 366 * 24 * 3600_000;

/** "2026-12-24T10:00" is read in Europe/Rome; an ISO time with Z or an offset is taken as is. */
export function parseRunAt(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  try {
    const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)
      ? wallClockToUtc(value)
      : /(Z|[+-]\d{2}:\d{2})$/.test(value)
        ? new Date(value)
        : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
  } catch {
    return null;
  }
}

function badRequest(ctx: Context, message: string) {
  ctx.status = 400;
  ctx.body = { error: { status: 400, name: 'ValidationError', message } };
}

function forbidden(ctx: Context, message: string) {
  ctx.status = 403;
  ctx.body = { error: { status: 403, name: 'ForbiddenError', message } };
}

export function scheduleRoutes(strapi: Core.Strapi) {
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  const info = { type: 'admin', apiName: 'publication-schedules' };

  const list = async (ctx: Context) => {
    const { contentType, documentId } = ctx.query as Record<string, string | undefined>;
    if (typeof contentType !== 'string' || !contentTypeOfUid(contentType) || typeof documentId !== 'string' || !documentId) {
      return badRequest(ctx, 'contentType (one of our types) and documentId are required');
    }
    if (!entryPermissions(strapi, ctx, contentType).can.read()) return forbidden(ctx, 'You may not read this type');
    ctx.body = { data: await schedulesOf(strapi, contentType, documentId) };
  };

  const create = async (ctx: Context) => {
    const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
    const { contentType, documentId, locale, action } = body;
    if (typeof contentType !== 'string' || !contentTypeOfUid(contentType))
      return badRequest(ctx, 'contentType must be one of the portal content types');
    if (typeof documentId !== 'string' || !documentId) return badRequest(ctx, 'documentId is required');
    if (!isLocaleCode(locale)) return badRequest(ctx, 'locale must be one of the portal languages');
    if (typeof action !== 'string' || !ACTIONS.includes(action as ScheduleAction))
      return badRequest(ctx, 'action must be "publish" or "unpublish"');
    const runAt = parseRunAt(body.runAt);
    if (!runAt) return badRequest(ctx, 'runAt must be a local time in Europe/Rome (YYYY-MM-DDTHH:mm) or an ISO time with its offset');
    if (runAt.getTime() < Date.now() - PAST_SLACK_MS) return badRequest(ctx, 'runAt is in the past');
    if (runAt.getTime() > Date.now() + MAX_AHEAD_MS) return badRequest(ctx, 'runAt is more than three years ahead');

    // The same rule as the Publish button: the role's publish permission for that language.
    if (!entryPermissions(strapi, ctx, contentType).can.publish({ locale })) {
      return forbidden(ctx, `You may not publish in ${locale}, so you may not schedule it`);
    }
    const draft = await strapi
      .documents(contentType as UID.ContentType)
      .findOne({ documentId, locale, status: 'draft', fields: ['id'] } as never);
    if (!draft) {
      ctx.status = 404;
      ctx.body = { error: { status: 404, name: 'NotFoundError', message: `No ${locale} version of this entry` } };
      return;
    }
    const user = ctx.state.user as AdminUser | undefined;
    ctx.status = 201;
    ctx.body = {
      data: await createSchedule(strapi, {
        contentType,
        documentId,
        locale,
        action: action as ScheduleAction,
        runAt,
        createdBy: user?.id ?? null,
      }),
    };
  };

  const cancel = async (ctx: Context) => {
    const id = Number(ctx.params.id);
    const schedule = Number.isInteger(id) ? await findSchedule(strapi, id) : null;
    if (!schedule) {
      ctx.status = 404;
      ctx.body = { error: { status: 404, name: 'NotFoundError', message: 'No such schedule' } };
      return;
    }
    if (!entryPermissions(strapi, ctx, schedule.contentType).can.publish({ locale: schedule.locale })) {
      return forbidden(ctx, `You may not publish in ${schedule.locale}, so you may not cancel its schedule`);
    }
    if (!(await cancelSchedule(strapi, id))) {
      ctx.status = 409;
      ctx.body = {
        error: { status: 409, name: 'ConflictError', message: `The schedule is ${schedule.status}: only a pending one can be cancelled` },
      };
      return;
    }
    ctx.body = { data: await findSchedule(strapi, id) };
  };

  const runNow = async (ctx: Context) => {
    const user = ctx.state.user as AdminUser | undefined;
    if (!user?.roles?.some((role) => role.code === 'strapi-super-admin'))
      return forbidden(ctx, 'Only super admins run the schedules by hand');
    const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
    // Tests move the clock instead of waiting; production always runs at the real time.
    let now = new Date();
    if (body.now !== undefined && process.env.NODE_ENV !== 'production') {
      const parsed = parseRunAt(body.now);
      if (!parsed) return badRequest(ctx, 'now must be an ISO time');
      now = parsed;
    }
    ctx.body = { data: await runDueSchedules(strapi, now) };
  };

  return {
    type: 'admin' as const,
    routes: [
      { method: 'GET' as const, path: '/publication-schedules', handler: list, config, info },
      { method: 'POST' as const, path: '/publication-schedules', handler: create, config, info },
      { method: 'DELETE' as const, path: '/publication-schedules/:id', handler: cancel, config, info },
      { method: 'POST' as const, path: '/publication-schedules/run', handler: runNow, config, info },
    ],
  };
}
