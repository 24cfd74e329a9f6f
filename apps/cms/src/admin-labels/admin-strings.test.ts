import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_STRINGS_IT, TRANSLATED_PLUGINS } from '../admin/translations/it';

/** The ids translated in src/admin/translations/it.ts must exist in the installed Strapi, or staff see English. */
const PLUGIN_TRANSLATIONS: Record<string, string> = {
  'content-manager': '@strapi/content-manager/dist/admin/translations/en.json.js',
  upload: '@strapi/upload/dist/admin/translations/en.json.js',
};

/** The file inside node_modules (the packages' export maps hide their translation files from require.resolve). */
function installed(file: string): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', file);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${file} is not installed`);
}

function english(plugin: string): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(installed(PLUGIN_TRANSLATIONS[plugin])) as { default?: Record<string, string> };
  return module.default ?? (module as Record<string, string>);
}

describe('Italian admin strings', () => {
  it('translates ids that the installed Strapi uses', () => {
    for (const [plugin, ids] of Object.entries(TRANSLATED_PLUGINS)) {
      const known = english(plugin);
      expect({ plugin, unknown: ids.filter((id) => !(id in known)) }).toEqual({ plugin, unknown: [] });
    }
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
    ]) {
      expect({ id, translated: Boolean(ADMIN_STRINGS_IT[id]) }).toEqual({ id, translated: true });
    }
  });
});
