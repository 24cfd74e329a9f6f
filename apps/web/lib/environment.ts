import 'server-only';
import { z } from '@welfare/types/schemas';
import { CMS_ONLY_VARIABLES, isDevelopment, readSecret, type EnvironmentVariables, type SharedSecretName } from '@welfare/types/secrets';

/**
 * The portal's configuration, read from the environment at run time (on the server only: nothing
 * here is inlined into the browser's code) and checked with zod at start (instrumentation.ts →
 * assertEnvironment): a bad value stops the server with a message naming the variable. Reading never
 * throws (a bad value reads as unset), so `next build` needs no secrets. The secret policy is the
 * CMS's too (@welfare/types `readSecret`): defaults only with NODE_ENV=development, strong values
 * elsewhere.
 *
 * The portal holds only its own variables (apps/web/.env, apps/web/.env.example): a secret of the
 * CMS in its environment (CMS_ONLY_VARIABLES: Strapi's keys and salts, the database's password or
 * URL) stops it at start outside development, and is never read.
 */

const VARIABLES = [
  'NODE_ENV',
  'PORTAL_URL',
  'CMS_URL',
  'PUBLIC_URL',
  'CMS_TIMEOUT_MS',
  'CMS_REVALIDATE_SECONDS',
  'CMS_API_TOKEN',
  'CMS_PREVIEW_TOKEN',
  'CMS_RATING_TOKEN',
  'MATOMO_URL',
  'MATOMO_SITE_ID',
  'PREVIEW_SECRET',
  'REVALIDATE_SECRET',
] as const;

const SHARED_SECRETS = [
  'CMS_API_TOKEN',
  'CMS_PREVIEW_TOKEN',
  'CMS_RATING_TOKEN',
  'PREVIEW_SECRET',
  'REVALIDATE_SECRET',
] as const satisfies readonly SharedSecretName[];

// `.env.example` leaves optional variables empty: empty means unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
const httpUrl = z
  .string()
  .trim()
  .refine(
    (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
    'must be an http(s) URL such as https://portal.example.org',
  )
  .transform((value) => value.replace(/\/+$/, ''));
const milliseconds = optional(z.coerce.number().int().min(100, 'must be at least 100 (milliseconds)').max(120_000));
const seconds = optional(
  z.coerce
    .number()
    .int()
    .min(1, 'must be at least 1 (seconds)')
    .max(86_400 * 30),
);

const variables = z.object({
  NODE_ENV: optional(z.string()),
  PORTAL_URL: optional(httpUrl),
  CMS_URL: optional(httpUrl),
  // The CMS's public URL: only an origin to allow in frame-ancestors, ignored when not a URL.
  PUBLIC_URL: optional(z.string()),
  CMS_TIMEOUT_MS: milliseconds,
  CMS_REVALIDATE_SECONDS: seconds,
});

export interface PortalEnvironment {
  /** What is wrong, each naming its variable: empty when the portal may start. */
  problems: string[];
  /** NODE_ENV=development, set explicitly (`next dev` does). */
  development: boolean;
  /** The portal's public URL (PORTAL_URL): canonical links, sitemap, calendar feeds, HSTS. */
  portalUrl: string;
  /** Where the portal's server reaches the CMS (CMS_URL). */
  cmsUrl: string;
  /** The CMS's public URL (PUBLIC_URL), when set: its admin may frame the portal. */
  cmsPublicUrl?: string;
  cmsTimeoutMs: number;
  cmsRevalidateSeconds: number;
  /** Shared with the CMS; undefined when unset outside development (what they protect is then off). */
  secrets: Partial<Record<SharedSecretName, string>>;
}

type Variables = z.infer<typeof variables>;

/** Reads and checks, listing every problem (with its variable's name) in `problems`. */
export function readPortalEnvironment(env: EnvironmentVariables): PortalEnvironment {
  const problems: string[] = [];
  // Each variable on its own: a bad one is a problem and reads as unset, the others still count.
  const read: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(variables.shape)) {
    const parsed = (schema as z.ZodType).safeParse(env[name]);
    if (parsed.success) read[name] = parsed.data;
    else problems.push(...parsed.error.issues.map((issue) => `${name}: ${issue.message}`));
  }
  const values = read as Partial<Variables>;
  if (!isDevelopment(env)) {
    for (const name of CMS_ONLY_VARIABLES) {
      if (env[name]?.trim())
        problems.push(
          `${name}: a secret of the CMS, which the portal must not hold: remove it from the portal's environment (apps/web/.env, or the web service in docker-compose.yml)`,
        );
    }
  }
  const secrets: PortalEnvironment['secrets'] = {};
  for (const name of SHARED_SECRETS) {
    const { value, problem } = readSecret(name, env);
    if (problem) problems.push(problem);
    else if (value) secrets[name] = value;
  }
  return {
    problems,
    development: isDevelopment(env),
    portalUrl: values.PORTAL_URL ?? 'http://localhost:3000',
    cmsUrl: values.CMS_URL ?? 'http://127.0.0.1:1337',
    cmsPublicUrl: values.PUBLIC_URL,
    cmsTimeoutMs: values.CMS_TIMEOUT_MS ?? 5000,
    cmsRevalidateSeconds: values.CMS_REVALIDATE_SECONDS ?? 300,
    secrets,
  };
}

let cached: { key: string; environment: PortalEnvironment } | undefined;

/** The server's configuration: parsed once, again only if a variable it reads changes (tests). */
export function environment(): PortalEnvironment {
  const key = [...VARIABLES, ...CMS_ONLY_VARIABLES].map((name) => process.env[name] ?? '\u0000').join('\u0001');
  if (cached?.key !== key) cached = { key, environment: readPortalEnvironment(process.env) };
  return cached.environment;
}

/** Stops the server at start while anything is wrong, naming each variable. */
export function assertEnvironment(settings: PortalEnvironment = environment(), nodeEnv: string | undefined = process.env.NODE_ENV): void {
  if (settings.problems.length === 0) return;
  throw new Error(`The portal's configuration is invalid (NODE_ENV=${nodeEnv ?? 'unset'}):\n- ${settings.problems.join('\n- ')}`);
}
