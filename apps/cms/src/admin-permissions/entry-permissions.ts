import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/** What the signed-in staff member may do to entries of one model (the entity carries its locale). */
export interface EntryPermissions {
  can: {
    create(entity?: object): boolean;
    update(entity?: object): boolean;
    read(entity?: object): boolean;
    publish(entity?: object): boolean;
  };
}

interface UserAbility {
  can(action: string, subject: unknown): boolean;
}

/** The content manager's own permission checker, so our admin routes grant exactly what its buttons do. */
export function entryPermissions(strapi: Core.Strapi, ctx: Context, model: string): EntryPermissions {
  return (
    strapi.plugin('content-manager').service('permission-checker') as {
      create(options: { userAbility: UserAbility; model: string }): EntryPermissions;
    }
  ).create({
    userAbility: ctx.state.userAbility as UserAbility,
    model,
  });
}
