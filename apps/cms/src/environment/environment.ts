import { z } from '@welfare/types/schemas';
import {
  PORTAL_TOKEN_NAMES,
  REQUIRED_CMS_SECRET_NAMES,
  isDevelopment,
  readSecret,
  type EnvironmentVariables,
} from '@welfare/types/secrets';
import { corsOrigins } from './cors-origins';
import { databasePasswordProblem } from './database-password';
import { DEFAULT_PORTAL_URL, portalInternalUrl, portalUrl } from './portal-url';
import { readMachineTranslationSettings, type MachineTranslationSettings } from './machine-translation-settings';

/**
 * The CMS's configuration, read once from the environment (config/*.ts and the code read it here)
 * and checked at start (src/index.ts `register` → assertEnvironment): a bad value stops the CMS with
 * a message naming the variable. Reading never throws, so `strapi build` (which loads config/*.ts
 * but needs no secrets) works without them. The secret policy is the portal's too (@welfare/types
 * `readSecret`).
 */

/** Secrets the CMS cannot run without (outside development, where each has a default). */
export const SECRET_NAMES = REQUIRED_CMS_SECRET_NAMES;

/**
 * The portal's tokens, made at start (bootstrap/portal-token.ts); unset means none: CMS_API_TOKEN
 * reads published content, CMS_PREVIEW_TOKEN (full access) reads drafts for the preview,
 * CMS_RATING_TOKEN may only create page ratings.
 */
export const OPTIONAL_SECRET_NAMES = PORTAL_TOKEN_NAMES;

// `.env.example` leaves optional variables empty: empty means unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
const perMinute = optional(z.coerce.number().int().min(1, 'must be at least 1').max(10_000_000));
const redisUrl = z
  .string()
  .trim()
  .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value), 'must be a URL such as redis://127.0.0.1:6379');

const variables = z.object({
  NODE_ENV: optional(z.string()),
  HOST: optional(z.string().trim()),
  PORTAL_URL: optional(z.string()),
  PORTAL_INTERNAL_URL: optional(z.string()),
  CORS_ORIGINS: optional(z.string()),
  REDIS_URL: optional(redisUrl),
  REDIS_KEY_PREFIX: optional(z.string().max(100)),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: perMinute,
  RATE_LIMIT_PARTNER_PER_MINUTE: perMinute,
  RATE_LIMIT_PORTAL_PER_MINUTE: perMinute,
  SEED_DEMO_CONTENT: optional(z.enum(['true', 'false'], { error: 'must be true or false' })),
  ADMIN_EMAIL: optional(z.email({ error: 'must be an e-mail address' })),
  ADMIN_PASSWORD: optional(z.string()),
});

export interface CmsEnvironment {
  /** What is wrong, each naming its variable: empty when the CMS may start. */
  problems: string[];
  /** NODE_ENV=development, set explicitly: defaults for secrets, the development admin, seeding. */
  development: boolean;
  /**
   * The interface the CMS listens on: HOST, else loopback in development (its admin password and
   * secrets are published in the README) and every interface otherwise (containers, proxies).
   */
  host: string;
  portalUrl: string;
  portalInternalUrl: string;
  corsOrigins: string[];
  /** Rate-limit counters shared by every CMS instance; unset: each process counts alone. */
  redisUrl?: string;
  redisKeyPrefix: string;
  rateLimits: { anonymousPerMinute: number; partnerPerMinute: number; portalPerMinute: number };
  secrets: Record<(typeof SECRET_NAMES)[number], string> & Partial<Record<(typeof OPTIONAL_SECRET_NAMES)[number], string>>;
  seedOnStart: boolean;
  /**
   * The first admin made at start when there is none: in development (defaults in the README), and
   * for the test suites (NODE_ENV=test with ADMIN_EMAIL and ADMIN_PASSWORD both set). Never
   * otherwise: production makes its first admin with `npm run admin:create`.
   */
  developmentAdmin?: { email?: string; password?: string };
  /** Machine-drafted translations (src/machine-translation): off when no provider is configured. */
  machineTranslation: MachineTranslationSettings;
}

type Variables = z.infer<typeof variables>;

/** Each variable on its own: a bad one is a problem and reads as unset, the others still count. */
function parseVariables(env: EnvironmentVariables, problems: string[]): Partial<Variables> {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(variables.shape)) {
    const parsed = (schema as z.ZodType).safeParse(env[name]);
    if (parsed.success) values[name] = parsed.data;
    else problems.push(...parsed.error.issues.map((issue) => `${name}: ${issue.message}`));
  }
  return values as Partial<Variables>;
}

function attempt<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/** Reads and checks, listing every problem (with its variable's name) in `problems`. */
export function readCmsEnvironment(env: EnvironmentVariables): CmsEnvironment {
  const problems: string[] = [];
  const values = parseVariables(env, problems);
  const development = isDevelopment(env);

  const secrets: Record<string, string> = {};
  for (const name of [...SECRET_NAMES, ...OPTIONAL_SECRET_NAMES]) {
    const { value, problem } = readSecret(name, env);
    if (problem) problems.push(problem);
    else if (value) secrets[name] = value;
    else if ((SECRET_NAMES as readonly string[]).includes(name)) {
      problems.push(
        `${name} is not set: set it to a random value, e.g. the output of \`openssl rand -base64 32\` (only NODE_ENV=development has defaults)`,
      );
    }
  }
  const database = databasePasswordProblem(env);
  if (database) problems.push(database);
  const portal = URL.canParse(portalUrl(env)) ? portalUrl(env) : undefined;
  if (portal === undefined) problems.push(`PORTAL_URL: "${env.PORTAL_URL}" is not a URL such as https://portal.example.org`);
  // A bad PORTAL_URL is reported once, above; CORS_ORIGINS is still checked.
  const origins = attempt(problems, () => corsOrigins(portal === undefined ? { ...env, PORTAL_URL: DEFAULT_PORTAL_URL } : env)) ?? [];

  const machineTranslation = readMachineTranslationSettings(env, problems);

  return {
    problems,
    development,
    host: values.HOST || (development ? '127.0.0.1' : '0.0.0.0'),
    portalUrl: portal ?? DEFAULT_PORTAL_URL,
    portalInternalUrl: portal === undefined ? DEFAULT_PORTAL_URL : portalInternalUrl(env),
    corsOrigins: origins,
    redisUrl: values.REDIS_URL,
    redisKeyPrefix: values.REDIS_KEY_PREFIX ?? 'welfare:',
    rateLimits: {
      // Development's portal reads the CMS without a token from one IP: limiting it would break `npm run dev`.
      anonymousPerMinute: values.RATE_LIMIT_ANONYMOUS_PER_MINUTE ?? (development ? 100_000 : 300),
      partnerPerMinute: values.RATE_LIMIT_PARTNER_PER_MINUTE ?? 3000,
      // The portal's own tokens, on a budget apart from the partners': its pages are many visitors' reads.
      portalPerMinute: values.RATE_LIMIT_PORTAL_PER_MINUTE ?? (development ? 100_000 : 6000),
    },
    secrets: secrets as CmsEnvironment['secrets'],
    seedOnStart: values.SEED_DEMO_CONTENT ? values.SEED_DEMO_CONTENT === 'true' : development,
    developmentAdmin:
      development || (env.NODE_ENV === 'test' && values.ADMIN_EMAIL && values.ADMIN_PASSWORD)
        ? { email: values.ADMIN_EMAIL, password: values.ADMIN_PASSWORD }
        : undefined,
    machineTranslation,
  };
}

let cached: { source: EnvironmentVariables; environment: CmsEnvironment } | undefined;

/** The process's configuration, read once (config/*.ts and the CMS's code call this). */
export function environment(): CmsEnvironment {
  if (cached?.source !== process.env) cached = { source: process.env, environment: readCmsEnvironment(process.env) };
  return cached.environment;
}

/** Stops the CMS at start while anything is wrong, naming each variable. */
export function assertEnvironment(settings: CmsEnvironment = environment(), nodeEnv = process.env.NODE_ENV): void {
  if (settings.problems.length === 0) return;
  throw new Error(`The CMS's configuration is invalid (NODE_ENV=${nodeEnv ?? 'unset'}):\n- ${settings.problems.join('\n- ')}`);
}
