import type { Core, UID } from '@strapi/strapi';
import { contentTypeUid, type ChangeNotice, type LocaleCode } from '@welfare/types';
import { sendNotice } from './send-notice';

/**
 * A notice's start and end are moments, not changes: nothing is written then, so the change
 * middleware (notify-on-change.ts) sends nothing. This timer sends the portal the notice's change
 * notice at each of its boundaries, so the pages it concerns and the home show and hide it within
 * a second instead of at the time-based floor (CMS_REVALIDATE_SECONDS).
 *
 * Bounded: one timer per process, armed for the next boundary only (one indexed query per field),
 * re-armed on bootstrap (a restart loses nothing to come) and after every notice write. It runs
 * outside requests, so its queries never compete with a request's transaction. With several CMS
 * instances each sends the same notice: replaying a notice refreshes the same pages, nothing else.
 */
const NOTICE_UID = contentTypeUid('notice') as UID.ContentType;
/** Past the boundary by this much, so a portal whose clock lags a little already sees the change. */
const SLACK_MS = 300;
/** setTimeout's limit is about 24.8 days: a farther boundary is looked for again after a day. */
const MAX_WAIT_MS = 24 * 3_600_000;
/** Notices crossing a boundary in one check: far more than staff publish for one moment. */
const MAX_PER_CHECK = 200;

interface BoundaryRow {
  documentId: string;
  locale: LocaleCode;
}

interface State {
  timer?: NodeJS.Timeout;
  /** Boundaries up to this instant are notified (or were before this process started). */
  checkedUpTo: number;
  arming: Promise<void> | null;
  armAgain: boolean;
}

const state: State = { checkedUpTo: Date.now(), arming: null, armAgain: false };

const instant = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value));
  return Number.isNaN(time) ? null : time;
};

/** The first start or end of a published notice after `after`, or null. */
async function nextBoundary(strapi: Core.Strapi, after: number): Promise<number | null> {
  const firstAfter = async (field: 'startsAt' | 'endsAt') => {
    const [row] = (await strapi.db.query(NOTICE_UID).findMany({
      select: [field],
      where: { publishedAt: { $notNull: true }, [field]: { $gt: new Date(after) } },
      orderBy: { [field]: 'asc' },
      limit: 1,
    })) as Array<Record<string, unknown>>;
    return row ? instant(row[field]) : null;
  };
  const times = [await firstAfter('startsAt'), await firstAfter('endsAt')].filter((time): time is number => time !== null);
  return times.length ? Math.min(...times) : null;
}

/** The change notices of the published notices that start or end in (from, to]. */
async function crossings(strapi: Core.Strapi, from: number, to: number): Promise<ChangeNotice[]> {
  const within = { $gt: new Date(from), $lte: new Date(to) };
  const rows = (await strapi.db.query(NOTICE_UID).findMany({
    select: ['documentId', 'locale'],
    where: { publishedAt: { $notNull: true }, $or: [{ startsAt: within }, { endsAt: within }] },
    orderBy: [{ documentId: 'asc' }, { locale: 'asc' }],
    limit: MAX_PER_CHECK,
  })) as BoundaryRow[];
  const byDocument = new Map<string, LocaleCode[]>();
  for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row.locale]);
  return [...byDocument].map(([documentId, locales]) => {
    // Nothing was written: its published versions are the same before and after.
    const versions = locales.map((locale) => ({ locale, slug: null }));
    return { event: 'update', type: 'notice', documentId, locales, published: { before: versions, after: versions }, shownBy: [] };
  });
}

async function check(strapi: Core.Strapi): Promise<void> {
  const now = Date.now() - SLACK_MS;
  const notices = await crossings(strapi, state.checkedUpTo, now);
  state.checkedUpTo = now;
  for (const notice of notices) {
    strapi.log.info(`Notice ${notice.documentId} starts or ends now: notifying the portal`);
    void sendNotice(strapi, notice);
  }
}

async function arm(strapi: Core.Strapi): Promise<void> {
  clearTimeout(state.timer);
  state.timer = undefined;
  // Boundaries already passed (a check that came early, a write racing the timer) are sent now.
  if (Date.now() - SLACK_MS > state.checkedUpTo) await check(strapi);
  const next = await nextBoundary(strapi, state.checkedUpTo);
  if (next === null) return;
  const wait = Math.min(Math.max(0, next + SLACK_MS - Date.now()), MAX_WAIT_MS);
  state.timer = setTimeout(() => void armNoticeBoundaries(strapi), wait);
  // A pending boundary never keeps a stopping CMS alive.
  state.timer.unref();
}

/** (Re)arms the timer for the next boundary; calls made while arming coalesce into one more run. */
export function armNoticeBoundaries(strapi: Core.Strapi): Promise<void> {
  if (state.arming) {
    state.armAgain = true;
    return state.arming;
  }
  const arming = (async () => {
    do {
      state.armAgain = false;
      await arm(strapi);
    } while (state.armAgain);
  })()
    .catch((error: unknown) => {
      strapi.log.warn(`Notice boundaries: ${error instanceof Error ? error.message : error}. Pages follow at the floor.`);
    })
    .finally(() => {
      state.arming = null;
    });
  state.arming = arming;
  return arming;
}

export function stopNoticeBoundaries(): void {
  clearTimeout(state.timer);
  state.timer = undefined;
}

const WRITES = new Set(['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft']);

/** After every notice write has committed, the next boundary is looked for again (its dates may have moved). */
export function registerNoticeBoundaries(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid !== NOTICE_UID || !WRITES.has(context.action)) return result;
    // Joins the write's transaction when there is one; runs once it is committed, outside it.
    await strapi.db.transaction(async ({ onCommit }) => {
      onCommit(() => void armNoticeBoundaries(strapi));
    });
    return result;
  });
}
