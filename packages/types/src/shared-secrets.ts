/**
 * The secrets of both apps (one .env), and the one policy both apply to them
 * (apps/cms/src/environment, apps/web/lib/environment.ts):
 * - `NODE_ENV=development`, set explicitly (`npm run dev` does), gets the fixed, clearly-named
 *   values below for any secret left unset, so `npm run dev` works on an empty machine.
 * - Any other NODE_ENV (production, test, unset) gets no defaults, and a secret that is set must be
 *   strong: at least 32 characters (`openssl rand -base64 32` gives 44), not a placeholder, not a
 *   repeated pattern, not a handful of distinct characters.
 */

/** Whatever holds the environment variables: process.env, or a test's object. */
export type EnvironmentVariables = Readonly<Record<string, string | undefined>>;

/** Development defaults of the secrets both apps read. */
export const DEVELOPMENT_SHARED_SECRETS = {
  /** The CMS signs its preview links with it, the portal's /api/preview checks them. */
  PREVIEW_SECRET: 'development-only-preview-secret',
  /** The CMS sends it with every change notice, the portal's /api/revalidate checks it. */
  REVALIDATE_SECRET: 'development-only-revalidate-secret',
  /** The portal's API token for published content (find/findOne of the content types), which the CMS makes at start. */
  CMS_API_TOKEN: 'development-only-portal-api-token',
  /** The portal's full-access API token, used only by the staff preview to read drafts; the CMS makes it at start. */
  CMS_PREVIEW_TOKEN: 'development-only-portal-preview-token',
  /** The portal's token allowed only to create page ratings, which the CMS makes at start. */
  CMS_RATING_TOKEN: 'development-only-portal-rating-token',
} as const;

/** Development defaults of the CMS's own secrets (Strapi's). */
export const DEVELOPMENT_CMS_SECRETS = {
  APP_KEYS: 'development-only-app-key-1,development-only-app-key-2',
  API_TOKEN_SALT: 'development-only-api-token-salt',
  ADMIN_JWT_SECRET: 'development-only-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'development-only-transfer-token-salt',
  JWT_SECRET: 'development-only-jwt-secret',
  ENCRYPTION_KEY: 'development-only-encryption-key',
} as const;

/**
 * What only the CMS may hold: its own secrets, its database's credentials, its first admin's
 * password. The portal faces the internet and gets none of them (one environment file per app,
 * docker-compose.yml): outside development it refuses to start while one is in its environment.
 */
export const CMS_ONLY_VARIABLES: readonly string[] = [
  ...Object.keys(DEVELOPMENT_CMS_SECRETS),
  'DATABASE_PASSWORD',
  'DATABASE_URL',
  'ADMIN_PASSWORD',
  // The machine-translation providers' keys (they cost money per character).
  'MACHINE_TRANSLATION_DEEPL_API_KEY',
  'MACHINE_TRANSLATION_LIBRETRANSLATE_API_KEY',
];

/** One development default per secret. */
export const DEVELOPMENT_SECRETS = { ...DEVELOPMENT_CMS_SECRETS, ...DEVELOPMENT_SHARED_SECRETS } as const;

export type SharedSecretName = keyof typeof DEVELOPMENT_SHARED_SECRETS;
export type SecretName = keyof typeof DEVELOPMENT_SECRETS;
export type CmsSecretName = keyof typeof DEVELOPMENT_CMS_SECRETS;

/** The portal's API tokens: the CMS makes each one at start when it is set; unset means none. */
export const PORTAL_TOKEN_NAMES = ['CMS_API_TOKEN', 'CMS_PREVIEW_TOKEN', 'CMS_RATING_TOKEN'] as const satisfies readonly SharedSecretName[];
export type PortalTokenName = (typeof PORTAL_TOKEN_NAMES)[number];

/** Shared secrets both apps need to run: the preview links' and the change notices' (the CMS signs and sends, the portal checks). */
export const REQUIRED_SHARED_SECRET_NAMES = (Object.keys(DEVELOPMENT_SHARED_SECRETS) as SharedSecretName[]).filter(
  (name): name is Exclude<SharedSecretName, PortalTokenName> => !(PORTAL_TOKEN_NAMES as readonly string[]).includes(name),
);

/** Secrets the CMS cannot run without (outside development, where each has a default): its own, and the required shared ones. */
export const REQUIRED_CMS_SECRET_NAMES = [...(Object.keys(DEVELOPMENT_CMS_SECRETS) as CmsSecretName[]), ...REQUIRED_SHARED_SECRET_NAMES];

/** `.env.example` uses `change-me`, Strapi's templates `tobemodified`, development `development-only-…`. */
export const PLACEHOLDER_SECRET = /change-?me|tobemodified|development-only|example|secret|password/i;

/** Characters of a secret at least (32 random bytes are 44 in base64, 64 in hex). */
export const MIN_SECRET_LENGTH = 32;

/** Only an explicit NODE_ENV=development turns on the development defaults. */
export const isDevelopment = (env: EnvironmentVariables): boolean => env.NODE_ENV === 'development';

/** Secrets holding a comma-separated list, each of which must be strong (Koa's rotating keys). */
export const LIST_SECRETS: ReadonlySet<string> = new Set<SecretName>(['APP_KEYS']);

/** Why one value is not fit for a secret outside development (any secret: the database password too), or undefined. */
export function weaknessOf(value: string): string | undefined {
  if (value.length < MIN_SECRET_LENGTH) return `is ${value.length} characters long, at least ${MIN_SECRET_LENGTH} are needed`;
  if (PLACEHOLDER_SECRET.test(value)) return 'is an example or development value';
  if (/^(.{1,16})\1+.{0,16}$/s.test(value)) return 'repeats a short pattern';
  if (new Set(value).size < 10) return 'uses fewer than 10 distinct characters';
  return undefined;
}

/** Why a secret's value is not fit for use outside development, or undefined when it is. */
export function secretWeakness(name: SecretName, value: string): string | undefined {
  const parts = LIST_SECRETS.has(name) ? value.split(',').map((part) => part.trim()) : [value];
  if (parts.some((part) => part === '')) return 'has an empty entry';
  for (const part of parts) {
    const weakness = weaknessOf(part);
    if (weakness) return parts.length > 1 ? `has an entry that ${weakness}` : weakness;
  }
  return undefined;
}

export type SecretReading = { value: string | undefined; problem?: string };

/**
 * A secret as both apps read it: the value set (trimmed); unset → the development default with
 * NODE_ENV=development, else undefined; set but weak outside development → a problem naming it.
 */
export function readSecret(name: SecretName, env: EnvironmentVariables): SecretReading {
  const value = env[name]?.trim() || undefined;
  if (isDevelopment(env)) return { value: value ?? DEVELOPMENT_SECRETS[name] };
  if (value === undefined) return { value };
  const weakness = secretWeakness(name, value);
  if (weakness) {
    return { value: undefined, problem: `${name} ${weakness}: set it to a random value, e.g. the output of \`openssl rand -base64 32\`` };
  }
  return { value };
}
