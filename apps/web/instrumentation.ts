/**
 * Runs once when the portal's server starts: reads and checks the environment (lib/environment.ts),
 * so a missing or bad value stops `npm start` at once with the variable's name, rather than the
 * first request failing.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { environment } = await import('./lib/environment');
  environment();
}
