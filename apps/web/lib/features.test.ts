/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { randomBytes } from 'node:crypto';
import { readPortalEnvironment } from './environment';
import { featureStates } from './features';

/** A value the secret policy accepts (random, 48 characters). */
const strong = (_name: string) => randomBytes(24).toString('hex');

describe("the portal's optional features", () => {
  it('are each off, naming the variable to set, when their setting is missing in production', () => {
    const env = { NODE_ENV: 'production', CMS_API_TOKEN: strong('api') };
    const states = featureStates(readPortalEnvironment(env), env);
    expect(states.pageRating).toEqual({ enabled: false, reason: expect.stringContaining('CMS_RATING_TOKEN') });
    expect(states.preview).toEqual({ enabled: false, reason: expect.stringContaining('PREVIEW_SECRET') });
    expect(states.changeNotices).toEqual({ enabled: false, reason: expect.stringContaining('REVALIDATE_SECRET') });
    expect(states.statistics).toEqual({ enabled: false, reason: expect.stringContaining('MATOMO_URL') });
  });

  it('are on with their settings', () => {
    const env = {
      NODE_ENV: 'production',
      CMS_RATING_TOKEN: strong('rating'),
      CMS_PREVIEW_TOKEN: strong('preview-token'),
      PREVIEW_SECRET: strong('preview-secret'),
      REVALIDATE_SECRET: strong('revalidate'),
      MATOMO_URL: 'https://ingestion.webanalytics.italia.it/',
      MATOMO_SITE_ID: '42',
    };
    const settings = readPortalEnvironment(env);
    expect(settings.problems).toEqual([]);
    const states = featureStates(settings, env);
    for (const state of Object.values(states)) expect(state).toEqual({ enabled: true });
  });

  it('turn preview off when only its token is missing', () => {
    const env = { NODE_ENV: 'production', PREVIEW_SECRET: strong('preview-secret') };
    expect(featureStates(readPortalEnvironment(env), env).preview).toEqual({
      enabled: false,
      reason: expect.stringContaining('CMS_PREVIEW_TOKEN'),
    });
  });
});
