import type { Core } from '@strapi/strapi';
import { CONTENT_TYPE_REGISTRY, CONTENT_TYPES } from '@welfare/types';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, type ModelLabels } from './field-labels';
import { LIST_COLUMNS } from './list-columns';

/**
 * Writes the staff's labels, descriptions, placeholders, list columns and edit-view order into the
 * content manager's configuration (core store `plugin_content_manager_configuration_*`) at every
 * start, so every install shows them. Code is the source of truth: changes made through "Configure
 * the view" are overwritten at the next start for the fields listed here.
 * The configuration holds one language, Italian (the staff's); the English labels reach the admin
 * through its translations (src/admin/app.tsx), which the content manager looks up first.
 */
interface FieldMetadata {
  edit: { label?: string; description?: string; placeholder?: string; visible?: boolean; editable?: boolean; mainField?: string };
  list: { label?: string; searchable?: boolean; sortable?: boolean; mainField?: string };
}
interface LayoutField {
  name: string;
  size: number;
}
export interface ContentManagerConfiguration {
  settings: Record<string, unknown> & { mainField?: string; defaultSortBy?: string; defaultSortOrder?: string };
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: LayoutField[][] };
}
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<ContentManagerConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: ContentManagerConfiguration): Promise<unknown>;
}

const GRID_WIDTH = 12;

/** Lays the fields out in the given order, keeping the width Strapi chose for each. */
export function editLayout(current: LayoutField[][], order: readonly string[]): LayoutField[][] {
  const sizes = new Map(current.flat().map((field) => [field.name, field.size]));
  const rows: LayoutField[][] = [];
  let row: LayoutField[] = [];
  let used = 0;
  for (const name of order) {
    const size = sizes.get(name);
    if (size === undefined) continue; // not editable in the content manager
    if (used + size > GRID_WIDTH && row.length > 0) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push({ name, size });
    used += size;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Fields the CMS writes on save (a number's E.164 form, when an event's series ends): shown, not editable. */
const WRITTEN_BY_THE_CMS = new Set(['e164', 'seriesEndsAt']);

export function withLabels(configuration: ContentManagerConfiguration, labels: ModelLabels): ContentManagerConfiguration {
  const metadatas = { ...configuration.metadatas };
  for (const [name, texts] of Object.entries(labels.fields)) {
    const current = metadatas[name] ?? { edit: {}, list: {} };
    metadatas[name] = {
      edit: {
        ...current.edit,
        label: texts.it.label,
        description: texts.it.description,
        placeholder: texts.it.placeholder ?? '',
        ...(WRITTEN_BY_THE_CMS.has(name) ? { editable: false } : {}),
      },
      list: { ...current.list, label: texts.it.label },
    };
  }
  for (const [name, label] of Object.entries(TIMESTAMP_LABELS)) {
    if (metadatas[name])
      metadatas[name] = { ...metadatas[name], edit: { ...metadatas[name].edit, label }, list: { ...metadatas[name].list, label } };
  }
  return {
    ...configuration,
    metadatas,
    layouts: { ...configuration.layouts, edit: editLayout(configuration.layouts.edit, Object.keys(labels.fields)) },
  };
}

const TIMESTAMP_LABELS: Record<string, string> = {
  id: 'ID',
  documentId: 'ID documento',
  createdAt: 'Creato il',
  updatedAt: 'Ultima modifica',
  publishedAt: 'Pubblicato il',
};

export async function configureContentManager(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types') as ConfigurationService;
  const components = contentManager.service('components') as ConfigurationService;

  for (const name of CONTENT_TYPES) {
    const facts = CONTENT_TYPE_REGISTRY[name];
    const labels = CONTENT_TYPE_LABELS[facts.uid];
    if (!labels) {
      strapi.log.warn(`No admin labels for ${facts.uid}`);
      continue;
    }
    const current = await contentTypes.findConfiguration({ uid: facts.uid });
    const labelled = withLabels(current, labels);
    await contentTypes.updateConfiguration(
      { uid: facts.uid },
      {
        ...labelled,
        settings: { ...labelled.settings, mainField: facts.titleField, defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
        layouts: { ...labelled.layouts, list: [facts.titleField, ...LIST_COLUMNS[name], 'updatedAt'] },
      },
    );
  }
  for (const [uid, labels] of Object.entries(COMPONENT_LABELS)) {
    if (!strapi.components[uid as keyof typeof strapi.components]) continue;
    const current = await components.findConfiguration({ uid });
    await components.updateConfiguration({ uid }, withLabels(current, labels));
  }
}

/** Types staff never manage: hidden from the content manager (they stay in their own settings pages). */
const HIDDEN_FROM_CONTENT_MANAGER = ['plugin::users-permissions.user'];

export function hideUnmanagedTypes(strapi: Core.Strapi): void {
  for (const uid of HIDDEN_FROM_CONTENT_MANAGER) {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { pluginOptions?: Record<string, object> } | undefined;
    if (!model) continue;
    model.pluginOptions = { ...model.pluginOptions, 'content-manager': { ...model.pluginOptions?.['content-manager'], visible: false } };
  }
}
