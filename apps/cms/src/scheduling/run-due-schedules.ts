import type { Core, UID } from '@strapi/strapi';
import { claimDueSchedules, finishSchedule, type Schedule } from './schedule-store';

/**
 * Publishes and unpublishes the entries whose time has come. Runs from Strapi's cron every minute
 * (config/cron-tasks.ts); `now` is a parameter so tests move the clock instead of waiting.
 * It goes through the document service, so the portal is notified as for a publish in the admin.
 */
export async function runDueSchedules(strapi: Core.Strapi, now: Date = new Date()): Promise<Schedule[]> {
  const claimed = await claimDueSchedules(strapi, now);
  const results: Schedule[] = [];
  for (const schedule of claimed) {
    try {
      if (!strapi.contentTypes[schedule.contentType as UID.ContentType]) throw new Error(`Unknown content type ${schedule.contentType}`);
      // Every type of ours has draft and publish; the generic UID's type does not know it.
      const documents = strapi.documents(schedule.contentType as 'api::service.service');
      const params = { documentId: schedule.documentId, locale: schedule.locale };
      if (schedule.action === 'publish') {
        const result = await documents.publish(params);
        if (!result || result.entries.length === 0) throw new Error(`No ${schedule.locale} version of ${schedule.documentId} to publish`);
      } else {
        await documents.unpublish(params);
      }
      await finishSchedule(strapi, schedule.id, null);
      results.push({ ...schedule, status: 'done' });
      strapi.log.info(`Scheduled ${schedule.action} done: ${schedule.contentType} ${schedule.documentId} [${schedule.locale}]`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await finishSchedule(strapi, schedule.id, message);
      results.push({ ...schedule, status: 'failed', error: message });
      strapi.log.warn(
        `Scheduled ${schedule.action} failed: ${schedule.contentType} ${schedule.documentId} [${schedule.locale}]: ${message}`,
      );
    }
  }
  return results;
}
