import {
  CONTENT_TYPES,
  CONTENT_TYPE_REGISTRY,
  ENTRY_PAGE_TYPES,
  LIST_PAGE_SIZE,
  cardEmbeds,
  contentTypeOfUid,
  contentTypeUid,
  hasEntryPages,
  isContentType,
  listFilters,
  listQueryFilters,
  listViews,
  restPath,
  type ContentTypeFacts,
  type PopulateShape,
} from './content-types';

const NOW = '2026-05-04T10:00:00.000Z';
const all = Object.values(CONTENT_TYPE_REGISTRY) as ContentTypeFacts[];

describe('the content-type registry', () => {
  it('names each type once, by its key, and derives its uid from it', () => {
    for (const facts of all) {
      expect(CONTENT_TYPE_REGISTRY[facts.name as keyof typeof CONTENT_TYPE_REGISTRY]).toBe(facts);
      expect(facts.uid).toBe(`api::${facts.name}.${facts.name}`);
      expect(contentTypeOfUid(facts.uid)).toBe(facts.name);
      expect(contentTypeUid(facts.name as never)).toBe(facts.uid);
    }
    expect(contentTypeOfUid('api::unknown.unknown')).toBeUndefined();
    expect(contentTypeOfUid('plugin::users-permissions.user')).toBeUndefined();
    expect(isContentType('toString')).toBe(false);
  });

  it('gives every collection its plural REST path and the single type its name', () => {
    for (const facts of all) {
      expect(restPath(facts.name as never)).toBe(facts.kind === 'collectionType' ? `/${facts.pluralName}` : `/${facts.name}`);
    }
  });

  it('relates only to types it knows', () => {
    for (const facts of all) for (const target of Object.values(facts.relations)) expect(CONTENT_TYPES).toContain(target);
  });

  it('gives entry pages a slug, a list segment and a preview of the entry', () => {
    for (const facts of all) {
      if (facts.portal.entryPages) {
        expect(facts.hasSlug).toBe(true);
        expect(facts.portal.segment).toEqual(expect.stringMatching(/^[a-z-]+$/));
        expect(facts.preview).toBe('entry');
      }
      if (facts.portal.listPage) expect(facts.portal.segment).toEqual(expect.stringMatching(/^[a-z-]+$/));
      if (!facts.portal.listPage && !facts.portal.entryPages) expect(facts.portal.segment).toBeNull();
      if (facts.sitemap) expect(facts.portal.entryPages).toBe(true);
      // "At most 24 entries a page" is the lists' promise; a type may show fewer, never more.
      if (facts.portal.pageSize !== undefined) expect(facts.portal.pageSize).toBeGreaterThan(0);
      if (facts.portal.pageSize !== undefined) expect(facts.portal.pageSize).toBeLessThanOrEqual(LIST_PAGE_SIZE);
    }
    expect(ENTRY_PAGE_TYPES.every(hasEntryPages)).toBe(true);
    expect(new Set(all.map((facts) => facts.portal.segment).filter(Boolean)).size).toBe(all.filter((facts) => facts.portal.segment).length);
  });

  it('gives each list page its views, one at the list’s own address, and filters on its relations', () => {
    for (const facts of all) {
      const views = Object.values(facts.portal.lists ?? {});
      expect(views.length > 0).toBe(facts.portal.listPage);
      if (facts.portal.listPage) expect(views.filter((view) => view.path === '').length).toBe(1);
      // A view's address is a path segment that neither a filter nor `page` takes.
      for (const view of views) expect(view.path).toMatch(/^(?!page$|category$|language$)([a-z-]+)?$/);
      for (const path of Object.values(facts.portal.filters ?? {})) expect(Object.keys(facts.relations)).toContain(path.split('.')[0]);
    }
  });

  it('turns a list’s filters and window into the CMS query', () => {
    expect(listQueryFilters('service', 'all', {}, NOW)).toBeUndefined();
    expect(listQueryFilters('service', 'all', { category: 'c1', language: 'ar' }, NOW)).toEqual({
      category: { documentId: { $eq: 'c1' } },
      mediationLanguages: { isoCode: { $eq: 'ar' } },
    });
    expect(listQueryFilters('mediator', 'all', { language: 'ur', category: 'ignored' }, NOW)).toEqual({
      languages: { isoCode: { $eq: 'ur' } },
    });
    expect(listQueryFilters('event', 'upcoming', {}, NOW)).toEqual({
      $or: [{ endsAt: { $gte: NOW } }, { endsAt: { $null: true }, startsAt: { $gte: NOW } }, { seriesEndsAt: { $gte: NOW } }],
    });
    expect(listQueryFilters('event', 'archive', {}, NOW)).toEqual({
      $and: [
        { $or: [{ endsAt: { $lt: NOW } }, { endsAt: { $null: true }, startsAt: { $lt: NOW } }] },
        { $or: [{ seriesEndsAt: { $null: true } }, { seriesEndsAt: { $lt: NOW } }] },
      ],
    });
    expect(listViews('event').upcoming.sort).toEqual(['startsAt:asc']);
    expect(listViews('event').archive.sort).toEqual(['startsAt:desc']);
    expect(listFilters('service')).toEqual(['category', 'language']);
    expect(listFilters('school-workshop')).toEqual([]);
  });

  it('populates on cards and pages only attributes it knows to be relations or components', () => {
    const relationRoots = (facts: ContentTypeFacts) => new Set(Object.keys(facts.relations).map((path) => path.split('.')[0]));
    const components = ['contacts', 'openingHours', 'closures', 'availability', 'poster', 'recurrence', 'localizations'];
    for (const facts of all) {
      for (const shape of [facts.populate.card, facts.populate.detail] as PopulateShape[]) {
        for (const attribute of Object.keys(shape)) expect([...relationRoots(facts), ...components]).toContain(attribute);
      }
    }
  });

  it('derives what a card embeds from its populate shape, components included', () => {
    expect(cardEmbeds('service')).toEqual(['category', 'language']);
    expect(cardEmbeds('event')).toEqual(['place']);
    expect(cardEmbeds('mediator')).toEqual(['language', 'place', 'service']);
    expect(cardEmbeds('global')).toEqual(['page']);
    expect(cardEmbeds('page')).toEqual([]);
  });

  it('states its text fields once per type, and its searchable types have a title among them', () => {
    for (const facts of all) {
      const fields = [...facts.textFields, ...facts.richTextFields];
      expect(new Set(fields).size).toBe(fields.length);
      expect(facts.textFields).toContain(facts.titleField);
      if (facts.summaryField) expect(facts.textFields).toContain(facts.summaryField);
    }
  });

  it('labels every type in Italian and English', () => {
    for (const facts of all) {
      for (const language of ['it', 'en'] as const) {
        expect(facts.labels[language].one.length).toBeGreaterThan(0);
        expect(facts.labels[language].other.length).toBeGreaterThan(0);
      }
    }
  });
});
