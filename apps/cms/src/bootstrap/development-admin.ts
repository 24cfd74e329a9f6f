import type { Core } from '@strapi/strapi';
import { environment } from '../environment/environment';

export const DEVELOPMENT_ADMIN = { email: 'admin@welfare.local', password: 'Welfare2026!' };

interface UserService {
  exists(): Promise<boolean>;
  createFirstAdmin(attributes: object): Promise<unknown>;
}

/**
 * In development (NODE_ENV=development), a newcomer can log in at once: the first admin comes from
 * ADMIN_EMAIL and ADMIN_PASSWORD (defaults in the README). Elsewhere no user is made here: production
 * makes its first admin with `npm run admin:create` before the CMS is reachable.
 */
export async function ensureDevelopmentAdmin(strapi: Core.Strapi, settings = environment().developmentAdmin): Promise<void> {
  if (!settings) return;
  const users = strapi.service('admin::user') as unknown as UserService;
  if (await users.exists()) return;
  const email = settings.email || DEVELOPMENT_ADMIN.email;
  await users.createFirstAdmin({
    email,
    password: settings.password || DEVELOPMENT_ADMIN.password,
    firstname: 'Admin',
    lastname: 'Welfare',
    preferedLanguage: 'it',
  });
  strapi.log.info(`Created the development admin ${email}: log in at /admin`);
}
