import fs from 'node:fs/promises';
import path from 'node:path';
import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { ALLOWED_FILE_TYPES, detectFileType, refusalOf, SIGNATURE_BYTES } from '../uploads/file-signature';
import { guardedPath } from '../http/request-path';
import { acceptsMultipart } from './multipart-for-uploads';

/**
 * Every uploaded file is checked on its content before the media library stores it (after
 * `strapi::body` has parsed it): an allowed type whose name agrees, else a 400 saying what is
 * accepted. The type the browser claimed is replaced by the one found.
 */
interface ParsedFile {
  filepath: string;
  originalFilename?: string | null;
  name?: string;
  mimetype?: string | null;
  type?: string;
}

async function head(filepath: string): Promise<Uint8Array> {
  const handle = await fs.open(filepath, 'r');
  try {
    const buffer = new Uint8Array(SIGNATURE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SIGNATURE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Files fetched by the CMS from a URL would skip the check: staff download them and upload them instead. */
const FROM_URLS = '/upload/actions/upload-from-urls';

const uploadTypes: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (ctx.method === 'POST' && guardedPath(ctx) === FROM_URLS) {
    throw new errors.ValidationError(
      'Uploading from a URL is off: download the file and upload it, so its content can be checked (images or PDF only).',
    );
  }
  const files = (ctx.request as unknown as { files?: Record<string, ParsedFile | ParsedFile[]> }).files;
  if (!files || !acceptsMultipart(ctx.method, guardedPath(ctx))) return next();
  for (const file of Object.values(files).flat()) {
    const name = path.basename(file.originalFilename ?? file.name ?? 'file');
    const bytes = await head(file.filepath);
    const refusal = refusalOf(bytes, name);
    if (refusal) throw new errors.ValidationError(refusal);
    const kind = detectFileType(bytes);
    if (kind) {
      file.mimetype = ALLOWED_FILE_TYPES[kind].mime;
      file.type = ALLOWED_FILE_TYPES[kind].mime;
    }
  }
  return next();
};

export default uploadTypes;
