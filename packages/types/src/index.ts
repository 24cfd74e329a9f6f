export * from './locales';
export * from './time-zone';
export * from './content';
export * from './content-types';
export * from './slug';
export * from './query-string';
export * from './change-notice';
export * from './shared-secrets';
export * from './preview-signature';

/** The zod the schemas are built with: the portal imports it from here so there is one copy. */
export { z } from 'zod';
export * from './phone-numbers';
export * from './recurrence';
export * from './plain-text-to-blocks';
export * from './notices';
