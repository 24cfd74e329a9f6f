import type { Core } from '@strapi/strapi';
import { runDueSchedules } from '../src/scheduling/run-due-schedules';

/** Strapi's cron (config/server.ts): every minute, the scheduled publications that are due. */
export default {
  publicationSchedules: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await runDueSchedules(strapi);
    },
    options: { rule: '* * * * *', tz: 'Europe/Rome' },
  },
};
