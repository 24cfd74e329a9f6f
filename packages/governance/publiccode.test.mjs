// @ts-check
/**
 * publiccode.yml, the file the catalogue of reusable public software (Developers Italia) reads:
 * valid against the standard (v0.4, Italian extension), and true to the repository: the languages
 * are the locale registry's, the licence is the one in LICENSE and every package.json, the
 * dependencies' versions are those the deployment runs.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { REPOSITORY_ROOT, packageJsonFiles, readJson } from './repository.mjs';

/** @type {typeof import('@welfare/types')} */
const { LOCALES } = createRequire(import.meta.url)('@welfare/types');

const addFormats = /** @type {typeof addFormatsModule.default} */ (/** @type {unknown} */ (addFormatsModule));
const schema = readJson(path.join(import.meta.dirname, 'publiccode-0.4.schema.json'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** @param {unknown} document */
function errorsOf(document) {
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}

const text = fs.readFileSync(path.join(REPOSITORY_ROOT, 'publiccode.yml'), 'utf8');
/** @type {any} */
const publiccode = parse(text, { version: '1.2', strict: true, uniqueKeys: true });

describe('publiccode.yml', () => {
  it('is valid against the publiccode.yml standard v0.4', () => {
    assert.deepEqual(errorsOf(publiccode), []);
  });

  it('is refused by the same check when it breaks the standard', () => {
    const broken = structuredClone(publiccode);
    delete broken.maintenance.contacts;
    broken.softwareType = 'website';
    broken.description.en.shortDescription = 'x'.repeat(151);
    broken.localisation.availableLanguages.push('Italiano');
    const errors = errorsOf(broken).join('\n');
    assert.match(errors, /\/maintenance must have required property 'contacts'/);
    assert.match(errors, /\/softwareType must be equal to one of the allowed values/);
    assert.match(errors, /\/description\/en\/shortDescription must NOT have more than 150 characters/);
    assert.match(errors, /\/localisation\/availableLanguages\/8 must match pattern/);
    const missing = structuredClone(publiccode);
    delete missing.legal;
    assert.match(errorsOf(missing).join('\n'), /must have required property 'legal'/);
  });

  it('describes the software in Italian and English, each with a long description and features', () => {
    for (const language of ['it', 'en']) {
      const description = publiccode.description[language];
      assert.ok(description, `description.${language}`);
      assert.ok(description.longDescription.length >= 150, `description.${language}.longDescription`);
      assert.ok(description.features.length > 0, `description.${language}.features`);
    }
  });

  it('lists exactly the languages of the locale registry', () => {
    assert.equal(publiccode.localisation.localisationReady, true);
    assert.deepEqual(
      publiccode.localisation.availableLanguages,
      LOCALES.map((locale) => locale.code),
    );
  });

  it('states the licence of LICENSE and of every package.json', () => {
    assert.equal(publiccode.legal.license, 'EUPL-1.2');
    const licence = fs.readFileSync(path.join(REPOSITORY_ROOT, 'LICENSE'), 'utf8');
    assert.match(licence, /EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    assert.match(licence, /Compatible Licences/, 'the full text, appendix included');
    for (const file of packageJsonFiles()) {
      assert.equal(readJson(file).license, publiccode.legal.license, path.relative(REPOSITORY_ROOT, file));
    }
  });

  it('names the runtime dependencies with the versions the deployment runs', () => {
    /** @type {Map<string, { versionMin?: string, optional?: boolean }>} */
    const open = new Map(publiccode.dependsOn.open.map((/** @type {{ name: string }} */ dependency) => [dependency.name, dependency]));
    const compose = fs.readFileSync(path.join(REPOSITORY_ROOT, 'docker-compose.yml'), 'utf8');
    const imageMajor = (/** @type {string} */ image) => compose.match(new RegExp(`image: ${image}:(\\d+)`))?.[1];
    assert.equal(open.get('PostgreSQL')?.versionMin, imageMajor('postgres'));
    assert.equal(open.get('Redis')?.versionMin, imageMajor('redis'));
    const engines = readJson(path.join(REPOSITORY_ROOT, 'package.json')).engines.node;
    assert.equal(`>=${open.get('Node.js')?.versionMin}.0`, engines);
    // SQLite is the default database and one portal instance needs no Redis.
    assert.equal(open.get('PostgreSQL')?.optional, true);
    assert.equal(open.get('Redis')?.optional, true);
  });
});
