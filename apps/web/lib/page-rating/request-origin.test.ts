import { isSentFromPortal } from './request-origin';

const PORTAL = 'https://welfare.example.it';
const headers = (values: Record<string, string>) => new Headers({ host: 'welfare.example.it', ...values });

describe('a rating’s origin', () => {
  it('is accepted from the portal’s own pages', () => {
    expect(isSentFromPortal(headers({ 'sec-fetch-site': 'same-origin', origin: PORTAL }), PORTAL)).toBe(true);
    expect(isSentFromPortal(headers({ origin: PORTAL }), PORTAL)).toBe(true);
    // Reached under the address the browser used (behind the proxy: X-Forwarded-Host).
    expect(
      isSentFromPortal(
        new Headers({ host: 'web:3000', 'x-forwarded-host': 'portale.example.org', origin: 'https://portale.example.org' }),
        PORTAL,
      ),
    ).toBe(true);
  });

  it('is refused when a browser says it comes from another site', () => {
    expect(isSentFromPortal(headers({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }), PORTAL)).toBe(false);
    expect(isSentFromPortal(headers({ 'sec-fetch-site': 'same-site', origin: 'https://blog.example.it' }), PORTAL)).toBe(false);
    expect(isSentFromPortal(headers({ origin: 'https://evil.example' }), PORTAL)).toBe(false);
    expect(isSentFromPortal(headers({ origin: 'https://welfare.example.it.evil.example' }), PORTAL)).toBe(false);
    expect(isSentFromPortal(headers({ origin: 'null' }), PORTAL)).toBe(false);
    expect(isSentFromPortal(headers({ 'sec-fetch-site': 'cross-site' }), PORTAL)).toBe(false);
  });

  it('lets a client that is not a browser through (no visitor can be made to send it)', () => {
    expect(isSentFromPortal(headers({}), PORTAL)).toBe(true);
  });
});
