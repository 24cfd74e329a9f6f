import fs from 'node:fs';
import path from 'node:path';

/**
 * Strapi stores a `string` attribute in a varchar(255) column on PostgreSQL (SQLite does not
 * enforce it): a longer maxLength lets staff type text the database then refuses. Longer short
 * texts are `text` attributes.
 */
const SRC = path.resolve(__dirname, '..');

function schemaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(full);
    return entry.name.endsWith('.json') &&
      (full.includes(`${path.sep}content-types${path.sep}`) || full.includes(`${path.sep}components${path.sep}`))
      ? [full]
      : [];
  });
}

describe('the schemas against PostgreSQL’s columns', () => {
  it('give no string attribute a maximum length past 255 characters', () => {
    const files = [...schemaFiles(path.join(SRC, 'api')), ...schemaFiles(path.join(SRC, 'components'))];
    expect(files.length).toBeGreaterThan(10);
    const tooLong = files.flatMap((file) => {
      const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes?: Record<string, { type?: string; maxLength?: number }> };
      return Object.entries(schema.attributes ?? {})
        .filter(([, attribute]) => ['string', 'email', 'uid'].includes(attribute.type ?? '') && (attribute.maxLength ?? 0) > 255)
        .map(([name]) => `${path.relative(SRC, file)}: ${name}`);
    });
    expect(tooLong).toEqual([]);
  });
});
