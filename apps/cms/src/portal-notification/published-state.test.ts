import { changedLocales, publishedVersions } from './published-state';

const row = (id: number, locale: 'it' | 'en' | 'ar', slug: string, updatedAt = '2026-11-25T10:00:00.000Z') => ({
  id,
  locale,
  slug,
  updatedAt,
});

describe('what a change did to the published versions', () => {
  it('a draft saved: no published version changed, so no notice', () => {
    const state = { rows: [row(1, 'it', 'festa'), row(2, 'en', 'party')] };
    expect(changedLocales(state, { rows: [...state.rows] })).toEqual([]);
  });

  it('a locale published again (Strapi replaces its published row): that locale only', () => {
    const before = { rows: [row(1, 'it', 'festa'), row(2, 'en', 'party')] };
    const after = { rows: [row(1, 'it', 'festa'), row(7, 'en', 'party', '2026-11-25T11:00:00.000Z')] };
    expect(changedLocales(before, after)).toEqual(['en']);
  });

  it('a first translation published, and a whole document deleted', () => {
    expect(changedLocales({ rows: [row(1, 'it', 'festa')] }, { rows: [row(1, 'it', 'festa'), row(9, 'ar', 'hafla')] })).toEqual(['ar']);
    expect(changedLocales({ rows: [row(1, 'it', 'festa'), row(2, 'en', 'party')] }, { rows: [] })).toEqual(['en', 'it']);
  });

  it('lists the published versions by language, without a slug for types that have none', () => {
    expect(publishedVersions({ rows: [row(2, 'en', 'party'), { id: 3, locale: 'ar' }] })).toEqual([
      { locale: 'ar', slug: null },
      { locale: 'en', slug: 'party' },
    ]);
  });
});
