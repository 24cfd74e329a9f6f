import { isDevelopment, weaknessOf, type EnvironmentVariables } from '@welfare/types/secrets';

/**
 * The PostgreSQL password (config/database.ts: DATABASE_URL's, else DATABASE_PASSWORD) follows the
 * secret policy of @welfare/types: outside NODE_ENV=development a password that is set must be
 * strong (`change-me` of `.env.example`, a short or patterned one stops the CMS). No password at
 * all is allowed: the server may trust the connection (peer, certificate or a local socket).
 */
export function databasePassword(env: EnvironmentVariables): { value: string; variable: 'DATABASE_URL' | 'DATABASE_PASSWORD' } {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    try {
      return { value: decodeURIComponent(new URL(url).password), variable: 'DATABASE_URL' };
    } catch {
      return { value: '', variable: 'DATABASE_URL' };
    }
  }
  return { value: env.DATABASE_PASSWORD ?? '', variable: 'DATABASE_PASSWORD' };
}

/** What is wrong with the database password, naming its variable, or undefined. */
export function databasePasswordProblem(env: EnvironmentVariables): string | undefined {
  if (isDevelopment(env) || (env.DATABASE_CLIENT ?? 'sqlite').trim() !== 'postgres') return undefined;
  const { value, variable } = databasePassword(env);
  if (value === '') return undefined;
  const weakness = weaknessOf(value);
  if (!weakness) return undefined;
  const where = variable === 'DATABASE_URL' ? "DATABASE_URL's password" : 'DATABASE_PASSWORD';
  return `${where} ${weakness}: set it to a random value, e.g. the output of \`openssl rand -base64 32\` (and the database user's password to the same)`;
}
