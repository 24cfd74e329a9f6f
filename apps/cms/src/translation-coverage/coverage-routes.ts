import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { coverageReport, localesFor } from './coverage-report';

/** GET /translation-coverage (admin-authenticated): the report, the user's own language first. */
export function coverageRoutes(strapi: Core.Strapi) {
  const report = async (ctx: Context) => {
    const user = ctx.state.user as { roles?: Array<{ code: string }> } | undefined;
    ctx.body = { data: await coverageReport(strapi, { locales: localesFor(user?.roles?.map((role) => role.code) ?? []) }) };
  };
  return {
    type: 'admin' as const,
    routes: [
      {
        method: 'GET' as const,
        path: '/translation-coverage',
        handler: report,
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin', apiName: 'translation-coverage' },
      },
    ],
  };
}
