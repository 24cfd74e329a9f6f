import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPE_REGISTRY, ENTRY_PAGE_TYPES, LIST_PAGE_TYPES, LOCALE_CODES, contentType } from '@welfare/types';

/**
 * The portal's pages against the content-type registry: every list and entry page the registry
 * promises exists where `routes` points, each entry page is the one shared implementation, and
 * no page of a type exists that the registry does not know.
 */
const LOCALE_DIR = path.resolve(__dirname, '..', 'app', '[locale]');
/** Pages that belong to no content type. */
const OTHER_PAGES = ['search', '[...rest]', 'page-rating', 'offline', 'manifest.webmanifest'];

const routeFile = (...segments: string[]) => path.join(LOCALE_DIR, ...segments, 'page.tsx');

describe('the portal’s pages against the content-type registry', () => {
  it.each(LIST_PAGE_TYPES)('%s has its list page', (type) => {
    expect(fs.existsSync(routeFile(contentType(type).portal.segment as string))).toBe(true);
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

  it.each(LOCALE_CODES)('names every list page in the main menu in %s', (locale) => {
    const messages = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'messages', `${locale}.json`), 'utf8')) as {
      Navigation: Record<string, string>;
    };
    for (const type of LIST_PAGE_TYPES) expect(messages.Navigation[type]).toEqual(expect.any(String));
  });
});
