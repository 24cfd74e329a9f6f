/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { readPortalEnvironment } from './environment';
import { frameAncestors } from './frame-ancestors';

const of = (env: Record<string, string>) => frameAncestors(readPortalEnvironment(env));

describe('who may frame the portal', () => {
  it("in production, the portal and the CMS's admin only: its public URL, else the URL the portal reaches it at", () => {
    expect(of({ NODE_ENV: 'production', PUBLIC_URL: 'https://cms.welfare.example.org/', CMS_URL: 'http://cms:1337' })).toBe(
      "frame-ancestors 'self' https://cms.welfare.example.org http://cms:1337",
    );
    expect(of({ NODE_ENV: 'production', CMS_URL: 'https://cms.welfare.example.org' })).toBe(
      "frame-ancestors 'self' https://cms.welfare.example.org",
    );
  });

  it('ignores a PUBLIC_URL that is not a URL rather than allowing anything', () => {
    expect(of({ NODE_ENV: 'production', PUBLIC_URL: 'cms.example.org', CMS_URL: 'http://cms:1337' })).toBe(
      "frame-ancestors 'self' http://cms:1337",
    );
  });

  it('in development, also the admin on localhost and 127.0.0.1', () => {
    expect(of({ NODE_ENV: 'development' })).toBe("frame-ancestors 'self' http://127.0.0.1:1337 http://localhost:1337");
  });
});
