import fs from 'node:fs';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALE_CODES, wallClockToUtc, type LocaleCode } from '@welfare/types';
import { plainTextToBlocks } from './plain-text-to-blocks';
import { defaultFixturesDir, readFixtures, type CollectionGroup, type ContactFixture, type Fixtures, type TextFields } from './fixtures';
import { withoutPortalNotices } from '../portal-notification/notify-on-change';

/**
 * Loads the demo content. Idempotent and conservative: it creates the entries and translations
 * that are missing and publishes what it created; it never changes an entry that exists, so
 * running it on a site that staff have edited loses nothing.
 */

type Data = Record<string, unknown>;
type References = Record<CollectionGroup, Map<string, string>>;

/** Our own content types with draft & publish (not page ratings, citizens' own), so the document service can publish them. */
type ApiUID = Exclude<Extract<UID.ContentType, `api::${string}`>, 'api::page-rating.page-rating'>;

interface GroupSeed {
  uid: ApiUID;
  /** The field that identifies an entry in Italian: its slug, or for languages the ISO code. */
  identity: 'slug' | 'isoCode';
  structure: (entry: never, refs: References) => Data;
}

export type SeedReport = Record<CollectionGroup | 'global', { documents: number; created: number; translations: number }>;

const time = (hhmm: string) => `${hhmm}:00.000`;
const contacts = (list: ContactFixture[]) => list.map(({ kind, value, person }) => ({ kind, value, person: person ?? null }));
const lookup = (refs: References, group: CollectionGroup, key: string) => {
  const documentId = refs[group].get(key);
  if (!documentId) throw new Error(`Seed fixtures refer to ${group} "${key}", which does not exist`);
  return documentId;
};
const lookupAll = (refs: References, group: CollectionGroup, keys: string[]) => keys.map((key) => lookup(refs, group, key));

/** In dependency order: an entry's relations point to groups above it. */
const GROUPS: Record<CollectionGroup, GroupSeed> = {
  categories: { uid: 'api::category.category', identity: 'slug', structure: () => ({}) },
  languages: {
    uid: 'api::language.language',
    identity: 'isoCode',
    structure: (entry: Fixtures['structure']['languages'][number]) => ({ isoCode: entry.isoCode, nativeName: entry.nativeName }),
  },
  places: {
    uid: 'api::place.place',
    identity: 'slug',
    structure: (entry: Fixtures['structure']['places'][number]) => ({
      address: entry.address,
      postalCode: entry.postalCode,
      municipality: entry.municipality,
      latitude: entry.latitude,
      longitude: entry.longitude,
      openingHours: entry.openingHours.map((hours) => ({ weekday: hours.weekday, opens: time(hours.opens), closes: time(hours.closes) })),
      contacts: contacts(entry.contacts),
    }),
  },
  services: {
    uid: 'api::service.service',
    identity: 'slug',
    structure: (entry: Fixtures['structure']['services'][number], refs) => ({
      serviceStatus: entry.serviceStatus,
      category: lookup(refs, 'categories', entry.category),
      topics: lookupAll(refs, 'categories', entry.topics),
      places: lookupAll(refs, 'places', entry.places),
      mediationLanguages: lookupAll(refs, 'languages', entry.mediationLanguages),
      contacts: contacts(entry.contacts),
    }),
  },
  mediators: {
    uid: 'api::mediator.mediator',
    identity: 'slug',
    structure: (entry: Fixtures['structure']['mediators'][number], refs) => ({
      displayName: entry.displayName,
      languages: lookupAll(refs, 'languages', entry.languages),
      services: lookupAll(refs, 'services', entry.services),
      availability: entry.availability.map((slot) => ({
        weekday: slot.weekday,
        opens: time(slot.opens),
        closes: time(slot.closes),
        place: lookup(refs, 'places', slot.place),
      })),
    }),
  },
  schoolWorkshops: {
    uid: 'api::school-workshop.school-workshop',
    identity: 'slug',
    structure: (entry: Fixtures['structure']['schoolWorkshops'][number]) => ({
      schoolYear: entry.schoolYear,
      sessionCount: entry.sessionCount,
      sessionMinutes: entry.sessionMinutes,
      contacts: contacts(entry.contacts),
    }),
  },
  events: {
    uid: 'api::event.event',
    identity: 'slug',
    structure: (entry: Fixtures['structure']['events'][number], refs) => ({
      startsAt: wallClockToUtc(entry.startsAt).toISOString(),
      endsAt: wallClockToUtc(entry.endsAt).toISOString(),
      place: lookup(refs, 'places', entry.place),
      contacts: contacts(entry.contacts),
    }),
  },
  pages: {
    uid: 'api::page.page',
    identity: 'slug',
    structure: (entry: Fixtures['structure']['pages'][number]) => ({ contacts: contacts(entry.contacts) }),
  },
};

const GLOBAL_UID = 'api::global.global' satisfies ApiUID;

class DemoContentSeeder {
  private readonly refs = Object.fromEntries(Object.keys(GROUPS).map((group) => [group, new Map()])) as References;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly fixtures: Fixtures,
  ) {}

  /** The translated fields of an entry, with rich-text fields turned into blocks. */
  private localizedData(uid: ApiUID, text: TextFields): Data {
    const { attributes } = this.strapi.contentType(uid);
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

  private async extraData(group: CollectionGroup, key: string, locale: LocaleCode, text: TextFields): Promise<Data> {
    if (group !== 'events') return {};
    const poster = await this.uploadPoster(key, locale, text.posterAlt);
    return poster ? { poster } : {};
  }

  private async seedGroup(group: CollectionGroup, report: SeedReport): Promise<void> {
    const { uid, identity, structure } = GROUPS[group];
    const documents = this.strapi.documents(uid);
    const counts = (report[group] = { documents: 0, created: 0, translations: 0 });

    for (const entry of this.fixtures.structure[group] as Array<{ key: string }>) {
      const italian = this.textOf(DEFAULT_LOCALE, group, entry.key);
      if (!italian) throw new Error(`Seed fixtures: ${group} "${entry.key}" has no Italian text`);
      const neutral = structure(entry as never, this.refs);
      const identityValue = identity === 'slug' ? italian.slug : (neutral.isoCode as string);

      let document = await documents.findFirst({ locale: DEFAULT_LOCALE, status: 'draft', filters: { [identity]: identityValue } as never });
      // Only the locales created here get published: staff's unpublished edits elsewhere stay drafts.
      const created: LocaleCode[] = [];
      if (!document) {
        document = await documents.create({
          locale: DEFAULT_LOCALE,
          data: { ...neutral, ...this.localizedData(uid, italian), ...(await this.extraData(group, entry.key, DEFAULT_LOCALE, italian)) } as never,
        });
        counts.created += 1;
        created.push(DEFAULT_LOCALE);
      }
      const { documentId } = document;
      this.refs[group].set(entry.key, documentId);
      counts.documents += 1;

      for (const locale of LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)) {
        const text = this.textOf(locale, group, entry.key);
        if (!text) continue;
        const translation = await documents.findOne({ documentId, locale, status: 'draft' });
        if (translation) continue;
        await documents.update({
          documentId,
          locale,
          data: { ...neutral, ...this.localizedData(uid, text), ...(await this.extraData(group, entry.key, locale, text)) } as never,
        });
        counts.translations += 1;
        created.push(locale);
      }
      if (created.length > 0) await documents.publish({ documentId, locale: created });
    }
  }

  private async seedGlobal(report: SeedReport): Promise<void> {
    const documents = this.strapi.documents(GLOBAL_UID);
    const { global } = this.fixtures.structure;
    const neutral = {
      address: global.address,
      contacts: contacts(global.contacts),
      footerPages: lookupAll(this.refs, 'pages', global.footerPages),
      accessibilityStatementUrl: global.accessibilityStatementUrl ?? null,
      accessibilityContactEmail: global.accessibilityContactEmail ?? null,
    };
    const counts = (report.global = { documents: 1, created: 0, translations: 0 });
    const created: LocaleCode[] = [];
    let document = await documents.findFirst({ locale: DEFAULT_LOCALE, status: 'draft' });
    for (const locale of LOCALE_CODES) {
      const text = this.fixtures.text[locale]?.global;
      if (!text) continue;
      const data = { ...neutral, ...this.localizedData(GLOBAL_UID, text) } as never;
      if (!document) {
        document = await documents.create({ locale, data });
        counts.created += 1;
        created.push(locale);
        continue;
      }
      if (await documents.findOne({ documentId: document.documentId, locale, status: 'draft' })) continue;
      await documents.update({ documentId: document.documentId, locale, data });
      counts.translations += 1;
      created.push(locale);
    }
    if (created.length > 0 && document) await documents.publish({ documentId: document.documentId, locale: created });
  }

  async run(): Promise<SeedReport> {
    const report = {} as SeedReport;
    for (const group of Object.keys(GROUPS) as CollectionGroup[]) {
      await this.seedGroup(group, report);
    }
    await this.seedGlobal(report);
    return report;
  }
}

/** Sends the portal no change notices: hundreds at once, usually before a portal exists (its pages refresh within CMS_REVALIDATE_SECONDS). */
export async function seedDemoContent(strapi: Core.Strapi, seedDir = defaultFixturesDir(strapi.dirs.app.root)): Promise<SeedReport> {
  return withoutPortalNotices(() => new DemoContentSeeder(strapi, readFixtures(seedDir)).run());
}

/** The dev server seeds an empty database by itself; production only through `npm run seed`. */
export function shouldSeedOnStart(env = process.env): boolean {
  const flag = env.SEED_DEMO_CONTENT;
  if (flag !== undefined && flag !== '') return flag === 'true';
  return env.NODE_ENV !== 'production';
}

export async function isContentEmpty(strapi: Core.Strapi): Promise<boolean> {
  return (await strapi.db.query('api::service.service').count()) === 0;
}
