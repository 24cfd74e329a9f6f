import { environment, type CmsEnvironment } from './environment';

export { SECRET_NAMES, OPTIONAL_SECRET_NAMES } from './environment';

/** A secret of the CMS, as checked at start (environment.ts). */
export function secret<Name extends keyof CmsEnvironment['secrets']>(name: Name): string {
  return environment().secrets[name] ?? '';
}

/** Koa's signing keys (a rotation list). */
export function appKeys(): string[] {
  return secret('APP_KEYS')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
}
