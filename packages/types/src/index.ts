export * from './locales';
export * from './time-zone';
export * from './content';
