import { toQueryString } from './query-string';

/** The pairs a server reads back from the query string (what Strapi's `qs` parser starts from). */
const pairsOf = (query: string) => [...new URLSearchParams(query)];

describe('toQueryString (Strapi bracket notation)', () => {
  it('writes nested objects as bracketed keys, brackets left readable', () => {
    expect(toQueryString({ populate: { place: { fields: ['name', 'municipality'] } } })).toBe(
      'populate[place][fields][0]=name&populate[place][fields][1]=municipality',
    );
  });

  it('numbers the items of arrays, also arrays of objects', () => {
    expect(
      pairsOf(toQueryString({ sort: ['startsAt:asc', 'title:desc'], filters: { $or: [{ slug: { $eq: 'a' } }, { slug: { $eq: 'b' } }] } })),
    ).toEqual([
      ['sort[0]', 'startsAt:asc'],
      ['sort[1]', 'title:desc'],
      ['filters[$or][0][slug][$eq]', 'a'],
      ['filters[$or][1][slug][$eq]', 'b'],
    ]);
  });

  it('writes numbers and booleans as text and leaves out undefined values', () => {
    expect(
      toQueryString({
        locale: 'ar',
        pagination: { pageSize: 100, withCount: false },
        status: undefined,
        populate: { contacts: true, poster: undefined },
      }),
    ).toBe('locale=ar&pagination[pageSize]=100&pagination[withCount]=false&populate[contacts]=true');
  });

  it('encodes values so that &, =, spaces and non-Latin text survive the trip', () => {
    const query = toQueryString({ _q: 'a&b=c d', filters: { slug: { $eq: 'وساطة-لغوية' } } });
    expect(query).not.toMatch(/ /);
    expect(pairsOf(query)).toEqual([
      ['_q', 'a&b=c d'],
      ['filters[slug][$eq]', 'وساطة-لغوية'],
    ]);
  });

  it('writes nothing for empty parameters', () => {
    expect(toQueryString({})).toBe('');
    expect(toQueryString({ filters: {}, sort: [] })).toBe('');
  });
});
