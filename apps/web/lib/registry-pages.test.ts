import fs from 'node:fs';
import path from 'node:path';
import {
  CONTENT_TYPE_REGISTRY,
  ENTRY_PAGE_TYPES,
  LIST_PAGE_TYPES,
  LOCALE_CODES,
  SEARCHABLE_TYPES,
  contentType,
  listFilters,
  listViews,
  type ListPageType,
} from '@welfare/types';

/**
 * The portal's pages against the content-type registry: every list and entry page the registry
 * promises exists where `routes` points, each list page route is made by the one list-route
 * factory from the type's declared views, each entry page is the one shared implementation, no
 * page of a type exists that the registry does not know, and each list and searchable type has
 * its messages in every language.
 */
const LOCALE_DIR = path.resolve(__dirname, '..', 'app', '[locale]');
/** Pages that belong to no content type. */
const OTHER_PAGES = ['search', '[...rest]', 'page-rating', 'offline', 'manifest.webmanifest'];

const routeFile = (...segments: string[]) => path.join(LOCALE_DIR, ...segments, 'page.tsx');

type Messages = { [key: string]: string | Messages };
const messagesOf = (locale: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'messages', `${locale}.json`), 'utf8')) as Messages;
const messageAt = (messages: Messages, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Messages)[part] : undefined), messages);

/** Every route file of a type's list page, each with the `listRoute(…)` call it must hold. */
function listRouteFiles(type: ListPageType): Array<{ file: string; call: string }> {
  const segment = contentType(type).portal.segment as string;
  return Object.entries(listViews(type)).flatMap(([view, { path: viewPath }]) => {
    const base = viewPath ? [segment, viewPath] : [segment];
    const forms: Array<[string, string[]]> = [
      ['null', base],
      ["'page'", [...base, 'page', '[page]']],
      ...listFilters(type).map((filter): [string, string[]] => [`'${filter}'`, [...base, filter, '[...filters]']]),
    ];
    return forms.map(([first, segments]) => ({ file: routeFile(...segments), call: `listRoute('${type}', '${view}', ${first})` }));
  });
}

/** The page files under a folder, except an entry page's own (`[slug]`). */
function listPageFilesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === 'page.tsx')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(folder, file).split(path.sep).includes('[slug]'));
}

/** The messages a list page reads: its title and description, and each view's when it has several. */
function listMessageKeys(type: ListPageType): string[] {
  const views = Object.keys(listViews(type));
  const keys = [`Lists.${type}.title`, `Lists.${type}.description`];
  if (views.length > 1) for (const view of views) keys.push(`Lists.${type}.views.${view}.heading`, `Lists.${type}.views.${view}.empty`);
  return keys;
}

describe('the portal’s pages against the content-type registry', () => {
  it.each(LIST_PAGE_TYPES)('%s declares its list’s views, one at the list’s own address', (type) => {
    const views = Object.values(listViews(type));
    expect(views.length).toBeGreaterThan(0);
    expect(views.filter((view) => view.path === '')).toHaveLength(1);
  });

  it.each(LIST_PAGE_TYPES)('%s has every route of its list page, each made by the list-route factory', (type) => {
    for (const { file, call } of listRouteFiles(type)) {
      expect({ file, exists: fs.existsSync(file) }).toEqual({ file, exists: true });
      expect(fs.readFileSync(file, 'utf8')).toContain(call);
    }
  });

  it.each(LIST_PAGE_TYPES)('%s has no other list route than its views’ (no hand-written list page)', (type) => {
    const expected = listRouteFiles(type).map(({ file }) => file);
    const found = listPageFilesUnder(path.join(LOCALE_DIR, contentType(type).portal.segment as string));
    expect(found.sort()).toEqual(expected.sort());
  });

  it.each(ENTRY_PAGE_TYPES)('%s has its entry page, made by the shared entry-page implementation', (type) => {
    const file = routeFile(contentType(type).portal.segment as string, '[slug]');
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toContain(`entryPage('${type}'`);
  });

  it('has no page folder that is neither a type’s nor a known other page', () => {
    const segments = new Set<string | null>(Object.values(CONTENT_TYPE_REGISTRY).map((facts) => facts.portal.segment));
    const folders = fs
      .readdirSync(LOCALE_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !segments.has(folder) && !OTHER_PAGES.includes(folder))).toEqual([]);
  });

  describe.each(LOCALE_CODES)('messages in %s', (locale) => {
    const messages = messagesOf(locale);
    const missing = (keys: string[]) => keys.filter((key) => typeof messageAt(messages, key) !== 'string');

    it('name every list page in the main menu', () => {
      expect(missing(LIST_PAGE_TYPES.map((type) => `Navigation.${type}`))).toEqual([]);
    });

    it('give every list page its title, description and views’ messages, by type name', () => {
      expect(missing(LIST_PAGE_TYPES.flatMap(listMessageKeys))).toEqual([]);
    });

    it('label every searchable type’s results, by type name', () => {
      expect(missing(SEARCHABLE_TYPES.map((type) => `Search.types.${type}`))).toEqual([]);
    });
  });
});
