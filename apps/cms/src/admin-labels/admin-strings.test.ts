import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_STRINGS_IT, TRANSLATED_PLUGINS, namespacePrefix, type Namespace } from '../admin/translations/it';

/**
 * The packages whose admin strings staff meet (the admin itself, the content manager with preview
 * and history, the media library, internationalization): where each keeps its admin code and its
 * translation files inside node_modules (their export maps hide them from require.resolve).
 */
const PACKAGES: Record<Namespace, { code: string; translations: string }> = {
  admin: { code: '@strapi/admin/dist/admin', translations: '@strapi/admin/dist/admin/admin/src/translations' },
  'content-manager': { code: '@strapi/content-manager/dist/admin', translations: '@strapi/content-manager/dist/admin/translations' },
  upload: { code: '@strapi/upload/dist/admin', translations: '@strapi/upload/dist/admin/translations' },
  i18n: { code: '@strapi/i18n/dist/admin', translations: '@strapi/i18n/dist/admin/translations' },
};
const NAMESPACES = Object.keys(PACKAGES) as Namespace[];

/** Other plugins' ids, which the admin's code also names: not checked here. */
const OTHER_PLUGINS =
  /^(content-releases|review-workflows|content-type-builder|users-permissions|email|documentation|graphql|sentry|color-picker|cloud)\./;

/** Ids whose Italian text in Strapi's it.json is the English one, rightly: names, terms used as they are in Italian, bare placeholders. */
const SAME_IN_ITALIAN = new Set([
  'Analytics',
  'Auth.form.email.label',
  'Content Type Builder',
  'Email',
  'HomePage.head.title',
  'Password',
  'Provider',
  'Settings.application.customization.carousel.title',
  'Settings.application.customization.modal.upload.from-url.input-label',
  'Settings.application.ee.admin-seats.count',
  'Settings.permissions.auditLogs.payload',
  'Settings.permissions.auditLogs.user.fullname',
  'Settings.permissions.users.email',
  'Settings.permissions.users.strapi-super-admin',
  'Settings.sso.title',
  'Settings.webhooks.singular',
  'Settings.webhooks.title',
  'app.components.BlockLink.blog',
  'app.components.BlockLink.cloud',
  'app.static.links.cheatsheet',
  'app.utils.SelectOption.defaultMessage',
  'app.utils.defaultMessage',
  'app.utils.placeholder.defaultMessage',
  'components.Input.error.custom-error',
  'components.Blocks.link',
  'components.Blocks.popover.link',
  'global.home',
  'global.marketplace',
  'global.password',
  'global.plugins.content-type-builder',
  'global.plugins.email',
  'global.plugins.graphql',
  'global.plugins.sentry',
  'global.fullname',
]);

function installed(file: string): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', file);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${file} is not installed`);
}

/** A namespace's messages in a language, by their full ids (prefixed as Strapi registers them); none if Strapi has no such file. */
function messages(namespace: Namespace, language: 'en' | 'it'): Record<string, string> {
  const file = path.join(installed(PACKAGES[namespace].translations), `${language}.json.js`);
  if (!fs.existsSync(file)) return {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(file) as { default?: Record<string, string> };
  const data = module.default ?? (module as Record<string, string>);
  return Object.fromEntries(Object.entries(data).map(([id, message]) => [`${namespacePrefix(namespace)}${id}`, message]));
}

const ENGLISH = NAMESPACES.map((namespace) => messages(namespace, 'en'));
const ALL_ENGLISH: Record<string, string> = Object.assign({}, ...ENGLISH);
/** What an Italian admin shows, merged as Strapi's loadTrads does: the admin's, the plugins', then config.translations. */
const ITALIAN: Record<string, string> = Object.assign({}, ...NAMESPACES.map((namespace) => messages(namespace, 'it')), ADMIN_STRINGS_IT);

function codeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'translations' || entry.name === 'tests' ? [] : codeFiles(file);
    return entry.name.endsWith('.js') ? [file] : [];
  });
}

/** Each package's admin code, once (CommonJS build only: the ES modules build is the same code). */
const CODE = new Map(
  NAMESPACES.map((namespace) => [namespace, codeFiles(installed(PACKAGES[namespace].code)).map((file) => fs.readFileSync(file, 'utf8'))]),
);

/**
 * The message ids the admin's code names literally, by full id: a plugin's `getTranslation('x')`
 * (getTrad, getTranslationKey) is `<plugin>.x`; `{ id: 'x', defaultMessage }` is `x` as written,
 * which is how Strapi's plugins sometimes name an id without their prefix (it then resolves in the
 * admin's namespace). Many of these ids are in no English file: the admin shows their English
 * defaultMessage unless a translation has them.
 */
function idsInCode(): Set<string> {
  const ids = new Set<string>();
  for (const namespace of NAMESPACES) {
    for (const source of CODE.get(namespace) ?? []) {
      for (const [, id] of source.matchAll(/\.get(?:Translation|TranslationKey|Trad)\(\s*'([^']+)'\s*\)/g))
        ids.add(`${namespacePrefix(namespace)}${id}`);
      for (const [, id] of source.matchAll(/\bid:\s*'([^'\s]+)'\s*,\s*defaultMessage\b/g)) if (!OTHER_PLUGINS.test(id)) ids.add(id);
    }
  }
  return ids;
}
const IDS_IN_CODE = idsInCode();

// The ICU parser of the react-intl that the admin bundles.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse } = require(
  require.resolve('@formatjs/icu-messageformat-parser', { paths: [path.dirname(require.resolve('react-intl'))] }),
) as {
  parse(message: string): unknown[];
};

/** A message's arguments and tags (`{name}`, `{count, plural, …}`, `<b>`), sorted. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  // The parser's element types: 0 literal, 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 7 `#`, 8 tag.
  const visit = (elements: unknown[]) => {
    for (const element of elements as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
      children?: unknown[];
    }[]) {
      if (element.type === 8) found.add(`<${element.value}>`);
      else if (element.type !== 0 && element.type !== 7 && element.value) found.add(`{${element.value}}`);
      for (const option of Object.values(element.options ?? {})) visit(option.value);
      if (element.children) visit(element.children);
    }
  };
  visit(parse(message));
  return [...found].sort();
}

function parsable(message: string): string[] | undefined {
  try {
    return placeholders(message);
  } catch {
    return undefined;
  }
}

describe('Italian admin strings', () => {
  it('translates ids that the installed Strapi uses', () => {
    for (const [namespace, ids] of Object.entries(TRANSLATED_PLUGINS) as [Namespace, string[]][]) {
      const prefix = namespacePrefix(namespace);
      const mentioned = (id: string) =>
        [...CODE.values()].some((sources) => sources.some((source) => source.includes(`'${id}'`) || source.includes(`'${prefix}${id}'`)));
      const unknown = ids.filter((id) => !(`${prefix}${id}` in ALL_ENGLISH) && !IDS_IN_CODE.has(`${prefix}${id}`) && !mentioned(id));
      expect({ namespace, unknown }).toEqual({ namespace, unknown: [] });
    }
  });

  it("has an Italian text for every message of Strapi's English files", () => {
    // Strapi's Italian text does not count when it is the English one (a copy left untranslated).
    const untranslated = Object.fromEntries(
      NAMESPACES.map((namespace, index) => [
        namespace,
        Object.fromEntries(
          Object.entries(ENGLISH[index]).filter(
            ([id, english]) => !ITALIAN[id] || (ITALIAN[id] === english && !(id in ADMIN_STRINGS_IT) && !SAME_IN_ITALIAN.has(id)),
          ),
        ),
      ]),
    );
    expect(untranslated).toEqual(Object.fromEntries(NAMESPACES.map((namespace) => [namespace, {}])));
  });

  it('has an Italian text for every message the admin code names with only an English default', () => {
    expect(IDS_IN_CODE.size).toBeGreaterThan(1000); // the scan still finds the code's ids
    const untranslated = [...IDS_IN_CODE].filter((id) => !(id in ALL_ENGLISH) && !ITALIAN[id]);
    expect(untranslated).toEqual([]);
  });

  it("keeps the English messages' arguments, plurals and tags", () => {
    // Every Italian text parses; where Strapi's English does not (a select without `other`), only that is checked.
    const changed = Object.entries(ADMIN_STRINGS_IT)
      .map(([id, message]) => {
        const english = id in ALL_ENGLISH ? parsable(ALL_ENGLISH[id])?.join(' ') : undefined;
        const italian = parsable(message)?.join(' ') ?? 'not a valid ICU message';
        return { id, english, italian };
      })
      .filter(({ english, italian }) => italian === 'not a valid ICU message' || (english !== undefined && english !== italian));
    expect(changed).toEqual([]);
  });

  it('covers the strings staff reported in English', () => {
    for (const id of [
      'content-manager.header.name',
      'content-manager.components.LeftMenu.collection-types',
      'content-manager.HeaderLayout.button.label-add-entry',
      'content-manager.relation.add',
      'content-manager.form.Input.hint.character.unit',
      'content-manager.containers.edit.tabs.draft',
      'content-manager.containers.edit.tabs.published',
      'content-manager.preview.panel.button',
      'content-manager.containers.edit-settings.modal-form.description',
      'content-manager.containers.list.selectedEntriesModal.selectedCount.publish',
      'content-manager.history.restore.confirm.title',
      'upload.list.bulk-actions.delete.confirm.title',
      'i18n.CMEditViewCopyLocale.copy-text',
      'app.components.Select.placeholder',
    ]) {
      expect({ id, translated: Boolean(ADMIN_STRINGS_IT[id]) }).toEqual({ id, translated: true });
    }
    // Strapi's Italian gives the content manager's menu search the placeholder "es: il primo cane sulla luna".
    expect(ITALIAN['search.placeholder']).toBe('Cerca');
  });
});
