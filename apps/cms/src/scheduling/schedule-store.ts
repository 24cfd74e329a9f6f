import type { Core } from '@strapi/strapi';
import { randomUUID } from 'node:crypto';

/**
 * Scheduled publications and unpublications, one row per entry, language and time, in a table of
 * our own (not a content type: it must not appear in the public API or the content manager).
 * Strapi leaves tables it did not create alone. Times are stored as epoch milliseconds, so SQLite
 * and PostgreSQL compare them the same way.
 */
export const SCHEDULE_TABLE = 'welfare_publication_schedules';

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
  content_type: string;
  document_id: string;
  locale: string;
  action: ScheduleAction;
  run_at: number | string;
  status: ScheduleStatus;
  claimed_by: string | null;
  claimed_at: number | string | null;
  error: string | null;
  created_by: number | null;
}

/** This process's name in claims, so a stuck claim can be traced to its instance. */
export const INSTANCE_ID = randomUUID();
/** A claim older than this belongs to an instance that died mid-run: another may take it over. */
const STALE_CLAIM_MS = 15 * 60_000;
/** At most this many schedules per run: a backlog is worked off run after run. */
const BATCH = 50;

const knex = (strapi: Core.Strapi) => strapi.db.connection;

function toSchedule(row: ScheduleRow): Schedule {
  return {
    id: Number(row.id),
    contentType: row.content_type,
    documentId: row.document_id,
    locale: row.locale,
    action: row.action,
    runAt: new Date(Number(row.run_at)).toISOString(),
    status: row.status,
    error: row.error,
    createdBy: row.created_by === null ? null : Number(row.created_by),
  };
}

export async function ensureScheduleTable(strapi: Core.Strapi): Promise<void> {
  const schema = knex(strapi).schema;
  if (await schema.hasTable(SCHEDULE_TABLE)) return;
  await schema.createTable(SCHEDULE_TABLE, (table) => {
    table.increments('id');
    table.string('content_type', 255).notNullable();
    table.string('document_id', 255).notNullable();
    table.string('locale', 16).notNullable();
    table.string('action', 16).notNullable();
    table.bigInteger('run_at').notNullable();
    table.string('status', 16).notNullable().defaultTo('pending');
    table.string('claimed_by', 64).nullable();
    table.bigInteger('claimed_at').nullable();
    table.text('error').nullable();
    table.integer('created_by').nullable();
    table.bigInteger('created_at').notNullable();
    table.index(['status', 'run_at']);
    table.index(['content_type', 'document_id']);
  });
}

export async function createSchedule(
  strapi: Core.Strapi,
  input: { contentType: string; documentId: string; locale: string; action: ScheduleAction; runAt: Date; createdBy: number | null },
): Promise<Schedule> {
  const [inserted] = await knex(strapi)(SCHEDULE_TABLE)
    .insert({
      content_type: input.contentType,
      document_id: input.documentId,
      locale: input.locale,
      action: input.action,
      run_at: input.runAt.getTime(),
      status: 'pending',
      created_by: input.createdBy,
      created_at: Date.now(),
    })
    .returning('id');
  const id = typeof inserted === 'object' ? (inserted as { id: number }).id : inserted;
  return (await findSchedule(strapi, Number(id))) as Schedule;
}

export async function findSchedule(strapi: Core.Strapi, id: number): Promise<Schedule | null> {
  const row = (await knex(strapi)(SCHEDULE_TABLE).where({ id }).first()) as ScheduleRow | undefined;
  return row ? toSchedule(row) : null;
}

/** The schedules of one entry (all languages), newest first, bounded. */
export async function schedulesOf(strapi: Core.Strapi, contentType: string, documentId: string, limit = 100): Promise<Schedule[]> {
  const rows = (await knex(strapi)(SCHEDULE_TABLE)
    .where({ content_type: contentType, document_id: documentId })
    .orderBy('run_at', 'desc')
    .limit(limit)) as ScheduleRow[];
  return rows.map(toSchedule);
}

/** Cancels a schedule that has not run yet; false when it already ran or is running. */
export async function cancelSchedule(strapi: Core.Strapi, id: number): Promise<boolean> {
  const changed = await knex(strapi)(SCHEDULE_TABLE).where({ id, status: 'pending' }).update({ status: 'cancelled' });
  return Number(changed) === 1;
}

/**
 * Claims the schedules due at `now` for this instance. Each row is taken with a conditional
 * UPDATE (status still pending, or a stale claim): the database lets exactly one instance change
 * it, so with several CMS instances every schedule runs once.
 */
export async function claimDueSchedules(strapi: Core.Strapi, now: Date, instance = INSTANCE_ID): Promise<Schedule[]> {
  const db = knex(strapi);
  const nowMs = now.getTime();
  const staleBefore = nowMs - STALE_CLAIM_MS;
  const candidates = (await db(SCHEDULE_TABLE)
    .where('run_at', '<=', nowMs)
    .andWhere((query) => query.where('status', 'pending').orWhere((stale) => stale.where('status', 'running').andWhere('claimed_at', '<', staleBefore)))
    .orderBy('run_at', 'asc')
    .limit(BATCH)) as ScheduleRow[];
  const claimed: Schedule[] = [];
  for (const row of candidates) {
    const changed = await db(SCHEDULE_TABLE)
      .where({ id: row.id, status: row.status })
      .andWhere((query) => (row.claimed_at === null ? query.whereNull('claimed_at') : query.where('claimed_at', row.claimed_at)))
      .update({ status: 'running', claimed_by: instance, claimed_at: nowMs });
    if (Number(changed) === 1) claimed.push(toSchedule({ ...row, status: 'running' }));
  }
  return claimed;
}

export async function finishSchedule(strapi: Core.Strapi, id: number, error: string | null): Promise<void> {
  await knex(strapi)(SCHEDULE_TABLE)
    .where({ id })
    .update({ status: error ? 'failed' : 'done', error: error?.slice(0, 2000) ?? null });
}
