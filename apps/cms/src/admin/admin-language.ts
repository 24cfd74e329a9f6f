import type { ReactNode } from 'react';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, type AdminLanguage, type ModelLabels } from '../admin-labels/field-labels';

/**
 * The admin's language for our staff. Strapi opens the admin in English until a user picks a
 * language in their profile, and stores a field's description and placeholder once, in the one
 * content-manager configuration (written in Italian at start: admin-labels/configure-content-manager.ts).
 * So: the admin opens in Italian unless the user picked another language, and the edit view shows
 * each field's help and placeholder in the user's language (admin-labels/field-labels.ts).
 */

/** Strapi's own storage key for the language a user picked (its admin reducer reads it at start). */
export const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Called before the admin renders: a user who never picked a language gets Italian. */
export function openInItalianByDefault(storage: LanguageStorage): void {
  if (!storage.getItem(ADMIN_LANGUAGE_KEY)) storage.setItem(ADMIN_LANGUAGE_KEY, 'it');
}

export function adminLanguage(storage: LanguageStorage): AdminLanguage | undefined {
  const language = storage.getItem(ADMIN_LANGUAGE_KEY);
  return language === 'it' || language === 'en' ? language : undefined;
}

/** The type an edit view edits, from its address (`…/content-manager/collection-types/<uid>/<documentId>`). */
export function editedTypeUid(pathname: string): string | undefined {
  const match = /\/content-manager\/(?:collection-types|single-types)\/([^/]+)/.exec(pathname);
  return match ? decodeURIComponent(match[1]) : undefined;
}

interface EditField {
  name: string;
  hint?: ReactNode;
  placeholder?: string;
}

/** The part of the content manager's edit layout this changes (the rest passes through as is). */
export interface EditLayout {
  layout: EditField[][][];
  components: Record<string, { layout: EditField[][] }>;
}

function inLanguage(field: EditField, labels: ModelLabels | undefined, language: AdminLanguage): EditField {
  const text = labels?.fields[field.name]?.[language];
  if (!text) return field;
  return { ...field, hint: text.description, placeholder: text.placeholder ?? '' };
}

/** The edit layout with each field's help and placeholder in `language`; fields we have no text for unchanged. */
export function withFieldHelpIn<Layout extends EditLayout>(layout: Layout, typeUid: string | undefined, language: AdminLanguage): Layout {
  const typeLabels = typeUid ? CONTENT_TYPE_LABELS[typeUid] : undefined;
  const components = Object.fromEntries(
    Object.entries(layout.components).map(([uid, component]) => [
      uid,
      { ...component, layout: component.layout.map((row) => row.map((field) => inLanguage(field, COMPONENT_LABELS[uid], language))) },
    ]),
  );
  return {
    ...layout,
    components,
    layout: layout.layout.map((panel) => panel.map((row) => row.map((field) => inLanguage(field, typeLabels, language)))),
  };
}
