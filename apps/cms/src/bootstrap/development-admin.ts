import type { Core } from '@strapi/strapi';
import { isProduction } from '../environment/secrets';

export const DEVELOPMENT_ADMIN = { email: 'admin@welfare.local', password: 'Welfare2026!' };

interface UserService {
  exists(): Promise<boolean>;
  createFirstAdmin(attributes: object): Promise<unknown>;
}

/**
 * Outside production, a newcomer can log in at once: the first admin comes from ADMIN_EMAIL and
 * ADMIN_PASSWORD (defaults in the README). Production creates no user: staff register the first one.
 */
export async function ensureDevelopmentAdmin(strapi: Core.Strapi, env = process.env): Promise<void> {
  if (isProduction(env)) return;
  const users = strapi.service('admin::user') as unknown as UserService;
  if (await users.exists()) return;
  const email = env.ADMIN_EMAIL || DEVELOPMENT_ADMIN.email;
  await users.createFirstAdmin({
    email,
    password: env.ADMIN_PASSWORD || DEVELOPMENT_ADMIN.password,
    firstname: 'Admin',
    lastname: 'Welfare',
    preferedLanguage: 'it',
  });
  strapi.log.info(`Created the development admin ${email}: log in at /admin`);
}
