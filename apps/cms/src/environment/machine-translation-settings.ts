/**
 * Machine translation's configuration (MACHINE_TRANSLATION_* in .env.example): which providers are
 * set up (a DeepL key; a LibreTranslate instance's URL), which one translates each language
 * (MACHINE_TRANSLATION_PROVIDERS, or by default DeepL where it can and LibreTranslate for the
 * rest), the monthly character cap, the timeout and the retries. Off when no provider is set up.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@welfare/types/locales';
import { z } from '@welfare/types/schemas';
import type { EnvironmentVariables } from '@welfare/types/secrets';
import type { ProviderName } from '../machine-translation/provider';
import { PROVIDER_LABELS, PROVIDER_NAMES, PROVIDER_TARGETS } from '../machine-translation/provider-languages';

export interface MachineTranslationSettings {
  deepl?: { apiKey: string; serverUrl?: string };
  libreTranslate?: { url: string; apiKey?: string };
  /** Target language → the provider that translates it. */
  assignments: Partial<Record<LocaleCode, ProviderName>>;
  /** Target languages no configured provider translates. */
  uncovered: LocaleCode[];
  monthlyCharacterLimit: number;
  timeoutMs: number;
  maxRetries: number;
}

export const TARGET_LOCALES: readonly LocaleCode[] = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);

const empty = (value: string | undefined) => value === undefined || value.trim() === '';
const httpUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'must be an http(s) URL');
const integer = (min: number, max: number) =>
  z.coerce.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

function read<T>(schema: z.ZodType<T>, env: EnvironmentVariables, name: string, problems: string[]): T | undefined {
  const value = env[name];
  if (empty(value)) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(...parsed.error.issues.map((issue) => `${name}: ${issue.message}`));
  return undefined;
}

/** "en=deepl, ur=libretranslate" (or with ":"), checked against what is configured. */
function readAssignments(
  value: string,
  configured: ReadonlySet<ProviderName>,
  problems: string[],
): Partial<Record<LocaleCode, ProviderName>> {
  const assignments: Partial<Record<LocaleCode, ProviderName>> = {};
  for (const pair of value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [locale, provider] = pair.split(/[=:]/).map((part) => part.trim());
    if (!TARGET_LOCALES.includes(locale as LocaleCode)) {
      problems.push(
        `MACHINE_TRANSLATION_PROVIDERS: "${locale}" is not a language translated from Italian (one of ${TARGET_LOCALES.join(', ')})`,
      );
    } else if (!PROVIDER_NAMES.includes(provider as ProviderName)) {
      problems.push(`MACHINE_TRANSLATION_PROVIDERS: "${provider}" for ${locale} is not a provider (deepl or libretranslate)`);
    } else if (!configured.has(provider as ProviderName)) {
      problems.push(`MACHINE_TRANSLATION_PROVIDERS: ${locale} is assigned to ${provider}, which is not configured`);
    } else if (!PROVIDER_TARGETS[provider as ProviderName].has(locale)) {
      problems.push(`MACHINE_TRANSLATION_PROVIDERS: ${PROVIDER_LABELS[provider as ProviderName]} does not translate into ${locale}`);
    } else assignments[locale as LocaleCode] = provider as ProviderName;
  }
  return assignments;
}

export function readMachineTranslationSettings(env: EnvironmentVariables, problems: string[]): MachineTranslationSettings {
  const deeplKey = empty(env.MACHINE_TRANSLATION_DEEPL_API_KEY) ? undefined : env.MACHINE_TRANSLATION_DEEPL_API_KEY?.trim();
  const deeplUrl = read(httpUrl, env, 'MACHINE_TRANSLATION_DEEPL_URL', problems);
  const libreUrl = read(httpUrl, env, 'MACHINE_TRANSLATION_LIBRETRANSLATE_URL', problems);
  const libreKey = empty(env.MACHINE_TRANSLATION_LIBRETRANSLATE_API_KEY)
    ? undefined
    : env.MACHINE_TRANSLATION_LIBRETRANSLATE_API_KEY?.trim();
  if (deeplUrl && !deeplKey) problems.push('MACHINE_TRANSLATION_DEEPL_URL is set without MACHINE_TRANSLATION_DEEPL_API_KEY');
  if (libreKey && !libreUrl)
    problems.push('MACHINE_TRANSLATION_LIBRETRANSLATE_API_KEY is set without MACHINE_TRANSLATION_LIBRETRANSLATE_URL');

  const deepl = deeplKey ? { apiKey: deeplKey, serverUrl: deeplUrl } : undefined;
  const libreTranslate = libreUrl ? { url: libreUrl, apiKey: libreKey } : undefined;
  const configured = new Set<ProviderName>([
    ...(deepl ? (['deepl'] as const) : []),
    ...(libreTranslate ? (['libretranslate'] as const) : []),
  ]);

  const assignments: Partial<Record<LocaleCode, ProviderName>> = empty(env.MACHINE_TRANSLATION_PROVIDERS)
    ? Object.fromEntries(
        TARGET_LOCALES.flatMap((locale) => {
          const provider = PROVIDER_NAMES.find((name) => configured.has(name) && PROVIDER_TARGETS[name].has(locale));
          return provider ? [[locale, provider]] : [];
        }),
      )
    : readAssignments(env.MACHINE_TRANSLATION_PROVIDERS ?? '', configured, problems);

  return {
    deepl,
    libreTranslate,
    assignments,
    uncovered: TARGET_LOCALES.filter((locale) => !assignments[locale]),
    monthlyCharacterLimit: read(integer(0, 1_000_000_000), env, 'MACHINE_TRANSLATION_MONTHLY_CHARACTERS', problems) ?? 500_000,
    timeoutMs: read(integer(1000, 300_000), env, 'MACHINE_TRANSLATION_TIMEOUT_MS', problems) ?? 30_000,
    maxRetries: read(integer(0, 10), env, 'MACHINE_TRANSLATION_RETRIES', problems) ?? 3,
  };
}
