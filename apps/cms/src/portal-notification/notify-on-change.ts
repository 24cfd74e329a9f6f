import type { Core } from '@strapi/strapi';
import { contentTypeOfUid, type ChangeNotice } from '@welfare/types';
import { changedLocales, publishedVersions, readPublishedState, readShownBy, uniqueEntries } from './published-state';
import { sendNotice } from './send-notice';

/**
 * Tells the portal about every change to what the public sees, whoever makes it (the admin, the
 * REST API, a script): a Document Service middleware, registered in code, so every install has it.
 * It reads the document's published versions before and after the action; when they differ it
 * sends a notice once the transaction has committed, so the portal never re-reads the old state.
 *
 * A Strapi webhook would not do: its payload has the entry after the change only (not the slug
 * the page had before, nor the entries that show it through a relation), and it is sent once.
 */
const ACTIONS = new Set<ChangeNotice['event']>(['create', 'update', 'publish', 'unpublish', 'delete']);

let paused = 0;

/** Runs `work` without notices: the demo seed publishes hundreds of entries before the portal exists. */
export async function withoutPortalNotices<T>(work: () => Promise<T>): Promise<T> {
  paused += 1;
  try {
    return await work();
  } finally {
    paused -= 1;
  }
}

export function registerPortalNotifications(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const type = contentTypeOfUid(context.uid);
    const event = context.action as ChangeNotice['event'];
    const documentId = (context.params as { documentId?: string } | undefined)?.documentId;
    if (!type || !ACTIONS.has(event) || paused > 0) return next();

    const before = documentId ? await readPublishedState(strapi, context.uid, documentId) : { rows: [] };
    // Unpublishing or deleting removes the relations that showed the document, so read them first;
    // after any other action they are still there (Strapi relinks them to a republished version).
    const removesRelations = event === 'unpublish' || event === 'delete';
    const shownBefore =
      documentId && removesRelations
        ? await readShownBy(
            strapi,
            type,
            documentId,
            before.rows.map((row) => row.locale),
          )
        : [];
    const result = await next();

    // A created document has its id only now.
    const id = documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (!id) return result;
    const after = await readPublishedState(strapi, context.uid, id);
    const locales = changedLocales(before, after);
    if (locales.length === 0) return result; // a draft was saved: nothing public changed

    const shownAfter = await readShownBy(strapi, type, id, locales);
    const notice: ChangeNotice = {
      event,
      type,
      documentId: id,
      locales,
      published: { before: publishedVersions(before), after: publishedVersions(after) },
      shownBy: uniqueEntries(shownBefore, shownAfter).filter((entry) => locales.includes(entry.locale)),
    };
    // Joins the action's transaction when there is one, and sends once it is committed.
    await strapi.db.transaction(async ({ onCommit }) => {
      onCommit(() => void sendNotice(strapi, notice));
    });
    return result;
  });
}
