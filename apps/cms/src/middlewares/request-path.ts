import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { guardedPath, MalformedPathError } from '../http/request-path';

/**
 * Computes the request's canonical path (src/http/request-path.ts) before any guard runs, so every
 * guard compares the same spelling the router matches; a path that cannot be decoded is a 400.
 */
const requestPath: Core.MiddlewareFactory = () => async (ctx, next) => {
  try {
    guardedPath(ctx);
  } catch (error) {
    if (error instanceof MalformedPathError) throw new errors.ValidationError(error.message);
    throw error;
  }
  return next();
};

export default requestPath;
