import type { Core } from '@strapi/strapi';
import { assertEnvironment, environment } from './environment/environment';
import { closeSharedRateLimiter, sharedRateLimiter } from './content-api/shared-rate-limiter';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { ensureStaffRoles } from './bootstrap/staff-roles';
import { ensureDevelopmentAdmin } from './bootstrap/development-admin';
import { ensurePortalToken } from './bootstrap/portal-token';
import { registerPortalNotifications } from './portal-notification/notify-on-change';
import { isContentEmpty, seedDemoContent } from './seed/demo-content';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // A bad or missing value stops the CMS here, naming its variable.
    assertEnvironment();
    registerPortalNotifications(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Connects the rate limit's counters (Redis) before the first request.
    await sharedRateLimiter(strapi);
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    await ensureStaffRoles(strapi);
    await ensureDevelopmentAdmin(strapi);
    await ensurePortalToken(strapi);
    // The dev server seeds an empty database by itself (SEED_DEMO_CONTENT), production through `npm run seed`.
    if (environment().seedOnStart && (await isContentEmpty(strapi))) {
      strapi.log.info('Empty database: loading the demo content');
      const report = await seedDemoContent(strapi);
      strapi.log.info(`Demo content loaded: ${JSON.stringify(report)}`);
    }
  },

  async destroy() {
    await closeSharedRateLimiter();
  },
};
