import { frameAncestors } from './frame-ancestors';

describe('who may frame the portal', () => {
  it("in production, the portal and the CMS's admin only: its public URL, else the URL the portal reaches it at", () => {
    expect(frameAncestors({ NODE_ENV: 'production', PUBLIC_URL: 'https://cms.welfare.example.org/', CMS_URL: 'http://cms:1337' })).toBe(
      "frame-ancestors 'self' https://cms.welfare.example.org http://cms:1337",
    );
    expect(frameAncestors({ NODE_ENV: 'production', CMS_URL: 'https://cms.welfare.example.org' })).toBe("frame-ancestors 'self' https://cms.welfare.example.org");
  });

  it('ignores a value that is not a URL rather than allowing anything', () => {
    expect(frameAncestors({ NODE_ENV: 'production', PUBLIC_URL: 'cms.example.org', CMS_URL: '*' })).toBe("frame-ancestors 'self'");
  });

  it('in development, also the admin on localhost and 127.0.0.1', () => {
    expect(frameAncestors({ NODE_ENV: 'development' })).toBe("frame-ancestors 'self' http://localhost:1337 http://127.0.0.1:1337");
  });
});
