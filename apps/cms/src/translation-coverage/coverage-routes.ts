import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { coverageReport, localesFor, type MayRead } from './coverage-report';

interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): { can: { read(entity?: object): boolean } };
}

/**
 * What the user may read, as the content manager judges it (their roles' read permission with its
 * locales; super admins everything): a translator sees the coverage of their own language only.
 */
function readableBy(strapi: Core.Strapi, userAbility: unknown): MayRead {
  const checkers = strapi.plugin('content-manager').service('permission-checker') as unknown as PermissionCheckerService;
  return (uid, locale) => Boolean(userAbility) && checkers.create({ userAbility, model: uid }).can.read({ locale });
}

/** GET /translation-coverage (admin-authenticated): the report of the languages the user may read, their own first. */
export function coverageRoutes(strapi: Core.Strapi) {
  const report = async (ctx: Context) => {
    const user = ctx.state.user as { roles?: Array<{ code: string }> } | undefined;
    const locales = localesFor(user?.roles?.map((role) => role.code) ?? []);
    ctx.body = { data: await coverageReport(strapi, { locales, mayRead: readableBy(strapi, ctx.state.userAbility) }) };
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
