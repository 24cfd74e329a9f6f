import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from './environment/secrets';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { ensureStaffRoles } from './bootstrap/staff-roles';
import { ensureDevelopmentAdmin } from './bootstrap/development-admin';
import { ensurePortalToken } from './bootstrap/portal-token';
import { registerPortalNotifications } from './portal-notification/notify-on-change';
import { registerContactValidation } from './contact-validation/validate-contact-channels';
import { isContentEmpty, seedDemoContent, shouldSeedOnStart } from './seed/demo-content';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets();
    registerContactValidation(strapi);
    registerPortalNotifications(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    await ensureStaffRoles(strapi);
    await ensureDevelopmentAdmin(strapi);
    await ensurePortalToken(strapi);
    if (shouldSeedOnStart() && (await isContentEmpty(strapi))) {
      strapi.log.info('Empty database: loading the demo content');
      const report = await seedDemoContent(strapi);
      strapi.log.info(`Demo content loaded: ${JSON.stringify(report)}`);
    }
  },
};
