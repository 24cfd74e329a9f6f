import type { Core, UID } from '@strapi/strapi';
import { randomUUID } from 'node:crypto';

/**
 * Scheduled publications and unpublications, one row per entry, language and time. They are a
 * hidden content type of ours (`api::publication-schedule.publication-schedule`: no routes, not in
 * the content manager or the content-type builder), so Strapi creates and migrates the table,
 * `strapi export`/`transfer` carry it, and every query goes through the document service or
 * `strapi.db.query`, both of which join the transaction of the request they run in. Times are epoch milliseconds, so SQLite and PostgreSQL
 * compare them the same way.
 */
export const SCHEDULE_UID = 'api::publication-schedule.publication-schedule' as UID.ContentType;

export type ScheduleAction = 'publish' | 'unpublish';
export type ScheduleStatus = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

export interface Schedule {
  id: number;
  contentType: string;
  documentId: string;
  locale: string;
  action: ScheduleAction;
  runAt: string;
  status: ScheduleStatus;
  error: string | null;
  createdBy: number | null;
}

interface ScheduleRow {
  id: number;
  contentType: string;
  entryDocumentId: string;
  entryLocale: string;
  scheduledAction: ScheduleAction;
  runAt: number | string;
  state: ScheduleStatus;
  claimedBy: string | null;
  claimedAt: number | string | null;
  failure: string | null;
  requestedBy: number | null;
}

/** This process's name in claims, so a stuck claim can be traced to its instance. */
export const INSTANCE_ID = randomUUID();
/** A claim older than this belongs to an instance that died mid-run: another may take it over. */
const STALE_CLAIM_MS = 15 * 60_000;
/** At most this many schedules per run: a backlog is worked off run after run. */
const BATCH = 50;

const schedules = (strapi: Core.Strapi) => strapi.db.query(SCHEDULE_UID);

function toSchedule(row: ScheduleRow): Schedule {
  return {
    id: Number(row.id),
    contentType: row.contentType,
    documentId: row.entryDocumentId,
    locale: row.entryLocale,
    action: row.scheduledAction,
    runAt: new Date(Number(row.runAt)).toISOString(),
    status: row.state,
    error: row.failure ?? null,
    createdBy: row.requestedBy === null || row.requestedBy === undefined ? null : Number(row.requestedBy),
  };
}

export async function createSchedule(
  strapi: Core.Strapi,
  input: { contentType: string; documentId: string; locale: string; action: ScheduleAction; runAt: Date; createdBy: number | null },
): Promise<Schedule> {
  // Created through the document service, which gives it its documentId (the export's key).
  const row = (await strapi.documents(SCHEDULE_UID).create({
    data: {
      contentType: input.contentType,
      entryDocumentId: input.documentId,
      entryLocale: input.locale,
      scheduledAction: input.action,
      runAt: input.runAt.getTime(),
      state: 'pending',
      requestedBy: input.createdBy,
    } as never,
  })) as unknown as ScheduleRow;
  return toSchedule(row);
}

export async function findSchedule(strapi: Core.Strapi, id: number): Promise<Schedule | null> {
  const row = (await schedules(strapi).findOne({ where: { id } })) as ScheduleRow | null;
  return row ? toSchedule(row) : null;
}

/** The schedules of one entry (all languages), newest first, bounded. */
export async function schedulesOf(strapi: Core.Strapi, contentType: string, documentId: string, limit = 100): Promise<Schedule[]> {
  const rows = (await schedules(strapi).findMany({
    where: { contentType, entryDocumentId: documentId },
    orderBy: [{ runAt: 'desc' }, { id: 'desc' }],
    limit,
  })) as ScheduleRow[];
  return rows.map(toSchedule);
}

/** Cancels a schedule that has not run yet; false when it already ran or is running. */
export async function cancelSchedule(strapi: Core.Strapi, id: number): Promise<boolean> {
  const { count } = await schedules(strapi).updateMany({ where: { id, state: 'pending' }, data: { state: 'cancelled' } });
  return Number(count) === 1;
}

/**
 * Claims the schedules due at `now` for this instance. Each row is taken with a conditional
 * UPDATE (still pending, or a stale claim): the database lets exactly one instance change it, so
 * with several CMS instances every schedule runs once.
 */
export async function claimDueSchedules(strapi: Core.Strapi, now: Date, instance = INSTANCE_ID): Promise<Schedule[]> {
  const nowMs = now.getTime();
  const staleBefore = nowMs - STALE_CLAIM_MS;
  const candidates = (await schedules(strapi).findMany({
    where: {
      runAt: { $lte: nowMs },
      $or: [{ state: 'pending' }, { state: 'running', claimedAt: { $lt: staleBefore } }],
    },
    orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
    limit: BATCH,
  })) as ScheduleRow[];
  const claimed: Schedule[] = [];
  for (const row of candidates) {
    const { count } = await schedules(strapi).updateMany({
      where: { id: row.id, state: row.state, claimedAt: row.claimedAt === null ? { $null: true } : row.claimedAt },
      data: { state: 'running', claimedBy: instance, claimedAt: nowMs },
    });
    if (Number(count) === 1) claimed.push(toSchedule({ ...row, state: 'running' }));
  }
  return claimed;
}

export async function finishSchedule(strapi: Core.Strapi, id: number, error: string | null): Promise<void> {
  await schedules(strapi).update({ where: { id }, data: { state: error ? 'failed' : 'done', failure: error?.slice(0, 2000) ?? null } });
}
