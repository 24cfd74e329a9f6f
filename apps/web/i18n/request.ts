import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { AGENCY_TIME_ZONE } from '@welfare/types';
import { formats } from './formats';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Dates and times of the agency's events are wall-clock times in Rome, whoever reads them.
    timeZone: AGENCY_TIME_ZONE,
    messages: (await import(`../messages/${locale}.json`)).default,
    formats,
  };
});
