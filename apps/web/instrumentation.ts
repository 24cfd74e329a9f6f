/**
 * Runs once when the portal's server starts: reads and checks the environment (lib/environment.ts),
 * so a missing or bad value stops `npm start` at once with the variable's name, rather than the
 * server running half-configured. `next build` only reports it (the build needs no secrets).
 * Then says which optional features are off for want of their setting.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { assertEnvironment } = await import('./lib/environment');
  try {
    assertEnvironment();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    // Next logs an error thrown here and serves anyway: stop instead.
    if (process.env.NEXT_PHASE !== 'phase-production-build') process.exit(1);
  }
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // One line per optional feature switched off for want of its setting (lib/features.ts).
  const [{ featureStates }, { log }] = await Promise.all([import('./lib/features'), import('./lib/observability')]);
  for (const [feature, state] of Object.entries(featureStates())) {
    if (state.enabled) continue;
    // Statistics are optional by design; the others are what an operator most likely forgot.
    const level = feature === 'statistics' ? 'info' : 'warn';
    log()[level]({ event: 'feature-off', feature, reason: state.reason }, `${feature} is off: ${state.reason}`);
  }
}
