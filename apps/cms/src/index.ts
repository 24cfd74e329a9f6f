import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from './environment/secrets';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { ensureStaffRoles } from './bootstrap/staff-roles';
import { ensureDevelopmentAdmin } from './bootstrap/development-admin';
import { ensurePortalTokens } from './bootstrap/portal-token';
import { registerPortalNotifications } from './portal-notification/notify-on-change';
import { registerContactValidation } from './contact-validation/validate-contact-channels';
import { seedDemoContent, shouldSeedOnStart } from './seed/demo-content';
import { demoContentRecord } from './seed/demo-content-record';
import { ensureScheduleTable } from './scheduling/schedule-store';
import { scheduleRoutes } from './scheduling/schedule-routes';
import { coverageRoutes } from './translation-coverage/coverage-routes';
import { configureContentManager, hideUnmanagedTypes } from './admin-labels/configure-content-manager';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets();
    registerContactValidation(strapi);
    registerPortalNotifications(strapi);
    hideUnmanagedTypes(strapi);
    strapi.server.routes(scheduleRoutes(strapi));
    strapi.server.routes(coverageRoutes(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureScheduleTable(strapi);
    await ensurePublicPermissions(strapi);
    await ensureStaffRoles(strapi);
    await configureContentManager(strapi);
    await ensureDevelopmentAdmin(strapi);
    await ensurePortalTokens(strapi);
    // Once per database: after that the demo entries are staff's, deleted ones included.
    if (shouldSeedOnStart() && !(await demoContentRecord(strapi))) {
      strapi.log.info('Loading the demo content');
      const report = await seedDemoContent(strapi);
      strapi.log.info(`Demo content loaded: ${JSON.stringify(report)}`);
    }
  },
};
