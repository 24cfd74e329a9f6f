import { DEVELOPMENT_SHARED_SECRETS, PLACEHOLDER_SECRET } from '@welfare/types';

/**
 * The CMS's secrets. Development gets fixed, clearly-named values so `npm run dev` works on an
 * empty machine; production refuses to start while any secret is missing or left at a value
 * that is published (this file's development values, or the placeholders of `.env.example`).
 */
export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  // Shared with the portal: the CMS signs its preview links with it, the portal checks it.
  'PREVIEW_SECRET',
  // Shared with the portal: the CMS sends it with every change notice, the portal checks it.
  'REVALIDATE_SECRET',
] as const;

/**
 * Secrets production may leave unset (the feature they enable is then off), but never at a
 * published value. The portal's tokens, made at start (bootstrap/portal-token.ts): CMS_API_TOKEN
 * reads published content, CMS_PREVIEW_TOKEN (full access) reads drafts for the preview.
 */
export const OPTIONAL_SECRET_NAMES = ['CMS_API_TOKEN', 'CMS_PREVIEW_TOKEN'] as const;

export type SecretName = (typeof SECRET_NAMES)[number] | (typeof OPTIONAL_SECRET_NAMES)[number];

const DEVELOPMENT_VALUES: Record<SecretName, string> = {
  APP_KEYS: 'development-only-app-key-1,development-only-app-key-2',
  API_TOKEN_SALT: 'development-only-api-token-salt',
  ADMIN_JWT_SECRET: 'development-only-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'development-only-transfer-token-salt',
  JWT_SECRET: 'development-only-jwt-secret',
  ENCRYPTION_KEY: 'development-only-encryption-key',
  // The portal uses the same ones (one .env, one set of development values).
  ...DEVELOPMENT_SHARED_SECRETS,
};

type Environment = Record<string, string | undefined>;

export function isProduction(env: Environment = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export function secret(name: SecretName, env: Environment = process.env): string {
  const value = env[name];
  if (value) return value;
  return isProduction(env) ? '' : DEVELOPMENT_VALUES[name];
}

export function appKeys(env: Environment = process.env): string[] {
  return secret('APP_KEYS', env)
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
}

/** The secrets that production would refuse: missing, empty or placeholder. */
export function unsafeSecrets(env: Environment = process.env): SecretName[] {
  const isUnsafe = (value: string) => value.split(',').some((part) => !part.trim() || PLACEHOLDER_SECRET.test(part));
  const required = SECRET_NAMES.filter((name) => {
    const value = env[name]?.trim();
    return !value || isUnsafe(value);
  });
  const optional = OPTIONAL_SECRET_NAMES.filter((name) => {
    const value = env[name]?.trim();
    return value ? isUnsafe(value) : false;
  });
  return [...required, ...optional];
}

export function assertProductionSecrets(env: Environment = process.env): void {
  if (!isProduction(env)) return;
  const unsafe = unsafeSecrets(env);
  if (unsafe.length > 0) {
    throw new Error(
      `Refusing to start in production: set ${unsafe.join(', ')} to secret random values ` +
        `(missing, empty or left at an example value). Generate one with: openssl rand -base64 32`,
    );
  }
}
