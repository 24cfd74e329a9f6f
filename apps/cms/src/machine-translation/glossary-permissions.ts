/**
 * Redattori (Strapi's Editor role) keep the machine-translation glossary: read, create, update and
 * delete its terms in the content manager. Added at every start to the role's other permissions
 * (bootstrap/staff-roles.ts keeps what is not content, so both stay); translators only read it.
 */
import type { Core } from '@strapi/strapi';
import { GLOSSARY_UID } from './translation-records';

const EXPLORER = 'plugin::content-manager.explorer';

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

async function grant(strapi: Core.Strapi, roleCode: string, verbs: string[]): Promise<void> {
  const role = (await strapi.db.query('admin::role').findOne({ where: { code: roleCode } })) as { id: number } | null;
  if (!role) return;
  const permissions = strapi.service('admin::permission') as unknown as { findMany(params: object): Promise<Permission[]> };
  const current = await permissions.findMany({ where: { role: { id: role.id } } });
  const missing = verbs
    .map((verb) => `${EXPLORER}.${verb}`)
    .filter((action) => !current.some((permission) => permission.action === action && permission.subject === GLOSSARY_UID));
  if (missing.length === 0) return;
  const roles = strapi.service('admin::role') as unknown as {
    assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
  };
  await roles.assignPermissions(role.id, [
    ...current.map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions })),
    ...missing.map((action) => ({ action, subject: GLOSSARY_UID, properties: { fields: ['term', 'note'] }, conditions: [] })),
  ]);
}

export async function ensureGlossaryPermissions(strapi: Core.Strapi, translatorRoleCodes: readonly string[]): Promise<void> {
  await grant(strapi, 'strapi-editor', ['create', 'read', 'update', 'delete']);
  for (const code of translatorRoleCodes) await grant(strapi, code, ['read']);
}
