import type { Core } from '@strapi/strapi';
import { apiContentTypes } from './content-types';

const PERMISSION = 'plugin::users-permissions.permission';
const LIST_LOCALES = 'plugin::i18n.locales.listLocales';

/**
 * The public role's permissions are code, not clicks: read-only access to our content types and
 * the locales list, nothing else. Anything else found on the role (an accidental click in the admin,
 * a write action) is removed at every start.
 */
export function publicActions(strapi: Core.Strapi): string[] {
  const reads = apiContentTypes(strapi).flatMap((uid) => {
    const { kind } = strapi.contentType(uid);
    return kind === 'singleType' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`];
  });
  return [...reads, LIST_LOCALES];
}

export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions plugin has no public role');

  const wanted = new Set(publicActions(strapi));
  const granted = await strapi.db.query(PERMISSION).findMany({ where: { role: role.id } });

  const unwanted = granted.filter((permission: { action: string }) => !wanted.has(permission.action));
  if (unwanted.length > 0) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: unwanted.map((p: { id: number }) => p.id) } } });
  }
  const present = new Set(granted.map((permission: { action: string }) => permission.action));
  for (const action of wanted) {
    if (!present.has(action)) {
      await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    }
  }
}
