/**
 * Strapi's own Italian translation leaves many strings of the admin in English: the content
 * manager, the media library, preview and history, the internationalization plugin (which has no
 * Italian at all) and the admin's own home page, filters and dialogs. These complete them; app.tsx
 * registers them as the admin's `config.translations.it`, which Strapi merges over its own.
 *
 * Keys are the ids the admin looks up: a plugin's messages carry the plugin's id as a prefix
 * (`content-manager.`, `upload.`, `i18n.`), the admin's own have none. `admin-strings.test.ts`
 * checks that each id still exists in the installed Strapi and that every id Strapi's English
 * files have for these packages has an Italian text, Strapi's or ours.
 */
import { ADMIN_CORE_IT } from './admin-core';
import { CONTENT_MANAGER_IT } from './content-manager';
import { I18N_IT } from './i18n';
import { MEDIA_LIBRARY_IT } from './media-library';

/** The messages of each namespace, by its own ids; `admin` is the admin's, which has no prefix. */
const NAMESPACES = {
  admin: ADMIN_CORE_IT,
  'content-manager': CONTENT_MANAGER_IT,
  upload: MEDIA_LIBRARY_IT,
  i18n: I18N_IT,
} as const;

export type Namespace = keyof typeof NAMESPACES;

/** The prefix of a namespace's ids, as Strapi's prefixPluginTranslations adds it. */
export const namespacePrefix = (namespace: Namespace): string => (namespace === 'admin' ? '' : `${namespace}.`);

export const ADMIN_STRINGS_IT: Record<string, string> = Object.fromEntries(
  Object.entries(NAMESPACES).flatMap(([namespace, messages]) =>
    Object.entries(messages).map(([id, message]) => [`${namespacePrefix(namespace as Namespace)}${id}`, message]),
  ),
);

/** The ids translated in each namespace, unprefixed, to check them against the installed Strapi. */
export const TRANSLATED_PLUGINS = Object.fromEntries(
  Object.entries(NAMESPACES).map(([namespace, messages]) => [namespace, Object.keys(messages)]),
) as Record<Namespace, string[]>;
