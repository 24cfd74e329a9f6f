/**
 * Fills the drafts of an entry's translations from its Italian draft, by machine translation.
 *
 * 1. Refuses, before anything is sent, what it must not do: no provider for a language, no Italian
 *    version, a translation a person has written or edited since its machine draft (unless
 *    `overwrite`: the admin asks first), a month whose character cap the request would pass.
 * 2. Translates every language first (each provider batches its segments).
 * 3. Writes every language in ONE transaction through the document service, with its record and
 *    the month's usage: a provider's failure, or a write's, leaves nothing half-written.
 *
 * Translated: the localized strings, texts and rich text. Made: the slug, from the translated title.
 * Copied from the Italian: localized relations (to the target's version in that language, where it
 * exists, as the admin's "fill in from another locale" does), localized media and other localized
 * values. Non-localized fields are Strapi's: it copies them to a new language and keeps them shared.
 */
import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPE_REGISTRY, DEFAULT_LOCALE, contentTypeOfUid, type LocaleCode } from '@welfare/types';
import { environment } from '../environment/environment';
import type { MachineTranslationSettings } from '../environment/machine-translation-settings';
import { DeeplProvider } from './deepl-provider';
import { LibreTranslateProvider } from './libretranslate-provider';
import { TranslationProviderError, type ProviderName, type TranslationProvider } from './provider';
import { PROVIDER_LABELS } from './provider-languages';
import { glossaryPattern } from './protected-text';
import { prepareBlocks, prepareText, type PreparedSegment } from './segment-markup';
import { addUsage, charactersUsed, glossaryTerms, recordsOf, saveRecord, usageMonth } from './translation-records';
import { translatedSlug, uniqueSlug } from './translated-slug';

interface Attribute {
  type: string;
  maxLength?: number;
  targetField?: string;
  target?: string;
  relation?: string;
  mappedBy?: string;
  multiple?: boolean;
  /** false for what Strapi maintains itself (i18n's `localizations`, joined on document_id). */
  writable?: boolean;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

type Data = Record<string, unknown>;

/** A refusal for staff: its HTTP status, a code the admin can act on, a message in Italian. */
export class TranslationRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'TranslationRefusal';
  }
}

export interface TranslateRequest {
  uid: string;
  documentId: string;
  locales: readonly LocaleCode[];
  overwrite: boolean;
  /** Who asked (the admin user's name), kept with the record. */
  requestedBy: string;
}

export interface TranslatedLocale {
  locale: LocaleCode;
  provider: ProviderName;
  characters: number;
  slug?: string;
}

/**
 * The record keeps the draft's updatedAt as read back inside the machine's own write: any later
 * save is a person's, however soon after (no slack).
 */
const SAME_WRITE_MS = 0;

let providerCache: { settings: MachineTranslationSettings; providers: Map<ProviderName, TranslationProvider> } | undefined;

export function providerFor(
  name: ProviderName,
  settings: MachineTranslationSettings = environment().machineTranslation,
): TranslationProvider {
  if (providerCache?.settings !== settings) providerCache = { settings, providers: new Map() };
  const cached = providerCache.providers.get(name);
  if (cached) return cached;
  let provider: TranslationProvider;
  if (name === 'deepl' && settings.deepl)
    provider = new DeeplProvider({ ...settings.deepl, timeoutMs: settings.timeoutMs, maxRetries: settings.maxRetries });
  else if (name === 'libretranslate' && settings.libreTranslate)
    provider = new LibreTranslateProvider({ ...settings.libreTranslate, timeoutMs: settings.timeoutMs, maxRetries: settings.maxRetries });
  else throw new TranslationRefusal(503, 'not-configured', `${PROVIDER_LABELS[name]} non è configurato.`);
  providerCache.providers.set(name, provider);
  return provider;
}

function attributesOf(strapi: Core.Strapi, uid: string): Record<string, Attribute> {
  return ((strapi.contentTypes[uid as UID.ContentType] as unknown as { attributes?: Record<string, Attribute> } | undefined)?.attributes ??
    {}) as Record<string, Attribute>;
}

const isLocalized = (attribute: Attribute) => attribute.pluginOptions?.i18n?.localized === true;
const TEXT_TYPES = new Set(['string', 'text', 'richtext']);
/**
 * A relation the entry sets itself. Not one Strapi keeps (`writable: false`): i18n's virtual
 * `localizations` targets the same type through the document_id column, so writing it would move the
 * translation's row out of its document.
 */
const isOwnedRelation = (attribute: Attribute) =>
  attribute.type === 'relation' && attribute.writable !== false && !attribute.mappedBy && Boolean(attribute.target?.startsWith('api::'));

/** Populate of what is copied from the Italian version: owned relations (their documentIds) and localized media. */
function copyPopulate(attributes: Record<string, Attribute>): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (isOwnedRelation(attribute)) populate[name] = { fields: ['documentId'] };
    else if (attribute.type === 'media' && isLocalized(attribute)) populate[name] = { fields: ['id'] };
  }
  return populate;
}

/** The relation's targets that exist in `locale` (a relation to a missing version would be dropped by Strapi anyway). */
async function relationIn(strapi: Core.Strapi, attribute: Attribute, value: unknown, locale: string): Promise<unknown> {
  const ids = (Array.isArray(value) ? value : value ? [value] : [])
    .map((item) => (item as { documentId?: string }).documentId)
    .filter((id): id is string => Boolean(id));
  const target = attribute.target as UID.ContentType;
  const localizedTarget =
    (strapi.contentTypes[target] as unknown as { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined)?.pluginOptions?.i18n
      ?.localized === true;
  let present = ids;
  if (localizedTarget && ids.length > 0) {
    const rows = (await strapi.db
      .query(target)
      .findMany({ select: ['documentId'], where: { documentId: { $in: ids }, locale }, limit: ids.length * 2 })) as Array<{
      documentId: string;
    }>;
    const found = new Set(rows.map((row) => row.documentId));
    present = ids.filter((id) => found.has(id));
  }
  const many = Array.isArray(value) || /ToMany$/.test(attribute.relation ?? '');
  return many ? present : (present[0] ?? null);
}

const truncate = (text: string, maxLength: number | undefined) => {
  if (!maxLength || [...text].length <= maxLength) return text;
  return `${[...text]
    .slice(0, maxLength - 1)
    .join('')
    .trimEnd()}…`;
};

interface Plan {
  locale: LocaleCode;
  provider: TranslationProvider;
  /** The provider applies the glossary (DeepL, for the pairs it has glossaries for). */
  glossaryApplied: boolean;
  segments: PreparedSegment<unknown>[];
  assemble(translated: string[]): Data;
  characters: number;
}

/** The segments of every translated field for one provider, and how to put the translations back. */
function planFor(
  locale: LocaleCode,
  provider: TranslationProvider,
  glossaryApplied: boolean,
  attributes: Record<string, Attribute>,
  italian: Data,
  terms: string[],
): Plan {
  const glossary = glossaryApplied ? null : glossaryPattern(terms);
  const segments: PreparedSegment<unknown>[] = [];
  const builders: Array<(translated: string[]) => [string, unknown]> = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!isLocalized(attribute)) continue;
    const value = italian[name];
    if (TEXT_TYPES.has(attribute.type) && typeof value === 'string' && value.trim() !== '') {
      const segment = prepareText(value, { glossary });
      const position = segments.push(segment) - 1;
      builders.push((translated) => [name, truncate(segment.decode(translated[position]), attribute.maxLength)]);
    } else if (attribute.type === 'blocks' && Array.isArray(value)) {
      const prepared = prepareBlocks(value, { glossary });
      const first = segments.length;
      segments.push(...prepared.segments);
      const count = prepared.segments.length;
      builders.push((translated) => [name, prepared.rebuild(translated.slice(first, first + count))]);
    }
  }
  return {
    locale,
    provider,
    glossaryApplied,
    segments,
    characters: segments.reduce((sum, segment) => sum + segment.characters, 0),
    assemble: (translated) => Object.fromEntries(builders.map((build) => build(translated))),
  };
}

export async function translateEntry(strapi: Core.Strapi, request: TranslateRequest): Promise<TranslatedLocale[]> {
  const settings = environment().machineTranslation;
  const type = contentTypeOfUid(request.uid);
  if (!type) throw new TranslationRefusal(400, 'unknown-type', 'Questo tipo di contenuto non si traduce automaticamente.');
  const locales = [...new Set(request.locales)].filter((locale) => locale !== DEFAULT_LOCALE);
  if (locales.length === 0) throw new TranslationRefusal(400, 'no-locales', 'Nessuna lingua da tradurre.');
  if (!settings.deepl && !settings.libreTranslate)
    throw new TranslationRefusal(503, 'not-configured', 'La traduzione automatica non è configurata su questo CMS.');
  const uncovered = locales.filter((locale) => !settings.assignments[locale]);
  if (uncovered.length > 0) {
    throw new TranslationRefusal(400, 'uncovered', `Nessun servizio di traduzione è configurato per: ${uncovered.join(', ')}.`, {
      locales: uncovered,
    });
  }

  const uid = request.uid as UID.ContentType;
  const attributes = attributesOf(strapi, uid);
  const italian = (await strapi.documents(uid).findOne({
    documentId: request.documentId,
    locale: DEFAULT_LOCALE,
    status: 'draft',
    populate: copyPopulate(attributes),
  } as never)) as Data | null;
  if (!italian) throw new TranslationRefusal(404, 'no-italian', 'Questa voce non ha una versione italiana da tradurre.');

  // A person's work is never replaced without asking: a translation without a machine record, or edited since.
  const slugAttribute = Object.entries(attributes).find(([, attribute]) => attribute.type === 'uid' && isLocalized(attribute));
  const drafts = (await strapi.db.query(uid).findMany({
    select: ['locale', 'updatedAt', ...(slugAttribute ? [slugAttribute[0]] : [])],
    where: { documentId: request.documentId, locale: { $in: locales }, publishedAt: null },
  })) as Array<{ locale: LocaleCode; updatedAt: string | Date; [field: string]: unknown }>;
  const records = new Map(
    (await recordsOf(strapi, request.uid, [request.documentId], locales)).map((record) => [record.entryLocale, record]),
  );
  const conflicts = drafts
    .filter((draft) => {
      const record = records.get(draft.locale);
      return !record || new Date(draft.updatedAt).getTime() > new Date(record.draftUpdatedAt).getTime() + SAME_WRITE_MS;
    })
    .map((draft) => draft.locale);
  if (conflicts.length > 0 && !request.overwrite) {
    throw new TranslationRefusal(
      409,
      'human-edited',
      `Le traduzioni in ${conflicts.join(', ')} sono state scritte o modificate da una persona: confermare per sostituirle.`,
      { locales: conflicts },
    );
  }

  const terms = await glossaryTerms(strapi);
  const plans: Plan[] = [];
  for (const locale of locales) {
    const provider = providerFor(settings.assignments[locale] as ProviderName, settings);
    const glossaryApplied = terms.length > 0 && (await provider.appliesGlossary(DEFAULT_LOCALE, locale));
    plans.push(planFor(locale, provider, glossaryApplied, attributes, italian, terms));
  }
  const estimate = plans.reduce((sum, plan) => sum + plan.characters, 0);
  const used = await charactersUsed(strapi);
  if (used + estimate > settings.monthlyCharacterLimit) {
    throw new TranslationRefusal(
      429,
      'monthly-cap',
      `Il limite mensile di ${settings.monthlyCharacterLimit} caratteri sarebbe superato (usati ${used}, questa traduzione ne richiede ${estimate}). Nessun testo è stato inviato.`,
      { used, estimate, limit: settings.monthlyCharacterLimit },
    );
  }

  // Everything is translated before anything is written.
  const translations: Array<{ plan: Plan; data: Data; characters: number }> = [];
  for (const plan of plans) {
    if (plan.segments.length === 0) {
      translations.push({ plan, data: plan.assemble([]), characters: 0 });
      continue;
    }
    try {
      const result = await plan.provider.translate({
        segments: plan.segments.map((segment) => segment.html),
        source: DEFAULT_LOCALE,
        target: plan.locale,
        glossaryTerms: plan.glossaryApplied ? terms : [],
      });
      translations.push({ plan, data: plan.assemble(result.segments), characters: result.characters });
    } catch (error) {
      if (error instanceof TranslationProviderError) {
        throw new TranslationRefusal(
          error.kind === 'quota' || error.kind === 'rate-limit' ? 429 : 502,
          `provider-${error.kind}`,
          `${error.message} Lingua: ${plan.locale}. Nessuna traduzione è stata scritta.`,
          {
            provider: error.provider,
            locale: plan.locale,
          },
        );
      }
      throw error;
    }
  }

  // What is copied from the Italian version, per language.
  const facts = CONTENT_TYPE_REGISTRY[type];
  // Translations that already have an address keep it.
  const existingLocales = new Set(
    drafts
      .filter((draft) => slugAttribute && typeof draft[slugAttribute[0]] === 'string' && draft[slugAttribute[0]] !== '')
      .map((draft) => draft.locale),
  );
  for (const translation of translations) {
    const { locale } = translation.plan;
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.writable === false || (!isLocalized(attribute) && attribute.type !== 'relation')) continue;
      if (isOwnedRelation(attribute)) translation.data[name] = await relationIn(strapi, attribute, italian[name], locale);
      else if (attribute.type === 'media') {
        const media = italian[name];
        translation.data[name] = Array.isArray(media)
          ? media.map((file) => (file as { id: number }).id)
          : ((media as { id?: number } | null)?.id ?? null);
      } else if (
        !TEXT_TYPES.has(attribute.type) &&
        attribute.type !== 'blocks' &&
        attribute.type !== 'uid' &&
        attribute.type !== 'relation' &&
        attribute.type !== 'component' &&
        attribute.type !== 'dynamiczone'
      ) {
        translation.data[name] = italian[name] ?? null;
      }
    }
    // A new translation gets its slug from its translated title; one with an address keeps it.
    if (slugAttribute && !existingLocales.has(locale)) {
      const [slugField, attribute] = slugAttribute;
      const source = String(
        translation.data[attribute.targetField ?? facts.titleField] ?? italian[attribute.targetField ?? facts.titleField] ?? '',
      );
      const base = translatedSlug(source, locale, `${String(italian[slugField] ?? 'voce')}-${locale}`);
      const rows = (await strapi.db.query(uid).findMany({
        select: [slugField],
        where: { locale, [slugField]: { $startsWith: base }, documentId: { $ne: request.documentId } },
        limit: 1000,
      })) as Array<Record<string, string>>;
      translation.data[slugField] = uniqueSlug(base, new Set(rows.map((row) => row[slugField])));
    }
  }

  // One transaction: every language, its record, the month's usage.
  const month = usageMonth();
  const total = translations.reduce((sum, translation) => sum + translation.characters, 0);
  await strapi.db.transaction(async ({ trx }) => {
    for (const translation of translations) {
      const { locale } = translation.plan;
      await strapi.documents(uid).update({ documentId: request.documentId, locale, data: translation.data } as never);
      const draft = (await strapi.db
        .query(uid)
        .findOne({ select: ['updatedAt'], where: { documentId: request.documentId, locale, publishedAt: null } })) as {
        updatedAt: string | Date;
      } | null;
      await saveRecord(strapi, {
        contentType: request.uid,
        entryDocumentId: request.documentId,
        entryLocale: locale,
        provider: translation.plan.provider.name,
        translatedAt: new Date().toISOString(),
        translatedBy: request.requestedBy.slice(0, 200),
        draftUpdatedAt: new Date(draft?.updatedAt ?? Date.now()).toISOString(),
        characters: translation.characters,
      });
    }
    await addUsage(strapi, trx, total, month);
  });

  return translations.map((translation) => ({
    locale: translation.plan.locale,
    provider: translation.plan.provider.name,
    characters: translation.characters,
    slug: slugAttribute ? (translation.data[slugAttribute[0]] as string | undefined) : undefined,
  }));
}
