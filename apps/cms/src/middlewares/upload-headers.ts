import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { guardedPath, isUnder } from '../http/request-path';
import { ALLOWED_FILE_TYPES } from '../uploads/file-signature';

/**
 * Files under /uploads are served so that none can act as a page of the CMS's origin: no type
 * sniffing, a sandboxing CSP (no scripts, no plugins, an opaque origin), and as a download for
 * anything that is not one of the accepted images or a PDF (files stored before the allow-list).
 */
export const UPLOAD_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

const INLINE_EXTENSIONS = new Set<string>(Object.values(ALLOWED_FILE_TYPES).flatMap((type) => type.extensions));

const uploadHeaders: Core.MiddlewareFactory = () => async (ctx, next) => {
  const requested = guardedPath(ctx);
  if (!isUnder(requested, '/uploads')) return next();
  await next();
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', UPLOAD_CONTENT_SECURITY_POLICY);
  if (!INLINE_EXTENSIONS.has(path.extname(requested))) ctx.set('Content-Disposition', 'attachment');
};

export default uploadHeaders;
