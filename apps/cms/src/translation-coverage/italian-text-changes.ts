import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, contentTypeOfUid } from '@welfare/types';

/**
 * When the Italian *text* of a document last changed. A translation is stale when it was saved
 * before that; the Italian row's updatedAt would not do, because it also moves when nothing a
 * translator must follow changed (a relation linked, a shared field synced from another language,
 * the seed wiring entries together). A document service middleware records it, whoever writes.
 */
export const ITALIAN_TEXT_TABLE = 'welfare_italian_text_changes';

/** Text a translator translates: localized strings, texts and rich text (not slugs, media, relations). */
const TEXT_TYPES = new Set(['string', 'text', 'blocks', 'richtext']);

interface Attribute {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

export function translatableFields(strapi: Core.Strapi, uid: string): string[] {
  const model = strapi.contentTypes[uid as UID.ContentType] as unknown as { attributes: Record<string, Attribute> } | undefined;
  return Object.entries(model?.attributes ?? {})
    .filter(([, attribute]) => TEXT_TYPES.has(attribute.type) && attribute.pluginOptions?.i18n?.localized === true)
    .map(([name]) => name);
}

export async function ensureItalianTextTable(strapi: Core.Strapi): Promise<void> {
  const schema = strapi.db.connection.schema;
  if (await schema.hasTable(ITALIAN_TEXT_TABLE)) return;
  await schema.createTable(ITALIAN_TEXT_TABLE, (table) => {
    table.string('content_type', 255).notNullable();
    table.string('document_id', 255).notNullable();
    table.bigInteger('changed_at').notNullable();
    table.primary(['content_type', 'document_id']);
  });
}

async function italianText(strapi: Core.Strapi, uid: string, documentId: string, fields: string[]): Promise<string | null> {
  const row = (await strapi.db.query(uid as UID.ContentType).findOne({
    select: fields,
    where: { documentId, locale: DEFAULT_LOCALE, publishedAt: null },
  })) as Record<string, unknown> | null;
  return row ? JSON.stringify(fields.map((field) => row[field] ?? null)) : null;
}

export async function recordItalianTextChange(strapi: Core.Strapi, uid: string, documentId: string, at: Date = new Date()): Promise<void> {
  await strapi.db
    .connection(ITALIAN_TEXT_TABLE)
    .insert({ content_type: uid, document_id: documentId, changed_at: at.getTime() })
    .onConflict(['content_type', 'document_id'])
    .merge();
}

/** documentId → when its Italian text last changed, for one type. */
export async function italianTextChanges(strapi: Core.Strapi, uid: string): Promise<Map<string, number>> {
  const rows = (await strapi.db.connection(ITALIAN_TEXT_TABLE).where({ content_type: uid }).select('document_id', 'changed_at')) as Array<{ document_id: string; changed_at: number | string }>;
  return new Map(rows.map((row) => [row.document_id, Number(row.changed_at)]));
}

export function registerItalianTextTracking(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!contentTypeOfUid(context.uid) || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; locale?: string } | undefined;
    if ((params?.locale ?? DEFAULT_LOCALE) !== DEFAULT_LOCALE) return next();
    const fields = translatableFields(strapi, context.uid);
    const documentId = params?.documentId;
    const before = documentId ? await italianText(strapi, context.uid, documentId, fields) : null;
    const result = await next();
    const id = documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (id && fields.length > 0 && (await italianText(strapi, context.uid, id, fields)) !== before) {
      await recordItalianTextChange(strapi, context.uid, id);
    }
    return result;
  });
}
