import fs from 'node:fs';
import path from 'node:path';
import IntlMessageFormat from 'intl-messageformat';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@welfare/types';
import { createTranslator } from 'use-intl/core';

/**
 * The portal's UI messages: one file per registered locale, each with exactly the keys of the
 * Italian master file, every message valid ICU with the placeholders of its Italian original.
 */
type Messages = { [key: string]: string | Messages };
type MessageAst = ReturnType<IntlMessageFormat['getAst']>;
type Placeholder = { name: string; kind: 'text' | 'number' };

const fileOf = (locale: string) => path.join(__dirname, `${locale}.json`);
const read = (locale: string): Messages => JSON.parse(fs.readFileSync(fileOf(locale), 'utf8')) as Messages;

function flatten(messages: Messages, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    if (value !== null && typeof value === 'object')
      for (const [inner, message] of flatten(value, `${prefix}${key}.`)) flat.set(inner, message);
    else flat.set(`${prefix}${key}`, value);
  }
  return flat;
}

// intl-messageformat's AST: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag.
function placeholders(ast: MessageAst): Placeholder[] {
  return ast.flatMap((node): Placeholder[] => {
    switch (node.type) {
      case 1:
      case 3:
      case 4:
        return [{ name: node.value, kind: 'text' }];
      case 2:
        return [{ name: node.value, kind: 'number' }];
      case 5:
        return [{ name: node.value, kind: 'text' }, ...Object.values(node.options).flatMap((option) => placeholders(option.value))];
      case 6:
        return [{ name: node.value, kind: 'number' }, ...Object.values(node.options).flatMap((option) => placeholders(option.value))];
      case 8:
        return [{ name: node.value, kind: 'text' }, ...placeholders(node.children)];
      default:
        return [];
    }
  });
}

function plurals(ast: MessageAst): Array<{ name: string; keys: string[] }> {
  return ast.flatMap((node) => {
    if (node.type === 6)
      return [
        { name: node.value, keys: Object.keys(node.options) },
        ...Object.values(node.options).flatMap((option) => plurals(option.value)),
      ];
    if (node.type === 5) return Object.values(node.options).flatMap((option) => plurals(option.value));
    return [];
  });
}

const names = (found: Placeholder[]) => [...new Set(found.map((placeholder) => placeholder.name))].sort();

const italian = flatten(read(DEFAULT_LOCALE));
const OTHER_LOCALES = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);

describe('message files', () => {
  it.each([...LOCALE_CODES])('has messages/%s.json', (locale) => {
    expect(fs.existsSync(fileOf(locale))).toBe(true);
  });

  it('has no message file for a language the portal does not offer', () => {
    const files = fs.readdirSync(__dirname).filter((file) => file.endsWith('.json'));
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual([...LOCALE_CODES].sort());
  });

  it.each(OTHER_LOCALES)('gives %s exactly the keys of it.json', (locale) => {
    const keys = new Set(flatten(read(locale)).keys());
    const missing = [...italian.keys()].filter((key) => !keys.has(key));
    const extra = [...keys].filter((key) => !italian.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each([...LOCALE_CODES])('has a non-empty text for every message in %s', (locale) => {
    const empty = [...flatten(read(locale))]
      .filter(([, message]) => typeof message !== 'string' || message.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe('ICU messages', () => {
  const italianPlaceholders = new Map(
    [...italian].map(([key, message]) => [key, placeholders(new IntlMessageFormat(String(message), DEFAULT_LOCALE).getAst())]),
  );

  it.each([...LOCALE_CODES])('parses every message of %s as ICU', (locale) => {
    const invalid: string[] = [];
    for (const [key, message] of flatten(read(locale))) {
      try {
        new IntlMessageFormat(String(message), locale);
      } catch (error) {
        invalid.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(invalid).toEqual([]);
  });

  it.each(OTHER_LOCALES)('keeps the placeholders of the Italian messages in %s', (locale) => {
    const differing: Array<{ key: string; italian: string[]; translated: string[] }> = [];
    for (const [key, message] of flatten(read(locale))) {
      const expected = italianPlaceholders.get(key);
      if (!expected) continue; // reported by the key-set test
      const translated = names(placeholders(new IntlMessageFormat(String(message), locale).getAst()));
      if (translated.join() !== names(expected).join()) differing.push({ key, italian: names(expected), translated });
    }
    expect(differing).toEqual([]);
  });

  it.each([...LOCALE_CODES])('gives every plural message of %s the forms its language uses for 1 to 110', (locale) => {
    const rules = new Intl.PluralRules(locale);
    const gaps: string[] = [];
    for (const [key, message] of flatten(read(locale))) {
      for (const plural of plurals(new IntlMessageFormat(String(message), locale).getAst())) {
        for (let count = 1; count <= 110; count++) {
          const category = rules.select(count);
          if (!plural.keys.includes(`=${count}`) && !plural.keys.includes(category))
            gaps.push(`${key} (${plural.name}): no "${category}" form, e.g. for ${count}`);
        }
      }
    }
    expect([...new Set(gaps.map((gap) => gap.replace(/, e\.g\. for \d+$/, '')))]).toEqual([]);
  });

  it.each([...LOCALE_CODES])('formats every message of %s with next-intl’s translator without an error', (locale) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: read(locale), onError: (error) => errors.push(error.message) });
    for (const [key, found] of italianPlaceholders) {
      const values = Object.fromEntries(
        found.map((placeholder) => [placeholder.name, placeholder.kind === 'number' ? 3 : `«${placeholder.name}»`]),
      );
      const text = t(key as never, values as never) as string;
      for (const placeholder of found.filter(({ kind }) => kind === 'text')) {
        if (!text.includes(`«${placeholder.name}»`)) errors.push(`${key}: the text does not show {${placeholder.name}}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('counts read in each language', () => {
  it.each([
    ['it', 0, 'Nessun servizio trovato'],
    ['it', 1, '1 servizio'],
    ['it', 2, '2 servizi'],
    ['uk', 1, '1 послуга'],
    ['uk', 3, '3 послуги'],
    ['uk', 5, '5 послуг'],
    ['ar', 2, 'خدمتان'],
    ['ar', 3, '3 خدمات'],
    ['ar', 11, '11 خدمة'],
  ] as Array<[LocaleCode, number, string]>)('%s with count %d reads "%s"', (locale, count, expected) => {
    const messages = read(locale) as { Lists: { service: Record<string, string> } };
    const t = createTranslator({ locale, messages, namespace: 'Lists.service' });
    expect(t('count', { count })).toBe(expected);
  });
});
