// @ts-check
/**
 * What the server does to a response just before its first byte goes out (pipeline.mjs
 * `finishing`), in order: the outage page replaces Next's 500 first; a page sent whole then gets
 * its version (ETag, or a 304), its scripts' hashes in its policy, and its compressed copy.
 */
import { compressingPages } from './compressed-pages.mjs';
import { taggingEntities } from './entity-tags.mjs';
import { outagePage } from './outage-page.mjs';
import { addingScriptHashes } from './script-hashes.mjs';

/**
 * @param {{ messagesDir: string, cms: import('./cms-health.mjs').CmsHealth }} options
 * @returns {import('./pipeline.mjs').Finisher[]}
 */
export function responseFinishers({ messagesDir, cms }) {
  return [outagePage({ messagesDir, cms }), taggingEntities(), addingScriptHashes(), compressingPages()];
}
