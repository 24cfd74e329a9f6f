import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@welfare/types/locales';
import { CONTENT_TYPE_REGISTRY, type CollectionType } from '@welfare/types/registry';
import { plainTextToBlocks } from '@welfare/types/schemas';
import { eventDateAt, nextYearlyDate } from './event-date';
import {
  defaultFixturesDir,
  readFixtures,
  type CollectionGroup,
  type ContactFixture,
  type Fixtures,
  type StructureFixtures,
  type TextFields,
} from './fixtures';
import { demoContentRecord, saveDemoContentRecord, type DemoContentRecord, type SeededType } from './demo-content-record';
import { withoutPortalNotices } from '../portal-notification/notify-on-change';

/**
 * Loads the demo content, once. Every entry it creates (or finds already there, by its Italian
 * slug) is recorded in Strapi's core store with its document id; a later run skips every recorded
 * entry, whether staff edited, renamed, unpublished or deleted it, and creates only demo entries
 * that never existed (e.g. added to the fixtures by a later release).
 *
 * It never writes to a document that exists: not even to add a missing translation. Non-localized
 * fields (status, contacts, places, dates, relations) are shared by every language of a Strapi 5
 * document, so writing a translation writes them too, over staff's values; and a translation
 * missing from a demo entry is one that staff deleted or chose not to make. Translations are only
 * created together with their document.
 */

type Data = Record<string, unknown>;
type References = Record<CollectionType, Map<string, string>>;

interface SeedContext {
  refs: References;
  /** The moment the seed runs: demo event dates are relative to it. */
  now: Date;
  warn: (message: string) => void;
}

interface TypeSeed<Group extends CollectionGroup = CollectionGroup> {
  /** The field that identifies an entry in Italian: its slug, its title (types without a slug), or for languages the ISO code. */
  identity: 'slug' | 'title' | 'isoCode';
  /** The language-neutral (shared) fields of a new entry. */
  structure: (entry: StructureFixtures[Group][number], context: SeedContext) => Data;
}

export interface TypeReport {
  /** Entries in the fixtures. */
  fixtures: number;
  /** Documents created by this run, and their translations (Italian excluded). */
  created: number;
  translations: number;
  /** Entries that exist already (staff's edits, renames and unpublished drafts included): left untouched. */
  kept: number;
  /** Entries the demo created once that are gone (deleted by staff): not brought back. */
  gone: number;
}
export type SeedReport = Record<SeededType, TypeReport>;

export interface SeedOptions {
  seedDir?: string;
  /** The moment the seed runs (tests inject it): demo event dates are relative to it. */
  now?: Date;
}

const time = (hhmm: string) => `${hhmm}:00.000`;
const contacts = (list: ContactFixture[]) => list.map(({ kind, value, person }) => ({ kind, value, person: person ?? null }));

/** A related entry's document id; undefined (and a warning) when staff deleted it. */
function lookup(context: SeedContext, type: CollectionType, key: string): string | undefined {
  const documentId = context.refs[type].get(key);
  if (!documentId) context.warn(`a new demo entry refers to ${type} "${key}", which no longer exists: left out`);
  return documentId;
}
const lookupOne = (context: SeedContext, type: CollectionType, key: string) => lookup(context, type, key) ?? null;
const lookupAll = (context: SeedContext, type: CollectionType, keys: string[]) =>
  keys.map((key) => lookup(context, type, key)).filter((documentId): documentId is string => documentId !== undefined);

/**
 * Every collection type, keyed by its registry name, IN DEPENDENCY ORDER: an entry's relations
 * point to types above it. The fixture group of each is the registry's `seedGroup`.
 */
const TYPE_SEEDS: { [Type in CollectionType]: TypeSeed } = {
  category: { identity: 'slug', structure: () => ({}) },
  language: {
    identity: 'isoCode',
    structure: (entry: StructureFixtures['languages'][number]) => ({ isoCode: entry.isoCode, nativeName: entry.nativeName }),
  } as TypeSeed<'languages'> as TypeSeed,
  place: {
    identity: 'slug',
    structure: (entry: StructureFixtures['places'][number]) => ({
      address: entry.address,
      postalCode: entry.postalCode,
      municipality: entry.municipality,
      latitude: entry.latitude,
      longitude: entry.longitude,
      openingHours: entry.openingHours.map((hours) => ({ weekday: hours.weekday, opens: time(hours.opens), closes: time(hours.closes) })),
      contacts: contacts(entry.contacts),
    }),
  } as TypeSeed<'places'> as TypeSeed,
  service: {
    identity: 'slug',
    structure: (entry: StructureFixtures['services'][number], context) => ({
      serviceStatus: entry.serviceStatus,
      category: lookupOne(context, 'category', entry.category),
      topics: lookupAll(context, 'category', entry.topics),
      places: lookupAll(context, 'place', entry.places),
      mediationLanguages: lookupAll(context, 'language', entry.mediationLanguages),
      contacts: contacts(entry.contacts),
    }),
  } as TypeSeed<'services'> as TypeSeed,
  mediator: {
    identity: 'slug',
    structure: (entry: StructureFixtures['mediators'][number], context) => ({
      displayName: entry.displayName,
      languages: lookupAll(context, 'language', entry.languages),
      services: lookupAll(context, 'service', entry.services),
      availability: entry.availability.map((slot) => ({
        weekday: slot.weekday,
        opens: time(slot.opens),
        closes: time(slot.closes),
        place: lookupOne(context, 'place', slot.place),
      })),
    }),
  } as TypeSeed<'mediators'> as TypeSeed,
  'school-workshop': {
    identity: 'slug',
    structure: (entry: StructureFixtures['school-workshops'][number]) => ({
      schoolYear: entry.schoolYear,
      sessionCount: entry.sessionCount,
      sessionMinutes: entry.sessionMinutes,
      contacts: contacts(entry.contacts),
    }),
  } as TypeSeed<'school-workshops'> as TypeSeed,
  event: {
    identity: 'slug',
    // Fixed when the event is created: a later run (or restart) never moves it.
    structure: (entry: StructureFixtures['events'][number], context) => ({
      startsAt: eventDateAt(entry.startsAt, context.now).toISOString(),
      endsAt: eventDateAt(entry.endsAt, context.now).toISOString(),
      recurrence: entry.recurrence
        ? { frequency: entry.recurrence.frequency, interval: entry.recurrence.interval ?? 1, count: entry.recurrence.count }
        : null,
      place: lookupOne(context, 'place', entry.place),
      contacts: contacts(entry.contacts),
    }),
  } as TypeSeed<'events'> as TypeSeed,
  page: {
    identity: 'slug',
    structure: (entry: StructureFixtures['pages'][number]) => ({ contacts: contacts(entry.contacts) }),
  } as TypeSeed<'pages'> as TypeSeed,
  notice: {
    identity: 'title',
    structure: (entry: StructureFixtures['notices'][number], context) => ({
      severity: entry.severity,
      startsAt: eventDateAt(entry.startsAt, context.now).toISOString(),
      endsAt: eventDateAt(entry.endsAt, context.now).toISOString(),
      wholeSite: entry.wholeSite ?? false,
      services: lookupAll(context, 'service', entry.services ?? []),
      places: lookupAll(context, 'place', entry.places ?? []),
      events: lookupAll(context, 'event', entry.events ?? []),
    }),
  } as TypeSeed<'notices'> as TypeSeed,
};

const SEED_ORDER = Object.keys(TYPE_SEEDS) as CollectionType[];

/** The fixture group of a type, as the registry names it. */
function fixtureGroup(type: SeededType, fixtures: Fixtures): CollectionGroup | 'global' {
  const group = CONTENT_TYPE_REGISTRY[type].seedGroup;
  if (!Object.hasOwn(fixtures.structure, group))
    throw new Error(`Seed fixtures: no group "${group}" (the seedGroup of ${type}) in entries.json`);
  return group as CollectionGroup | 'global';
}

class DemoContentSeeder {
  private readonly refs = Object.fromEntries(SEED_ORDER.map((type) => [type, new Map<string, string>()])) as References;
  private readonly context: SeedContext;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly fixtures: Fixtures,
    private readonly record: DemoContentRecord,
    now: Date,
  ) {
    this.context = { refs: this.refs, now, warn: (message) => strapi.log.warn(`Demo content: ${message}`) };
  }

  /** The translated fields of an entry, with rich-text fields turned into blocks. */
  private localizedData(type: SeededType, text: TextFields): Data {
    const { attributes } = this.strapi.contentType(CONTENT_TYPE_REGISTRY[type].uid);
    const data: Data = {};
    for (const [field, value] of Object.entries(text)) {
      const attribute = attributes[field as keyof typeof attributes] as { type: string } | undefined;
      if (!attribute) continue;
      data[field] = attribute.type === 'blocks' ? plainTextToBlocks(value) : value;
    }
    return data;
  }

  private textOf(locale: LocaleCode, group: CollectionGroup, key: string): TextFields | undefined {
    return this.fixtures.text[locale]?.[group]?.[key];
  }

  private async uploadPoster(eventKey: string, locale: LocaleCode, alternativeText: string | undefined): Promise<number | undefined> {
    const filepath = path.join(this.fixtures.postersDir, eventKey, `${locale}.png`);
    if (!fs.existsSync(filepath)) return undefined;
    const name = `poster-${eventKey}-${locale}.png`;
    const existing = await this.strapi.db.query('plugin::upload.file').findOne({ where: { name } });
    if (existing) return existing.id;
    const [file] = await this.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText: alternativeText ?? null, caption: null } },
        files: { filepath, originalFilename: name, mimetype: 'image/png', size: fs.statSync(filepath).size },
      });
    return file.id;
  }

  private async extraData(type: CollectionType, key: string, locale: LocaleCode, text: TextFields): Promise<Data> {
    if (type !== 'event') return {};
    const poster = await this.uploadPoster(key, locale, text.posterAlt);
    return poster ? { poster } : {};
  }

  /** Whether a document still exists (in any language, draft or published). */
  private async exists(type: SeededType, documentId: string): Promise<boolean> {
    return (await this.strapi.db.query(CONTENT_TYPE_REGISTRY[type].uid).count({ where: { documentId } })) > 0;
  }

  /**
   * Recorded entries are staff's now: skipped, gone or not. Unrecorded ones found by identity
   * (an install seeded before the record existed, or staff's own entry) are recorded and kept.
   */
  private async known(
    type: SeededType,
    key: string,
    find: () => Promise<string | undefined>,
    counts: TypeReport,
  ): Promise<string | undefined | null> {
    const recorded = this.record.keys[type]?.[key];
    if (recorded) {
      if (await this.exists(type, recorded)) {
        counts.kept += 1;
        return recorded;
      }
      counts.gone += 1;
      return null;
    }
    const found = await find();
    if (found) {
      counts.kept += 1;
      this.remember(type, key, found);
    }
    return found;
  }

  private remember(type: SeededType, key: string, documentId: string): void {
    (this.record.keys[type] ??= {})[key] = documentId;
  }

  private async seedType(type: CollectionType, report: SeedReport): Promise<void> {
    const { identity, structure } = TYPE_SEEDS[type];
    const { uid } = CONTENT_TYPE_REGISTRY[type];
    const group = fixtureGroup(type, this.fixtures) as CollectionGroup;
    const documents = this.strapi.documents(uid);
    const entries = this.fixtures.structure[group] as Array<{ key: string }>;
    const counts: TypeReport = (report[type] = { fixtures: entries.length, created: 0, translations: 0, kept: 0, gone: 0 });

    for (const entry of entries) {
      const italian = this.textOf(DEFAULT_LOCALE, group, entry.key);
      if (!italian) throw new Error(`Seed fixtures: ${group} "${entry.key}" has no Italian text`);
      const identityValue = identity === 'isoCode' ? (entry as { isoCode?: string }).isoCode : italian[identity];
      const existing = await this.known(
        type,
        entry.key,
        async () => {
          const found = await documents.findFirst({
            locale: DEFAULT_LOCALE,
            status: 'draft',
            filters: { [identity]: identityValue } as never,
          });
          return found?.documentId;
        },
        counts,
      );
      if (existing !== undefined) {
        if (existing) this.refs[type].set(entry.key, existing);
        continue;
      }

      // A new document: its shared fields once, then each translation, then publish them all.
      const neutral = structure(entry as never, this.context);
      const { documentId } = await documents.create({
        locale: DEFAULT_LOCALE,
        data: {
          ...neutral,
          ...this.localizedData(type, italian),
          ...(await this.extraData(type, entry.key, DEFAULT_LOCALE, italian)),
        } as never,
      });
      const created: LocaleCode[] = [DEFAULT_LOCALE];
      for (const locale of LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)) {
        const text = this.textOf(locale, group, entry.key);
        if (!text) continue;
        await documents.update({
          documentId,
          locale,
          data: { ...neutral, ...this.localizedData(type, text), ...(await this.extraData(type, entry.key, locale, text)) } as never,
        });
        created.push(locale);
      }
      await documents.publish({ documentId, locale: created });
      counts.created += 1;
      counts.translations += created.length - 1;
      this.refs[type].set(entry.key, documentId);
      this.remember(type, entry.key, documentId);
    }
  }

  private async seedGlobal(report: SeedReport): Promise<void> {
    const { uid } = CONTENT_TYPE_REGISTRY.global;
    const documents = this.strapi.documents(uid);
    fixtureGroup('global', this.fixtures);
    const counts: TypeReport = (report.global = { fixtures: 1, created: 0, translations: 0, kept: 0, gone: 0 });
    const existing = await this.known(
      'global',
      'global',
      async () => (await documents.findFirst({ locale: DEFAULT_LOCALE, status: 'draft' }))?.documentId,
      counts,
    );
    if (existing !== undefined) return;

    const { global } = this.fixtures.structure;
    const neutral = {
      address: global.address,
      contacts: contacts(global.contacts),
      closures: (global.closures ?? []).map((closure) => ({
        startDate: nextYearlyDate(closure, this.context.now),
        kind: closure.kind,
        fromTime: closure.fromTime ? time(closure.fromTime) : null,
        toTime: closure.toTime ? time(closure.toTime) : null,
        reason: closure.reason,
      })),
      footerPages: lookupAll(this.context, 'page', global.footerPages),
      accessibilityStatementUrl: global.accessibilityStatementUrl ?? null,
      accessibilityContactEmail: global.accessibilityContactEmail ?? null,
    };
    let documentId: string | undefined;
    const created: LocaleCode[] = [];
    for (const locale of LOCALE_CODES) {
      const text = this.fixtures.text[locale]?.global;
      if (!text) continue;
      const data = { ...neutral, ...this.localizedData('global', text) } as never;
      if (documentId) await documents.update({ documentId, locale, data });
      else documentId = (await documents.create({ locale, data })).documentId;
      created.push(locale);
    }
    if (!documentId) return;
    await documents.publish({ documentId, locale: created });
    counts.created = 1;
    counts.translations = created.length - 1;
    this.remember('global', 'global', documentId);
  }

  async run(): Promise<SeedReport> {
    const report = {} as SeedReport;
    for (const type of SEED_ORDER) {
      await this.seedType(type, report);
    }
    await this.seedGlobal(report);
    return report;
  }
}

/** Sends the portal no change notices: hundreds at once, usually before a portal exists (its pages refresh within CMS_REVALIDATE_SECONDS). */
export async function seedDemoContent(strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const fixtures = readFixtures(options.seedDir ?? defaultFixturesDir(strapi.dirs.app.root));
  const now = options.now ?? new Date();
  const record: DemoContentRecord = (await demoContentRecord(strapi)) ?? { loadedAt: now.toISOString(), keys: {} };
  const seeder = new DemoContentSeeder(strapi, fixtures, record, now);
  record.complete = false;
  try {
    const report = await withoutPortalNotices(() => seeder.run());
    record.complete = true;
    return report;
  } finally {
    // Saved even after a failure: what was created is staff's from now on.
    record.updatedAt = new Date().toISOString();
    if (Object.keys(record.keys).length > 0) await saveDemoContentRecord(strapi, record);
  }
}
