import { contentSecurityPolicy, isHttps, securityHeaders } from './security-headers';
import { uploadHeaders } from './upload-headers';

const production = { frameAncestors: "frame-ancestors 'self' https://cms.example.org", https: true, development: false };

/** The directives of a policy, by name. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('the security headers of every portal response', () => {
  it('closes what scripts could use: plugins, <base>, foreign forms, framing, foreign connections', () => {
    const policy = directives(contentSecurityPolicy(production));
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'self'", 'https://cms.example.org']);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    // Scripts from the portal's origin, never from another host, never eval; inline ones only by a nonce or their hashes.
    expect(policy['script-src']).toEqual(["'self'"]);
    expect('upgrade-insecure-requests' in policy).toBe(true);
  });

  it('gives a page rendered for one request a nonce instead of inline scripts at large', () => {
    const policy = directives(contentSecurityPolicy({ ...production, nonce: 'bm9uY2U=' }));
    expect(policy['script-src']).toEqual(["'self'", "'nonce-bm9uY2U='"]);
  });

  it('allows the statistics host, when configured, for its script and tracking requests only', () => {
    const policy = directives(contentSecurityPolicy({ ...production, analyticsOrigin: 'https://ingestion.webanalytics.italia.it' }));
    for (const directive of ['script-src', 'connect-src', 'img-src'])
      expect(policy[directive]).toContain('https://ingestion.webanalytics.italia.it');
    const elsewhere = Object.entries(policy).filter(([name]) => !['script-src', 'connect-src', 'img-src'].includes(name));
    expect(elsewhere.flatMap(([, values]) => values)).not.toContain('https://ingestion.webanalytics.italia.it');
    expect(contentSecurityPolicy({ ...production, analyticsOrigin: null })).not.toContain('webanalytics');
  });

  it('lets `next dev` use eval and its hot-reload socket, and production never', () => {
    expect(directives(contentSecurityPolicy({ ...production, development: true }))['script-src']).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(production)).not.toMatch(/unsafe-eval|ws:/);
  });

  it('sends HSTS only over HTTPS, and the other headers always', () => {
    const overHttps = securityHeaders(production);
    expect(overHttps['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    const overHttp = securityHeaders({ ...production, https: false });
    expect(overHttp['Strict-Transport-Security']).toBeUndefined();
    expect(overHttp['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');
    for (const headers of [overHttps, overHttp]) {
      expect(headers).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': expect.stringContaining('camera=()'),
      });
    }
    expect(securityHeaders(production, { withPolicy: false })['Content-Security-Policy']).toBeUndefined();
  });

  it('knows HTTPS from the URL or from the proxy in front', () => {
    expect(isHttps(new URL('https://welfare.example.org/it'), null)).toBe(true);
    expect(isHttps(new URL('http://127.0.0.1:3000/it'), 'https')).toBe(true);
    expect(isHttps(new URL('http://127.0.0.1:3000/it'), 'HTTPS, http')).toBe(true);
    expect(isHttps(new URL('http://127.0.0.1:3000/it'), 'http')).toBe(false);
    expect(isHttps(new URL('http://127.0.0.1:3000/it'), null)).toBe(false);
  });
});

describe('the media served from /uploads', () => {
  it.each([
    ['image/png', 'poster.png'],
    ['image/jpeg', 'poster.jpg'],
    ['image/webp; charset=binary', 'poster.webp'],
    ['application/pdf', 'locandina.pdf'],
  ])('shows %s inline, sandboxed and never sniffed', (type, name) => {
    const headers = uploadHeaders(type, name);
    expect(headers['Content-Disposition']).toBe(`inline; filename="${name}"`);
    expect(headers['Content-Type']).toBe(type.split(';')[0]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(directives(headers['Content-Security-Policy'])).toMatchObject({ sandbox: [], 'default-src': ["'none'"] });
  });

  it.each([
    ['text/html', 'page.html'],
    ['image/svg+xml', 'logo.svg'],
    ['application/javascript', 'x.js'],
    [null, 'unknown'],
    ['application/zip', 'archive "evil".zip'],
  ])('makes %s a download, never a page on the portal', (type, name) => {
    const headers = uploadHeaders(type, name);
    expect(headers['Content-Disposition']).toMatch(/^attachment; filename="[\w.-]+"$/);
    expect(headers['Content-Type']).toBe('application/octet-stream');
    expect(headers['Content-Security-Policy']).toMatch(/^sandbox;/);
  });
});
