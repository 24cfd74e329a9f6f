/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { assertEnvironment, environment, readPortalEnvironment } from './environment';

describe("the portal's environment", () => {
  it('has defaults for every address, and development secrets only with NODE_ENV=development', () => {
    const development = readPortalEnvironment({ NODE_ENV: 'development' });
    expect(development).toMatchObject({
      development: true,
      portalUrl: 'http://localhost:3000',
      cmsUrl: 'http://127.0.0.1:1337',
      cmsTimeoutMs: 5000,
      cmsRevalidateSeconds: 300,
    });
    expect(Object.keys(development.secrets).sort()).toEqual([
      'CMS_API_TOKEN',
      'CMS_PREVIEW_TOKEN',
      'CMS_RATING_TOKEN',
      'PREVIEW_SECRET',
      'REVALIDATE_SECRET',
    ]);
    expect(readPortalEnvironment({}).secrets).toEqual({});
    expect(readPortalEnvironment({ NODE_ENV: 'test' }).secrets).toEqual({});
  });

  it('reads PORTAL_URL (one variable for the public URL, read at run time) and CMS_URL without trailing slashes', () => {
    const settings = readPortalEnvironment({
      PORTAL_URL: 'https://welfare.example.org/',
      CMS_URL: 'https://cms.example.it//',
      CMS_TIMEOUT_MS: '2500',
      CMS_REVALIDATE_SECONDS: '',
    });
    expect(settings).toMatchObject({
      portalUrl: 'https://welfare.example.org',
      cmsUrl: 'https://cms.example.it',
      cmsTimeoutMs: 2500,
      cmsRevalidateSeconds: 300,
    });
  });

  it('names every variable it refuses', () => {
    const env = {
      NODE_ENV: 'production',
      PORTAL_URL: 'welfare.example.org',
      CMS_URL: 'ftp://cms',
      CMS_TIMEOUT_MS: 'soon',
      CMS_REVALIDATE_SECONDS: '-1',
      PREVIEW_SECRET: 'change-me',
    };
    // Reading does not throw (next build needs no secrets); the check at start does.
    const settings = readPortalEnvironment(env);
    expect(settings).toMatchObject({ portalUrl: 'http://localhost:3000', cmsTimeoutMs: 5000, secrets: {} });
    let message = '';
    try {
      assertEnvironment(settings, env.NODE_ENV);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ['PORTAL_URL', 'CMS_URL', 'CMS_TIMEOUT_MS', 'CMS_REVALIDATE_SECONDS', 'PREVIEW_SECRET'])
      expect(message).toContain(name);
  });

  it('follows process.env when a variable it reads changes', () => {
    const saved = process.env.PORTAL_URL;
    try {
      process.env.PORTAL_URL = 'https://one.example.org';
      expect(environment().portalUrl).toBe('https://one.example.org');
      expect(environment()).toBe(environment());
      process.env.PORTAL_URL = 'https://two.example.org';
      expect(environment().portalUrl).toBe('https://two.example.org');
    } finally {
      if (saved === undefined) delete process.env.PORTAL_URL;
      else process.env.PORTAL_URL = saved;
    }
  });
});
