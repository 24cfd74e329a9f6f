import { parseListSegments } from './list-selection';
import { listQueryRedirect } from './list-query-redirect';
import { routes } from '../routes';

const SERVICE_FILTERS = ['category', 'language'] as const;
const CATEGORY = 'k3v9q2hx7w1m0b8c4d6f5g2j';

describe('a filtered list’s address', () => {
  it('names one selection per address, filters in a fixed order, then the page', () => {
    expect(parseListSegments([], SERVICE_FILTERS)).toEqual({ filters: {}, page: 1 });
    expect(parseListSegments(['page', '3'], SERVICE_FILTERS)).toEqual({ filters: {}, page: 3 });
    expect(parseListSegments(['language', 'ar'], SERVICE_FILTERS)).toEqual({ filters: { language: 'ar' }, page: 1 });
    expect(parseListSegments(['category', CATEGORY, 'language', 'ur', 'page', '2'], SERVICE_FILTERS)).toEqual({
      filters: { category: CATEGORY, language: 'ur' },
      page: 2,
    });
  });

  it('is no page for anything else, so nothing else reaches the CMS', () => {
    for (const segments of [
      ['language', 'ar', 'category', CATEGORY],
      ['language', 'ar', 'language', 'ur'],
      ['language'],
      ['colour', 'red'],
      ['language', '<script>'],
      ['language', 'a'.repeat(65)],
      ['page', '0'],
      ['page', '02'],
      ['page', 'x'],
      ['page', '2', 'language', 'ar'],
      ['page', '2', 'page', '3'],
      ['category', CATEGORY, 'page'],
    ]) {
      expect({ segments, selection: parseListSegments(segments, SERVICE_FILTERS) }).toEqual({ segments, selection: null });
    }
    // The mediators list has no category filter.
    expect(parseListSegments(['category', CATEGORY], ['language'])).toBeNull();
  });

  it('round-trips through routes.filteredList', () => {
    const path = routes.filteredList('service', 'ar', { language: 'ur', category: CATEGORY }, 4);
    expect(path).toBe(`/ar/services/category/${CATEGORY}/language/ur/page/4`);
    expect(parseListSegments(path.split('/').slice(3), SERVICE_FILTERS)).toEqual({
      filters: { category: CATEGORY, language: 'ur' },
      page: 4,
    });
    expect(routes.filteredList('mediator', 'it', {}, 1)).toBe('/it/mediators');
  });
});

describe('a filtered list asked by query string (its form without JavaScript)', () => {
  const redirect = (address: string) => listQueryRedirect(new URL(address, 'https://portal.example'));

  it('goes to the same selection as path segments, empty choices left out', () => {
    expect(redirect(`/it/services?category=${CATEGORY}&language=ar`)).toBe(`/it/services/category/${CATEGORY}/language/ar`);
    expect(redirect('/ur/services?category=&language=ar')).toBe('/ur/services/language/ar');
    expect(redirect('/uk/services?page=3')).toBe('/uk/services/page/3');
    expect(redirect('/en/mediators?language=ti&page=2')).toBe('/en/mediators/language/ti/page/2');
    expect(redirect('/it/services?category=&language=')).toBe('/it/services');
  });

  it('drops what is not a value or not the list’s filter, and leaves other addresses alone', () => {
    expect(redirect('/it/services?language=%3Cscript%3E&page=-1')).toBe('/it/services');
    expect(redirect('/it/mediators?category=x&language=ar')).toBe('/it/mediators/language/ar');
    expect(redirect('/it/mediators?utm_source=x')).toBeNull();
    expect(redirect('/it/services')).toBeNull();
    expect(redirect('/it/events?page=2')).toBeNull();
    expect(redirect('/xx/services?language=ar')).toBeNull();
    expect(redirect('/it/services/some-service?language=ar')).toBeNull();
  });
});
