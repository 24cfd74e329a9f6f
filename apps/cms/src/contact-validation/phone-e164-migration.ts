import type { Core, UID } from '@strapi/strapi';
import { phoneNumberE164, type PhoneKind } from './phone-number';

const CONTACT_CHANNEL = 'contact.channel' as UID.Schema;
const PHONE_KINDS: PhoneKind[] = ['phone', 'mobile', 'whatsapp'];
const BATCH = 200;

interface ChannelRow {
  id: number;
  kind: PhoneKind;
  value: string | null;
}

/**
 * Numbers saved before the CMS stored E.164 get theirs (idempotent: only rows still without one are
 * read, and an Italian short code or an undiallable old number keeps none, so it is read again at
 * the next start but changes nothing). Component rows are shared by the draft and published
 * versions they belong to; nothing else of the entries changes, so no notice is sent.
 * Runs at every start, in batches, before the CMS serves requests.
 */
export async function migratePhoneNumbersToE164(strapi: Core.Strapi): Promise<number> {
  const channels = strapi.db.query(CONTACT_CHANNEL);
  let updated = 0;
  let lastId = 0;
  for (;;) {
    const rows = (await channels.findMany({
      select: ['id', 'kind', 'value'],
      where: { id: { $gt: lastId }, e164: { $null: true }, kind: { $in: PHONE_KINDS } },
      orderBy: { id: 'asc' },
      limit: BATCH,
    })) as ChannelRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const e164 = row.value ? phoneNumberE164(row.kind, row.value) : null;
      if (e164) {
        await channels.update({ where: { id: row.id }, data: { e164 } });
        updated += 1;
      }
    }
    lastId = rows[rows.length - 1].id;
  }
  return updated;
}
