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
import { armNoticeBoundaries, registerNoticeBoundaries, stopNoticeBoundaries } from './portal-notification/notice-boundaries';
import { registerContactValidation } from './contact-validation/validate-contact-channels';
import { migratePhoneNumbersToE164 } from './contact-validation/phone-e164-migration';
import { registerScheduleValidation } from './schedule-validation/validate-schedules';
import { seedDemoContent } from './seed/demo-content';
import { demoContentRecord } from './seed/demo-content-record';
import { migrateLegacyTables } from './bootstrap/legacy-tables';
import { scheduleRoutes } from './scheduling/schedule-routes';
import { coverageRoutes } from './translation-coverage/coverage-routes';
import { registerItalianTextTracking } from './translation-coverage/italian-text-changes';
import { ratingSummaryRoutes } from './page-rating-summary/summary-routes';
import { guardPreviewRoute } from './preview/preview-permission';
import { configureContentManager, hideUnmanagedTypes } from './admin-labels/configure-content-manager';
import { startMetricsServer, stopMetricsServer } from './observability/metrics';
import { logProcessWarnings } from './observability/process-warnings';
import { machineTranslationRoutes } from './machine-translation/machine-translation-routes';
import { ensureGlossaryPermissions } from './machine-translation/glossary-permissions';
import { DEFAULT_LOCALE, LOCALE_CODES } from '@welfare/types';
import { translatorRoleCode } from './bootstrap/staff-roles';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // A bad or missing value stops the CMS here, naming its variable.
    assertEnvironment();
    logProcessWarnings(strapi.log);
    registerContactValidation(strapi);
    registerScheduleValidation(strapi);
    registerPortalNotifications(strapi);
    registerNoticeBoundaries(strapi);
    registerItalianTextTracking(strapi);
    hideUnmanagedTypes(strapi);
    // The admin's preview links only for what the requesting user may read.
    guardPreviewRoute(strapi);
    strapi.server.routes(scheduleRoutes(strapi));
    strapi.server.routes(coverageRoutes(strapi));
    strapi.server.routes(ratingSummaryRoutes(strapi));
    strapi.server.routes(machineTranslationRoutes(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Connects the rate limit's counters (Redis) before the first request.
    await sharedRateLimiter(strapi);
    // The schedules and Italian-text changes of a database made before they were content types.
    await migrateLegacyTables(strapi);
    await ensureLocales(strapi);
    const migrated = await migratePhoneNumbersToE164(strapi);
    if (migrated > 0) strapi.log.info(`Phone numbers stored in E.164: ${migrated}`);
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
    // Prometheus metrics on their own port (METRICS_PORT), never on the public one.
    startMetricsServer(strapi.log);
    // The portal hears of each notice's start and end at its moment (after a restart too).
    void armNoticeBoundaries(strapi);
  },

  async destroy() {
    stopNoticeBoundaries();
    await stopMetricsServer();
    await closeSharedRateLimiter();
  },
};
