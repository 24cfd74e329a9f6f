import type { TypeLabels } from '@welfare/types';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, ENUMERATION_LABELS, type AdminLanguage } from './field-labels';

/**
 * The admin's translations for our model, by message id, as src/admin/app.tsx registers them:
 * - `content-manager.content-types.<uid>.<field>`: a type's field label (edit form, list columns);
 * - `content-manager.components.<uid>.<field>`: a component's field label (the content manager
 *   looks these up under `components`, not `content-types`);
 * - the schema's display name ("Service"), which the content manager's menu looks up;
 * - an enumeration value ("active"), which the select input looks up.
 * The type names come from the registry's labels, passed in: the admin bundle reads the registry
 * from its TypeScript source (Vite does not convert the workspace's CommonJS build), the server
 * and the tests from @welfare/types.
 */
export interface RegistryTypes {
  [name: string]: { uid: string; labels: TypeLabels };
}
/**
 * The schemas' display names (the message ids the content manager's menu looks up) of what the
 * registry does not name: a registry type's schema is named by its English label (`labels.en.one`).
 */
const SCHEMA_DISPLAY_NAMES: Record<string, string> = {
  'api::page-rating.page-rating': 'Page rating',
  'api::glossary-term.glossary-term': 'Glossary term',
  'api::machine-translation.machine-translation': 'Machine translation',
  'api::translation-usage.translation-usage': 'Machine translation usage',
  'contact.channel': 'Contact channel',
  'schedule.opening-hours': 'Opening hours',
  'schedule.presence': 'Presence',
  'schedule.closure': 'Closure',
  'schedule.recurrence': 'Recurrence',
  'schedule.excluded-date': 'Excluded date',
};

export function schemaDisplayName(uid: string, registry: RegistryTypes): string | undefined {
  return Object.values(registry).find((facts) => facts.uid === uid)?.labels.en.one ?? SCHEMA_DISPLAY_NAMES[uid];
}

export function modelTranslations(language: AdminLanguage, registry: RegistryTypes): Record<string, string> {
  const messages: Record<string, string> = {};
  const labelled = [
    ...Object.entries(CONTENT_TYPE_LABELS).map(([uid, labels]) => ({ uid, labels, prefix: 'content-manager.content-types' })),
    ...Object.entries(COMPONENT_LABELS).map(([uid, labels]) => ({ uid, labels, prefix: 'content-manager.components' })),
  ];
  for (const { uid, labels, prefix } of labelled) {
    for (const [field, texts] of Object.entries(labels.fields)) messages[`${prefix}.${uid}.${field}`] = texts[language].label;
    if (labels.displayName && SCHEMA_DISPLAY_NAMES[uid]) messages[SCHEMA_DISPLAY_NAMES[uid]] = labels.displayName[language];
  }
  for (const { labels } of Object.values(registry)) messages[labels.en.one] = labels[language].other;
  for (const [value, labels] of Object.entries(ENUMERATION_LABELS)) messages[value] = labels[language];
  return messages;
}
