import { DEFAULT_LOCALE, LOCALE_CODES } from '@welfare/types';
import { get } from './support/public-api';

describe('locales', () => {
  it('offers exactly the registry locales, Italian by default', async () => {
    const response = await get<Array<{ code: string; isDefault: boolean }>>('/i18n/locales');
    expect(response.status).toBe(200);
    expect(response.body.map((locale) => locale.code).sort()).toEqual([...LOCALE_CODES].sort());
    expect(response.body.find((locale) => locale.isDefault)?.code).toBe(DEFAULT_LOCALE);
  });
});
