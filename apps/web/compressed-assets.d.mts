import type { IncomingMessage, ServerResponse } from 'node:http';

/** Whether an Accept-Encoding header takes brotli (compressed-assets.mjs). */
export function acceptsBrotli(header: string | string[] | undefined): boolean;
/** Serves Next's build files from their brotli copies once made (compressed-assets.mjs). */
export function compressedAssets(buildDir: string): (request: IncomingMessage, response: ServerResponse) => boolean;
