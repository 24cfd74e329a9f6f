import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES, CONTENT_TYPE_REGISTRY } from '@welfare/types';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, ENUMERATION_LABELS, type AdminLanguage, type ModelLabels } from './field-labels';
import { LIST_COLUMNS } from './list-columns';
import { INTERNAL_CONTENT_TYPES } from '../bootstrap/content-types';

/** Reads the Strapi schemas from disk (no Strapi boot): every attribute must have its staff texts. */
interface Attribute {
  type: string;
  enum?: string[];
}
interface Schema {
  attributes: Record<string, Attribute>;
  pluginOptions?: { 'content-manager'?: { visible?: boolean } };
}

const SRC = path.resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Schema;

function allContentTypeSchemas(): Record<string, Schema> {
  const schemas: Record<string, Schema> = {};
  for (const api of fs.readdirSync(path.join(SRC, 'api'))) {
    const dir = path.join(SRC, 'api', api, 'content-types');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) schemas[`api::${api}.${name}`] = readJson(path.join(dir, name, 'schema.json'));
  }
  return schemas;
}

/** Hidden from the content manager (schedules, Italian-text changes, machine translation's records): staff never see their fields. */
const isHidden = (schema: Schema) => schema.pluginOptions?.['content-manager']?.visible === false;

function contentTypeSchemas(): Record<string, Schema> {
  return Object.fromEntries(Object.entries(allContentTypeSchemas()).filter(([, schema]) => !isHidden(schema)));
}

function componentSchemas(): Record<string, Schema> {
  const schemas: Record<string, Schema> = {};
  for (const category of fs.readdirSync(path.join(SRC, 'components'))) {
    for (const file of fs.readdirSync(path.join(SRC, 'components', category)).filter((name) => name.endsWith('.json'))) {
      schemas[`${category}.${file.replace(/\.json$/, '')}`] = readJson(path.join(SRC, 'components', category, file));
    }
  }
  return schemas;
}

const LANGUAGES: AdminLanguage[] = ['it', 'en'];

function expectComplete(uid: string, schema: Schema, labels: ModelLabels | undefined) {
  expect({ uid, labelled: labels !== undefined }).toEqual({ uid, labelled: true });
  const fields = labels?.fields ?? {};
  // The edit-view order names every attribute and nothing else.
  expect({ uid, fields: Object.keys(fields).sort() }).toEqual({ uid, fields: Object.keys(schema.attributes).sort() });
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    for (const language of LANGUAGES) {
      const text = fields[name]?.[language];
      const where = `${uid}.${name} (${language})`;
      expect({ where, label: Boolean(text?.label.trim()), description: (text?.description.trim().length ?? 0) >= 10 }).toEqual({
        where,
        label: true,
        description: true,
      });
      if (attribute.type === 'string')
        expect({ where, placeholder: Boolean(text?.placeholder?.trim()) }).toEqual({ where, placeholder: true });
    }
    for (const value of attribute.enum ?? []) {
      expect({ value, labels: LANGUAGES.map((language) => Boolean(ENUMERATION_LABELS[value]?.[language])) }).toEqual({
        value,
        labels: [true, true],
      });
    }
  }
}

describe('admin labels', () => {
  it('labels and describes every field of every content type in Italian and English', () => {
    const schemas = contentTypeSchemas();
    // The registry's types, and the internal ones (not content: page ratings, machine translation's records and glossary).
    const all = allContentTypeSchemas();
    const shownInternal = [...INTERNAL_CONTENT_TYPES].filter((uid) => all[uid] && !isHidden(all[uid]));
    expect(Object.keys(schemas).sort()).toEqual([...CONTENT_TYPES.map((name) => CONTENT_TYPE_REGISTRY[name].uid), ...shownInternal].sort());
    for (const [uid, schema] of Object.entries(schemas)) expectComplete(uid, schema, CONTENT_TYPE_LABELS[uid]);
  });

  it('labels and describes every field of every component in Italian and English', () => {
    const schemas = componentSchemas();
    expect(Object.keys(COMPONENT_LABELS).sort()).toEqual(Object.keys(schemas).sort());
    for (const [uid, schema] of Object.entries(schemas)) {
      expectComplete(uid, schema, COMPONENT_LABELS[uid]);
      expect(COMPONENT_LABELS[uid].displayName?.it).toBeTruthy();
      expect(COMPONENT_LABELS[uid].displayName?.en).toBeTruthy();
    }
  });

  it('lists only columns that exist in the schema', () => {
    const schemas = contentTypeSchemas();
    for (const name of CONTENT_TYPES) {
      const { uid, titleField } = CONTENT_TYPE_REGISTRY[name];
      for (const column of [titleField, ...LIST_COLUMNS[name]])
        expect({ uid, column, exists: column in schemas[uid].attributes }).toEqual({ uid, column, exists: true });
    }
  });

  it('tells Italian from English (no copied texts)', () => {
    const copies = Object.entries({ ...CONTENT_TYPE_LABELS, ...COMPONENT_LABELS }).flatMap(([uid, labels]) =>
      Object.entries(labels.fields)
        .filter(([, texts]) => texts.it.description === texts.en.description)
        .map(([name]) => `${uid}.${name}`),
    );
    expect(copies).toEqual([]);
  });
});

describe('admin translations', () => {
  // Imported here so a type missing from the display-name map fails with the schemas in view.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { modelTranslations, schemaDisplayName } = require('./admin-translations') as typeof import('./admin-translations');

  it('names every type and component as its schema does, so the menu finds the translation', () => {
    for (const [uid, schema] of Object.entries({ ...contentTypeSchemas(), ...componentSchemas() })) {
      const info = (schema as unknown as { info: { displayName: string } }).info;
      expect({ uid, displayName: schemaDisplayName(uid, CONTENT_TYPE_REGISTRY) }).toEqual({ uid, displayName: info.displayName });
    }
  });

  it('translates every field label in both admin languages', () => {
    for (const language of LANGUAGES) {
      const messages = modelTranslations(language, CONTENT_TYPE_REGISTRY);
      // The ids the content manager looks labels up by: `content-types` for a type's fields, `components` for a component's.
      const schemas = [
        ...Object.entries(contentTypeSchemas()).map(([uid, schema]) => ({ id: `content-manager.content-types.${uid}`, schema })),
        ...Object.entries(componentSchemas()).map(([uid, schema]) => ({ id: `content-manager.components.${uid}`, schema })),
      ];
      for (const { id, schema } of schemas) {
        for (const field of Object.keys(schema.attributes))
          expect({ field: `${id}.${field}`, label: Boolean(messages[`${id}.${field}`]) }).toEqual({ field: `${id}.${field}`, label: true });
      }
    }
    expect(modelTranslations('it', CONTENT_TYPE_REGISTRY).Service).toBe('Servizi');
    expect(modelTranslations('it', CONTENT_TYPE_REGISTRY).active).toBe('Attivo');
  });
});
