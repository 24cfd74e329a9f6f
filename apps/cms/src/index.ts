import type { Core } from '@strapi/strapi';
import { assertEnvironment, environment } from './environment/environment';
import { closeSharedRateLimiter, sharedRateLimiter } from './content-api/shared-rate-limiter';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { ensureStaffRoles } from './bootstrap/staff-roles';
import { ensureDevelopmentAdmin } from './bootstrap/development-admin';
import { ensurePortalTokens } from './bootstrap/portal-token';
import { ensureRatingListView } from './bootstrap/rating-list-view';
import { registerPortalNotifications } from './portal-notification/notify-on-change';
import { registerContactValidation } from './contact-validation/validate-contact-channels';
import { seedDemoContent } from './seed/demo-content';
import { demoContentRecord } from './seed/demo-content-record';
import { ensureScheduleTable } from './scheduling/schedule-store';
import { scheduleRoutes } from './scheduling/schedule-routes';
import { coverageRoutes } from './translation-coverage/coverage-routes';
import { ensureItalianTextTable, registerItalianTextTracking } from './translation-coverage/italian-text-changes';
import { configureContentManager, hideUnmanagedTypes } from './admin-labels/configure-content-manager';
import { machineTranslationRoutes } from './machine-translation/machine-translation-routes';
import { ensureGlossaryPermissions } from './machine-translation/glossary-permissions';
import { DEFAULT_LOCALE, LOCALE_CODES } from '@welfare/types';
import { translatorRoleCode } from './bootstrap/staff-roles';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // A bad or missing value stops the CMS here, naming its variable.
    assertEnvironment();
    registerContactValidation(strapi);
    registerPortalNotifications(strapi);
    registerItalianTextTracking(strapi);
    hideUnmanagedTypes(strapi);
    strapi.server.routes(scheduleRoutes(strapi));
    strapi.server.routes(coverageRoutes(strapi));
    strapi.server.routes(machineTranslationRoutes(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Connects the rate limit's counters (Redis) before the first request.
    await sharedRateLimiter(strapi);
    await ensureItalianTextTable(strapi);
    await ensureLocales(strapi);
    await ensureScheduleTable(strapi);
    await ensurePublicPermissions(strapi);
    await ensureStaffRoles(strapi);
    await ensureGlossaryPermissions(strapi, LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE).map(translatorRoleCode));
    await configureContentManager(strapi);
    await ensureDevelopmentAdmin(strapi);
    await ensurePortalTokens(strapi);
    await ensureRatingListView(strapi);
    // Once per database: after that the demo entries are staff's, deleted ones included.
    // SEED_DEMO_CONTENT (default: in development only); production seeds through `npm run seed`.
    if (environment().seedOnStart && !(await demoContentRecord(strapi))?.complete) {
      strapi.log.info('Loading the demo content');
      const report = await seedDemoContent(strapi);
      strapi.log.info(`Demo content loaded: ${JSON.stringify(report)}`);
    }
  },

  async destroy() {
    await closeSharedRateLimiter();
  },
};
