import type { Core } from '@strapi/strapi';
import { guardedPath } from '../http/request-path';

/**
 * The content API (`/api`) serves our content types, the locales list and the documentation only.
 * The plugins' own content-API routes are closed to every caller, whatever its token: the media
 * library (`/api/upload`, it lists files attached only to drafts, and takes uploads), the
 * users-permissions users, roles and permissions. Strapi's "read-only" token type would otherwise
 * list them. Staff reach the media library through the admin (`/upload`), which this leaves alone.
 */
const CLOSED = /^\/api\/(upload|users|users-permissions\/(roles|permissions))(\/|$)/;

/** `path` in its canonical form (src/http/request-path.ts): any spelling the router matches. */
export const isClosedContentApiPath = (path: string): boolean => CLOSED.test(path);

const contentApiSurface: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (!isClosedContentApiPath(guardedPath(ctx))) return next();
  ctx.status = 403;
  ctx.body = {
    data: null,
    error: {
      status: 403,
      name: 'ForbiddenError',
      message: 'This API serves the published content types only: the media library, users and roles are not part of it.',
      details: {},
    },
  };
};

export default contentApiSurface;
