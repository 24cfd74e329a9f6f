import { contentSecurityPolicy, hasScriptNonce, withScriptHashes } from './content-security-policy.mjs';

const production = { frameAncestors: "frame-ancestors 'self' https://cms.example.org", https: true, development: false };
const scriptSources = (policy: string) => /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1].split(' ');
const hash = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";

describe('the one Content-Security-Policy', () => {
  it("never lets inline scripts run at large: no 'unsafe-inline' in script-src, with a nonce or without", () => {
    for (const options of [
      production,
      { ...production, nonce: 'bm9uY2U=' },
      { ...production, development: true },
      { ...production, https: false, analyticsOrigin: 'https://ingestion.webanalytics.italia.it' },
    ]) {
      expect(scriptSources(contentSecurityPolicy(options))).not.toContain("'unsafe-inline'");
    }
    expect(scriptSources(contentSecurityPolicy(production))).toEqual(["'self'"]);
  });

  it('adds the hashes of a page sent whole to its script-src, and changes nothing else', () => {
    const policy = contentSecurityPolicy({ ...production, analyticsOrigin: 'https://ingestion.webanalytics.italia.it' });
    const hashed = withScriptHashes(policy, [hash]);
    expect(scriptSources(hashed)).toEqual(["'self'", 'https://ingestion.webanalytics.italia.it', hash]);
    expect(hashed.replace(` ${hash}`, '')).toBe(policy);
  });

  it('never hashes a page that has a nonce: it shows what a visitor typed', () => {
    const policy = contentSecurityPolicy({ ...production, nonce: 'bm9uY2U=' });
    expect(hasScriptNonce(policy)).toBe(true);
    expect(withScriptHashes(policy, [hash])).toBe(policy);
    expect(hasScriptNonce(contentSecurityPolicy(production))).toBe(false);
  });
});
