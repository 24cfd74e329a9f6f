import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { RATING_SUMMARY_PATH } from '../admin/rating-summary';
import { ratingSummary } from './summary-query';

interface UserAbility {
  can(action: string, subject: string): boolean;
}

/**
 * GET /page-rating-summary (admin-authenticated): the summary over every rating, for staff who may
 * read page ratings in the content manager (the same permission as their list), 403 for the others.
 */
export function ratingSummaryRoutes(strapi: Core.Strapi) {
  const summary = async (ctx: Context) => {
    const ability = ctx.state.userAbility as UserAbility | undefined;
    if (!ability?.can('plugin::content-manager.explorer.read', 'api::page-rating.page-rating')) {
      ctx.status = 403;
      ctx.body = { error: { status: 403, name: 'ForbiddenError', message: 'Your role may not read page ratings' } };
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await ratingSummary(strapi) };
  };
  return {
    type: 'admin' as const,
    routes: [
      {
        method: 'GET' as const,
        path: RATING_SUMMARY_PATH,
        handler: summary,
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin', apiName: 'page-rating-summary' },
      },
    ],
  };
}
