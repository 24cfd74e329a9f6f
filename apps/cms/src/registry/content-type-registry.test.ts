import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPE_REGISTRY, CONTENT_TYPES, DEFAULT_LOCALE, type ContentTypeFacts } from '@welfare/types';
import { readFixtures } from '../seed/fixtures';

/**
 * The content-type registry (@welfare/types) against the Strapi schemas it describes: a type, a
 * field or a relation added on one side and not on the other fails here.
 */
interface Attribute {
  type: string;
  target?: string;
  component?: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}
interface Schema {
  kind: string;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  info: { singularName: string; pluralName: string; displayName: string };
  attributes: Record<string, Attribute>;
}

const API_DIR = path.resolve(__dirname, '..', 'api');
const COMPONENTS_DIR = path.resolve(__dirname, '..', 'components');

function schemaOf(name: string): Schema {
  return JSON.parse(fs.readFileSync(path.join(API_DIR, name, 'content-types', name, 'schema.json'), 'utf8')) as Schema;
}

function componentSchema(uid: string): Schema {
  const [category, name] = uid.split('.');
  return JSON.parse(fs.readFileSync(path.join(COMPONENTS_DIR, category, `${name}.json`), 'utf8')) as Schema;
}

const TEXT = new Set(['string', 'text', 'uid', 'email']);
const all = Object.values(CONTENT_TYPE_REGISTRY) as ContentTypeFacts[];

describe('the content-type registry against the Strapi schemas', () => {
  it('has one entry per API content type; only private types are left out', () => {
    const apiTypes = fs
      .readdirSync(API_DIR)
      .filter((name) => fs.existsSync(path.join(API_DIR, name, 'content-types', name, 'schema.json')));
    expect([...CONTENT_TYPES, ...PRIVATE_TYPES].sort()).toEqual([...apiTypes].sort());
  });

  it.each(all.map((facts) => [facts.name, facts] as const))('%s: names, kind, slug and fields match its schema', (name, facts) => {
    const schema = schemaOf(name);
    expect(schema.info.singularName).toBe(name);
    expect(schema.info.pluralName).toBe(facts.pluralName);
    // One name per type: the admin's menu translates the schema's name from the registry's labels.
    expect(schema.info.displayName).toBe(facts.labels.en.one);
    expect(schema.kind).toBe(facts.kind);
    expect(schema.attributes.slug?.type === 'uid').toBe(facts.hasSlug);
    expect({
      draftAndPublish: schema.options?.draftAndPublish === true,
      localized: schema.pluginOptions?.i18n?.localized === true,
    }).toEqual({
      draftAndPublish: facts.draftAndPublish,
      localized: facts.localized,
    });
    for (const field of facts.textFields) {
      expect({ field, type: schema.attributes[field]?.type }).toEqual({ field, type: expect.stringMatching(/^(string|text|uid|email)$/) });
    }
    for (const field of facts.richTextFields) expect({ field, type: schema.attributes[field]?.type }).toEqual({ field, type: 'blocks' });
  });

  it.each(all.map((facts) => [facts.name, facts] as const))(
    '%s: every localized text field of its schema is in the registry',
    (name, facts) => {
      const schema = schemaOf(name);
      const localizedText = Object.entries(schema.attributes)
        .filter(
          ([field, attribute]) =>
            field !== 'slug' && attribute.pluginOptions?.i18n?.localized && (TEXT.has(attribute.type) || attribute.type === 'blocks'),
        )
        .map(([field]) => field);
      expect([...facts.textFields, ...facts.richTextFields].sort()).toEqual(expect.arrayContaining(localizedText.sort()));
    },
  );

  it.each(all.map((facts) => [facts.name, facts] as const))(
    '%s: relations, on the type and in its components, point where the schema does',
    (name, facts) => {
      const schema = schemaOf(name);
      const declared: Record<string, string> = {};
      for (const [field, attribute] of Object.entries(schema.attributes)) {
        if (attribute.type === 'relation' && attribute.target?.startsWith('api::')) declared[field] = attribute.target;
        if (attribute.type === 'component' && attribute.component) {
          for (const [inner, innerAttribute] of Object.entries(componentSchema(attribute.component).attributes)) {
            if (innerAttribute.type === 'relation' && innerAttribute.target?.startsWith('api::'))
              declared[`${field}.${inner}`] = innerAttribute.target;
          }
        }
      }
      const registered = Object.fromEntries(Object.entries(facts.relations).map(([field, target]) => [field, `api::${target}.${target}`]));
      expect(registered).toEqual(declared);
    },
  );
});

describe('the content-type registry against the demo fixtures', () => {
  const fixtures = readFixtures(path.resolve(__dirname, '..', '..', 'seed'));
  it.each(all.map((facts) => [facts.name, facts] as const))(
    '%s: its seed group has entries, each with its Italian text',
    (_name, facts) => {
      const group = facts.seedGroup as keyof typeof fixtures.structure;
      expect(Object.keys(fixtures.structure)).toContain(group);
      if (facts.kind === 'singleType') return;
      const entries = fixtures.structure[group] as Array<{ key: string } & Record<string, unknown>>;
      expect(entries.length).toBeGreaterThan(0);
      const italian = (fixtures.text[DEFAULT_LOCALE] as Record<string, Record<string, Record<string, string>>>)[group] ?? {};
      // The title is Italian text, or shared by every language (a mediator's name) in the structure.
      for (const entry of entries) {
        expect({ key: entry.key, title: italian[entry.key]?.[facts.titleField] ?? entry[facts.titleField] }).toEqual({
          key: entry.key,
          title: expect.any(String),
        });
      }
    },
  );
});

/**
 * API types that are not content: page ratings (written by the portal's server, read only by staff),
 * publication schedules and Italian-text changes (written by the CMS itself, hidden from staff),
 * machine translation's records, usage and glossary.
 */
const PRIVATE_TYPES: string[] = [
  'page-rating',
  'publication-schedule',
  'italian-text-change',
  'machine-translation',
  'translation-usage',
  'glossary-term',
];
