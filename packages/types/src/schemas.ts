/**
 * `@welfare/types/schemas`: what the CMS's REST answers look like (zod schemas and the types they
 * infer, rich text included), with the one copy of zod they are built with.
 */
export * from './content';
export * from './plain-text-to-blocks';
export { z } from 'zod';
