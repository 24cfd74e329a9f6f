import type { Core, UID } from '@strapi/strapi';
import { SCHEDULE_UID } from '../scheduling/schedule-store';
import { ITALIAN_TEXT_CHANGE_UID } from '../translation-coverage/italian-text-changes';

/**
 * Until the publication schedules and the Italian-text changes became hidden content types, they
 * lived in two tables of our own, made at bootstrap outside Strapi's model. A database that still
 * has them gets their rows copied into the content types' tables and the old tables dropped, in
 * one transaction (a failure leaves the old tables as they were, and the next start tries again).
 */
interface LegacyTable {
  table: string;
  uid: UID.ContentType;
  row: (old: Record<string, unknown>) => Record<string, unknown>;
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export const LEGACY_TABLES: readonly LegacyTable[] = [
  {
    table: 'welfare_italian_text_changes',
    uid: ITALIAN_TEXT_CHANGE_UID,
    row: (old) => ({ contentType: old.content_type, entryDocumentId: old.document_id, changedAt: num(old.changed_at) }),
  },
  {
    table: 'welfare_publication_schedules',
    uid: SCHEDULE_UID,
    row: (old) => ({
      contentType: old.content_type,
      entryDocumentId: old.document_id,
      entryLocale: old.locale,
      scheduledAction: old.action,
      runAt: num(old.run_at),
      state: old.status,
      claimedBy: old.claimed_by ?? null,
      claimedAt: num(old.claimed_at),
      failure: old.error ?? null,
      requestedBy: num(old.created_by),
      createdAt: old.created_at ? new Date(Number(old.created_at)) : new Date(),
    }),
  },
];

export async function migrateLegacyTables(strapi: Core.Strapi): Promise<void> {
  for (const legacy of LEGACY_TABLES) {
    if (!(await strapi.db.getSchemaConnection().hasTable(legacy.table))) continue;
    const copied = await strapi.db.transaction(async ({ trx }) => {
      const rows = (await strapi.db.getConnection(legacy.table).transacting(trx).select('*')) as Array<Record<string, unknown>>;
      // Through the document service, which gives each its documentId; inside this transaction.
      for (const row of rows) await strapi.documents(legacy.uid).create({ data: legacy.row(row) as never });
      await strapi.db.getSchemaConnection(trx).dropTable(legacy.table);
      return rows.length;
    });
    strapi.log.info(`Moved ${copied} rows of ${legacy.table} into ${legacy.uid}`);
  }
}
