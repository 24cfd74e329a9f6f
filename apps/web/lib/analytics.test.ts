import { analyticsConfiguration, analyticsOrigin } from './analytics';

describe('statistics with Matomo', () => {
  it('are off without both variables, or with malformed ones', () => {
    expect(analyticsConfiguration({})).toBeNull();
    expect(analyticsConfiguration({ MATOMO_URL: 'https://ingestion.webanalytics.italia.it/' })).toBeNull();
    expect(analyticsConfiguration({ MATOMO_SITE_ID: '12' })).toBeNull();
    expect(analyticsConfiguration({ MATOMO_URL: 'not a url', MATOMO_SITE_ID: '12' })).toBeNull();
    expect(analyticsConfiguration({ MATOMO_URL: 'https://ingestion.webanalytics.italia.it', MATOMO_SITE_ID: '12; alert(1)' })).toBeNull();
    expect(analyticsOrigin({})).toBeNull();
  });

  it('give the tracker base and the one origin the CSP must allow', () => {
    const env = { MATOMO_URL: 'https://ingestion.webanalytics.italia.it', MATOMO_SITE_ID: '12' };
    expect(analyticsConfiguration(env)).toEqual({
      url: 'https://ingestion.webanalytics.italia.it/',
      siteId: '12',
      origin: 'https://ingestion.webanalytics.italia.it',
    });
    expect(analyticsOrigin({ MATOMO_URL: 'https://stats.example.org/matomo/', MATOMO_SITE_ID: '3' })).toBe('https://stats.example.org');
  });
});
