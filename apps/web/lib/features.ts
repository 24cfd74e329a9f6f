import 'server-only';
import { analyticsConfiguration } from '@/lib/analytics';
import { environment, type PortalEnvironment } from '@/lib/environment';
import { previewConfiguration } from '@/lib/preview/secrets';

/**
 * The portal's optional features and the settings each needs. A feature whose setting is missing
 * is off, visibly and never half-working: its form or link is not shown, its endpoint answers 404
 * saying it is off, the log says so at start (instrumentation.ts) and /api/health lists it. It never
 * shows a form whose every submission fails.
 */
export type FeatureName = 'pageRating' | 'preview' | 'changeNotices' | 'statistics';

export interface FeatureState {
  enabled: boolean;
  /** When off: why, naming the variable to set. */
  reason?: string;
}

export function featureStates(
  settings: PortalEnvironment = environment(),
  env: Record<string, string | undefined> = process.env,
): Record<FeatureName, FeatureState> {
  const preview = previewConfiguration(settings);
  const off = (reason: string): FeatureState => ({ enabled: false, reason });
  return {
    pageRating: settings.secrets.CMS_RATING_TOKEN
      ? { enabled: true }
      : off('CMS_RATING_TOKEN is not set: the portal cannot store ratings in the CMS, so the form is hidden'),
    preview: preview.enabled ? { enabled: true } : off(preview.problem),
    changeNotices: settings.secrets.REVALIDATE_SECRET
      ? { enabled: true }
      : off(
          `REVALIDATE_SECRET is not set: the CMS's change notices are refused, pages refresh every ${settings.cmsRevalidateSeconds} s only`,
        ),
    statistics: analyticsConfiguration(env) ? { enabled: true } : off('MATOMO_URL and MATOMO_SITE_ID are not set: no usage statistics'),
  };
}

export const isFeatureEnabled = (name: FeatureName): boolean => featureStates()[name].enabled;
