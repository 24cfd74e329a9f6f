import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES, type LocaleCode } from '@welfare/types';
import { apiContentTypes } from './content-types';
import { italianLanguageName } from '../admin-labels/language-names';

const EXPLORER = 'plugin::content-manager.explorer';
const EDITOR_ROLE_CODE = 'strapi-editor';
/** Media-library actions a translator needs to upload a poster in their language. */
const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

interface Permission {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; locales?: string[] };
  conditions?: string[];
}
interface Role {
  id: number;
  code: string;
  name: string;
  description?: string;
}
interface RoleService {
  findOne(params: object): Promise<Role | null>;
  create(attributes: { name: string; code: string; description: string }): Promise<Role>;
  update(params: { id: number }, attributes: { name: string; description: string }): Promise<Role>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
}
interface PermissionService {
  findMany(params: object): Promise<Permission[]>;
}
interface ContentTypeService {
  getPermissionsWithNestedFields(actions: unknown[], options?: object): Permission[];
}
interface ActionProvider {
  values(): Array<{ actionId: string; section: string; subjects?: string[] }>;
}

export function translatorRoleCode(locale: LocaleCode): string {
  return `translator-${locale}`;
}

function contentPermissions(strapi: Core.Strapi, actions: string[], locales: readonly string[]): Permission[] {
  const ours = new Set<string>(apiContentTypes(strapi));
  const provider = (strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider }).actionProvider;
  const selected = provider
    .values()
    .filter((action) => action.section === 'contentTypes' && actions.includes(action.actionId))
    .map((action) => ({ ...action, subjects: (action.subjects ?? []).filter((subject) => ours.has(subject)) }));
  const contentTypes = strapi.service('admin::content-type') as unknown as ContentTypeService;
  return contentTypes
    .getPermissionsWithNestedFields(selected)
    .map((permission) => ({ ...permission, properties: { ...permission.properties, locales: [...locales] } }));
}

async function ensureRole(strapi: Core.Strapi, code: string, name: string, description: string): Promise<Role> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const existing = await roles.findOne({ code });
  if (!existing) return roles.create({ name, code, description });
  // Installs made before the roles had Italian names get them renamed.
  if (existing.name !== name || existing.description !== description) await roles.update({ id: existing.id }, { name, description });
  return existing;
}

/**
 * Editor: every action on our content in every locale (keeping the role's other permissions).
 * Translator (one per non-Italian locale): reads Italian and its own locale, writes and publishes
 * only its own locale, deletes nothing. Idempotent; run at every start.
 */
export async function ensureStaffRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const permissions = strapi.service('admin::permission') as unknown as PermissionService;
  const ours = new Set<string>(apiContentTypes(strapi));

  const editor = await ensureRole(
    strapi,
    EDITOR_ROLE_CODE,
    'Redattore',
    'Scrive, traduce e pubblica tutti i contenuti in tutte le lingue.',
  );
  const editorOthers = (await permissions.findMany({ where: { role: { id: editor.id } } }))
    .filter((permission) => !(permission.subject && ours.has(permission.subject)))
    .map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
  const everyAction = ['create', 'read', 'update', 'delete', 'publish'].map((verb) => `${EXPLORER}.${verb}`);
  await roles.assignPermissions(editor.id, [...contentPermissions(strapi, everyAction, LOCALE_CODES), ...editorOthers]);

  for (const locale of LOCALES.filter((candidate) => candidate.code !== DEFAULT_LOCALE)) {
    const role = await ensureRole(
      strapi,
      translatorRoleCode(locale.code),
      `Traduttore ${italianLanguageName(locale.code)} (${locale.code})`,
      `Legge l'italiano; traduce e pubblica solo in ${italianLanguageName(locale.code)} (${locale.nativeName}).`,
    );
    await roles.assignPermissions(role.id, [
      ...contentPermissions(strapi, [`${EXPLORER}.read`], [DEFAULT_LOCALE, locale.code]),
      ...contentPermissions(strapi, [`${EXPLORER}.create`, `${EXPLORER}.update`, `${EXPLORER}.publish`], [locale.code]),
      ...MEDIA_ACTIONS.map((action) => ({ action })),
    ]);
  }
}
