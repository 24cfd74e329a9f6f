import { corsOrigins } from './cors-origins';

describe('corsOrigins', () => {
  it('defaults to the portal’s origin', () => {
    expect(corsOrigins({})).toEqual(['http://localhost:3000']);
    expect(corsOrigins({ PORTAL_URL: 'https://welfare.example.org/' })).toEqual(['https://welfare.example.org']);
  });

  it('treats an empty CORS_ORIGINS, as .env.example has it, as not set', () => {
    expect(corsOrigins({ CORS_ORIGINS: '', PORTAL_URL: 'https://welfare.example.org' })).toEqual(['https://welfare.example.org']);
    expect(corsOrigins({ CORS_ORIGINS: ' , ', PORTAL_URL: 'https://welfare.example.org' })).toEqual(['https://welfare.example.org']);
  });

  it('takes the listed origins instead of the portal’s', () => {
    expect(corsOrigins({ CORS_ORIGINS: 'https://welfare.example.org, https://scuola.example.edu/', PORTAL_URL: 'http://other' })).toEqual([
      'https://welfare.example.org',
      'https://scuola.example.edu',
    ]);
  });

  it('refuses what is not an origin', () => {
    expect(() => corsOrigins({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS: "\*" is not an origin/);
    expect(() => corsOrigins({ PORTAL_URL: 'welfare.example.org' })).toThrow(/PORTAL_URL/);
  });
});
