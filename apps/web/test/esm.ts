import Module from 'node:module';
import type IcalModule from 'ical.js';
import type * as UseIntlCore from 'use-intl/core';

/**
 * Libraries that ship only as ES modules. jest.config.js transforms only the portal's own
 * TypeScript, and Jest's CommonJS runtime refuses to load ES modules ("Must use import to load ES
 * Module") on Node < 24.9, so `import { createFormatter } from 'next-intl'` cannot run in a test.
 *
 * - use-intl/core (next-intl re-exports it: `createFormatter`, `createTranslator`) has no CommonJS
 *   build: it is loaded, unmodified, through Node's own loader (require of ES modules, Node ≥ 20.19).
 *   It holds no React, so loading it outside Jest's module registry is harmless.
 * - ical.js ships a CommonJS build of the same library next to its ES module.
 *
 * Remove this once jest.config.js transforms next-intl and use-intl (transformIgnorePatterns).
 */
interface NodeLoader {
  _load(request: string, parent: null, isMain: boolean): unknown;
}

export function loadUseIntlCore(): typeof UseIntlCore {
  const file = require.resolve('use-intl/core');
  return (Module as unknown as NodeLoader)._load(file, null, false) as typeof UseIntlCore;
}

export function loadIcal(): typeof IcalModule {
  return jest.requireActual<typeof IcalModule>('ical.js/dist/ical.es5.cjs');
}
