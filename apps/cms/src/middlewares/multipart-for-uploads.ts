import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { guardedPath } from '../http/request-path';

/**
 * Multipart bodies (file uploads) are read only on the media library's upload routes, never on
 * any other route: Strapi's body parser would otherwise write every file of any multipart request
 * to the temporary folder before the route's permissions are checked (and leave it there when
 * they refuse). Placed before `strapi::body`, whose size limits (config/middlewares.ts) apply.
 * Whatever was written is removed when the request ends, refused or not.
 */
const UPLOAD_ROUTES = /^\/upload(\/files(\/[^/]+\/replace)?)?$/;

/** `path` in its canonical form (src/http/request-path.ts). */
export const acceptsMultipart = (method: string, path: string): boolean => method === 'POST' && UPLOAD_ROUTES.test(path);

interface UploadedFile {
  filepath?: string;
}

function removeUploadedFiles(files: Record<string, UploadedFile | UploadedFile[]> | undefined): void {
  for (const value of Object.values(files ?? {})) {
    for (const file of Array.isArray(value) ? value : [value]) {
      if (file?.filepath) fs.rm(file.filepath, { force: true }, () => undefined);
    }
  }
}

const multipartForUploads: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (!ctx.is('multipart')) return next();
  // Answered without reading the body: Node discards it, nothing reaches the disk.
  if (!acceptsMultipart(ctx.method, guardedPath(ctx))) {
    ctx.status = 415;
    ctx.body = {
      data: null,
      error: {
        status: 415,
        name: 'UnsupportedMediaTypeError',
        message: 'Multipart bodies are accepted only by the media library’s upload routes.',
        details: {},
      },
    };
    return;
  }
  // Only staff upload (the admin sends its session's bearer token): anyone else is refused unread.
  if (!/^Bearer \S+$/i.test(ctx.get('Authorization'))) {
    ctx.status = 401;
    ctx.body = {
      data: null,
      error: { status: 401, name: 'UnauthorizedError', message: 'Log in to the admin to upload files.', details: {} },
    };
    return;
  }
  try {
    await next();
  } finally {
    removeUploadedFiles((ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }).files);
  }
};

export default multipartForUploads;
