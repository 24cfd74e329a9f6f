import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPE_REGISTRY, CONTENT_TYPES, type ContentType } from '@welfare/types';
import { checkQuery, QueryRefusal, registryPopulatePaths, type Schema, type Schemas } from '.';

/** The Strapi schemas from their files, with the attributes Strapi adds to every localized, draftable type. */
const SRC = path.resolve(__dirname, '..', '..');
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Schema;

const contentTypes = new Map<string, Schema>(
  CONTENT_TYPES.map((type) => {
    const uid = CONTENT_TYPE_REGISTRY[type].uid;
    const schema = read(path.join(SRC, 'api', type, 'content-types', type, 'schema.json'));
    return [
      uid,
      {
        attributes: {
          ...schema.attributes,
          createdAt: { type: 'datetime' },
          updatedAt: { type: 'datetime' },
          publishedAt: { type: 'datetime' },
          createdBy: { type: 'relation', target: 'admin::user' },
          updatedBy: { type: 'relation', target: 'admin::user' },
          locale: { type: 'string' },
          localizations: { type: 'relation', target: uid },
        },
      },
    ];
  }),
);
const components = new Map<string, Schema>(
  fs
    .readdirSync(path.join(SRC, 'components'))
    .flatMap((category) =>
      fs
        .readdirSync(path.join(SRC, 'components', category))
        .map((file): [string, Schema] => [
          `${category}.${path.basename(file, '.json')}`,
          read(path.join(SRC, 'components', category, file)),
        ]),
    ),
);
const schemas: Schemas = { contentType: (uid) => contentTypes.get(uid), component: (uid) => components.get(uid) };

function refusal(query: Record<string, unknown>, type: ContentType = 'service'): QueryRefusal {
  try {
    checkQuery(query, type, schemas);
  } catch (error) {
    if (error instanceof QueryRefusal) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(query)} was accepted`);
}

describe('the query policy', () => {
  it.each(CONTENT_TYPES)('accepts the registry’s card and detail populate shapes of %s unchanged', (type) => {
    for (const populate of Object.values(CONTENT_TYPE_REGISTRY[type].populate)) {
      if (Object.keys(populate).length === 0) continue;
      expect(checkQuery({ populate }, type, schemas).populate).toEqual(populate);
    }
  });

  it('lists the registry’s populate paths', () => {
    expect(registryPopulatePaths('service')).toContain('mediators.languages');
  });

  it('refuses filters and sorts on localizations, the draft oracle', () => {
    expect(refusal({ filters: { documentId: { $eq: 'x' }, localizations: { title: { $startsWith: 'X' } } } }).parameter).toBe(
      'filters[localizations]',
    );
    expect(refusal({ filters: { $or: [{ localizations: { title: { $eq: 'X' } } }] } }).parameter).toBe('filters[$or][0][localizations]');
    expect(refusal({ filters: { mediators: { localizations: { displayName: { $eq: 'X' } } } } }).parameter).toBe(
      'filters[mediators][localizations]',
    );
    expect(refusal({ sort: 'localizations.title:asc' }).message).toMatch(/localizations cannot be sorted/);
    expect(refusal({ sort: { localizations: { title: 'asc' } } }).message).toMatch(/localizations cannot be sorted/);
  });

  it('gives localizations their locale and slug only, with nothing below', () => {
    expect(checkQuery({ populate: 'localizations' }, 'service', schemas).populate).toEqual({
      localizations: { fields: ['locale', 'slug', 'updatedAt'] },
    });
    expect(checkQuery({ populate: '*' }, 'service', schemas).populate).toMatchObject({
      localizations: { fields: ['locale', 'slug', 'updatedAt'] },
      category: true,
    });
    expect(refusal({ populate: { localizations: { fields: ['title'] } } }).message).toMatch(/only locale, slug, updatedAt/);
    expect(refusal({ populate: { localizations: { populate: { mediators: true } } } }).parameter).toBe('populate[localizations][populate]');
  });

  it('bounds populate: one relation, or the registry’s shapes, at most three levels', () => {
    expect(refusal({ populate: { mediators: { populate: { services: { populate: { mediators: true } } } } } }).message).toMatch(
      /mediators\.services/,
    );
    expect(refusal({ populate: { category: { populate: { services: true } } } }).message).toMatch(/category\.services/);
    expect(refusal({ populate: { createdBy: true } }).parameter).toBe('populate[createdBy]');
    expect(refusal({ populate: { mediators: { filters: { displayName: 'x' } } } }).parameter).toBe('populate[mediators][filters]');
    expect(refusal({ populate: 'category.services' }).message).toMatch(/category\.services/);
    expect(checkQuery({ populate: ['places.openingHours', 'contacts'] }, 'service', schemas).populate).toEqual({
      places: { populate: { openingHours: true } },
      contacts: true,
    });
    // A nested `*` stands for what may be populated there: a mediator's components, not its services.
    expect(checkQuery({ populate: { mediators: { populate: '*' } } }, 'service', schemas).populate).toEqual({
      mediators: { populate: { languages: true, availability: true, localizations: { fields: ['locale', 'slug', 'updatedAt'] } } },
    });
  });

  it('checks every operand against its field’s type', () => {
    expect(refusal({ filters: { title: { $eq: { $eq: 'x' } } } }).parameter).toBe('filters[title][$eq]');
    expect(refusal({ filters: { title: { $in: { $eq: 'x' } } } }).parameter).toBe('filters[title][$in]');
    expect(refusal({ filters: { startsAt: { $gt: 'tomorrow' } } }, 'event').message).toMatch(/date/);
    expect(refusal({ filters: { sessionCount: { $lt: '3.5' } } }, 'school-workshop').message).toMatch(/whole number/);
    expect(refusal({ filters: { serviceStatus: { $eq: 'open' } } }).message).toMatch(/active, suspended, closed/);
    expect(refusal({ filters: { title: { $containsi: 'x'.repeat(201) } } }).message).toMatch(/200 characters/);
    expect(refusal({ filters: { startsAt: { $between: ['2026-01-01'] } } }, 'event').message).toMatch(/two values/);
    expect(refusal({ filters: { id: { $containsi: '1' } } }).message).toMatch(/compares text/);
    expect(refusal({ filters: { title: { $regex: '.*' } } }).message).toMatch(/unknown operator/);
    expect(refusal({ filters: { audience: { $containsi: 'x' } } }).parameter).toBe('filters[audience]');
    expect(() =>
      checkQuery(
        { filters: { startsAt: { $between: ['2026-01-01', '2026-12-31T23:59:59Z'] }, title: 'x', $or: [{ slug: { $in: ['a', 'b'] } }] } },
        'event',
        schemas,
      ),
    ).not.toThrow();
  });

  it('follows the registry’s relations in filters, one hop, components included', () => {
    expect(() =>
      checkQuery(
        { filters: { mediationLanguages: { isoCode: { $eq: 'ar' } }, category: { documentId: { $eq: 'x' } } } },
        'service',
        schemas,
      ),
    ).not.toThrow();
    expect(() =>
      checkQuery({ filters: { availability: { place: { slug: { $eq: 'breno' } }, weekday: 'monday' } } }, 'mediator', schemas),
    ).not.toThrow();
    expect(refusal({ filters: { category: { services: { title: { $eq: 'x' } } } } }).message).toMatch(/one relation/);
    expect(refusal({ filters: { poster: { name: { $eq: 'x' } } } }, 'event').parameter).toBe('filters[poster]');
  });

  it('sorts on the type’s own scalar fields only', () => {
    expect(() => checkQuery({ sort: ['title:asc', 'updatedAt:desc'] }, 'service', schemas)).not.toThrow();
    expect(refusal({ sort: 'category.name:asc' }).message).toMatch(/can be sorted on/);
    expect(refusal({ sort: 'title:sideways' }).message).toMatch(/asc or desc/);
    expect(refusal({ sort: ['a', 'b', 'c', 'd', 'e', 'f'] }).message).toMatch(/at most 5/);
  });

  it('bounds the lengths of the search and of the query string', () => {
    expect(refusal({ _q: 'x'.repeat(101) }).parameter).toBe('_q');
    expect(() => checkQuery({}, 'service', schemas, 'x'.repeat(5000))).toThrow(QueryRefusal);
  });
});
