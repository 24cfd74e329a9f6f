// @ts-check
/**
 * A number that moves whenever cached pages may have changed in this instance's view: a tag
 * revalidated here (before and after the shared cache removed its entries) or announced by another
 * instance, and Redis connected again after an outage (announcements may have been missed). The
 * cached pages' memory (cached-pages-memory.mjs) keeps an answer only while it holds.
 *
 * The cache handler and the server are loaded apart (Next loads the handler by its path), so the
 * number lives on globalThis under a Symbol.for key, one per process.
 */

const KEY = Symbol.for('welfare.page-generation');

/** @returns {{ generation: number }} */
function state() {
  const store = /** @type {typeof globalThis & { [KEY]?: { generation: number } }} */ (globalThis);
  return (store[KEY] ??= { generation: 0 });
}

/** The current generation of cached pages. */
export function pageGeneration() {
  return state().generation;
}

/** What any page was rendered from may have changed: every answer kept so far is stale. */
export function pagesMayHaveChanged() {
  state().generation += 1;
}
