import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A request that changed what the public sees answers once the portal has taken the change's notice
 * (its first attempt; at most NOTICE_WAIT_MS): the staff member, partner or script that opens the
 * page right after Publish finds the new entry, not the portal's cached state of a moment before.
 * The notice goes out after the transaction commits (notify-on-change.ts), so nothing here holds a
 * database connection; retries of a notice that failed go on after the answer.
 */
export const NOTICE_WAIT_MS = 1_500;

const held = new AsyncLocalStorage<Set<Promise<unknown>>>();

/** Delays the current request's answer until `delivery` settles (or NOTICE_WAIT_MS has passed). */
export function holdAnswerUntil(delivery: Promise<unknown>): void {
  held.getStore()?.add(delivery);
}

/** Runs a request's handling, then waits for what it asked to be held for. */
export async function answerAfterNotices(handle: () => Promise<void>): Promise<void> {
  const deliveries = new Set<Promise<unknown>>();
  await held.run(deliveries, handle);
  if (deliveries.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, NOTICE_WAIT_MS);
  });
  await Promise.race([Promise.allSettled(deliveries), deadline]);
  clearTimeout(timer);
}
