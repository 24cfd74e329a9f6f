import { parseRating, portalPagePath } from './submission';

const base = { page: '/ar/services/mediazione-linguistico-culturale', score: '2', reason: 'unclear', comment: '  troppo lungo  ' };

describe('a page rating as sent by the form', () => {
  it('is complete with page, score, a reason of that score and a trimmed comment', () => {
    expect(parseRating(base)).toEqual({
      ok: true,
      rating: { path: base.page, locale: 'ar', score: 2, reason: 'unclear', comment: 'troppo lungo' },
    });
  });

  it('without a reason asks for one (the no-JavaScript first step)', () => {
    expect(parseRating({ page: '/it', score: '5' })).toEqual({ ok: 'partial', path: '/it', locale: 'it', score: 5 });
  });

  it('refuses a reason that belongs to the other scores', () => {
    expect(parseRating({ ...base, score: '5' })).toMatchObject({ ok: false, problem: 'reason' });
    expect(parseRating({ ...base, score: '4', reason: 'clear' })).toMatchObject({ ok: true });
  });

  it('refuses scores out of 1–5, unknown pages and full URLs', () => {
    for (const score of ['0', '6', '2.5', 'x', '']) expect(parseRating({ ...base, score })).toMatchObject({ ok: false, problem: 'score' });
    for (const page of ['https://evil.example/it', '/xx/services', 'it/services', '/it/<script>', `/it/${'a'.repeat(400)}`]) {
      expect(parseRating({ ...base, page })).toMatchObject({ ok: false, problem: 'page' });
    }
  });

  it('refuses a comment longer than 200 characters, counting characters not bytes', () => {
    expect(parseRating({ ...base, comment: 'ع'.repeat(200) })).toMatchObject({ ok: true });
    expect(parseRating({ ...base, comment: 'a'.repeat(201) })).toMatchObject({ ok: false, problem: 'comment' });
  });

  it('refuses what fills the hidden honeypot field', () => {
    expect(parseRating({ ...base, website: 'http://spam.example' })).toMatchObject({ ok: false, problem: 'spam' });
  });
});

describe('the way back to the page rated (portalPagePath)', () => {
  it('keeps a portal page of the language', () => {
    expect(portalPagePath('/ar/services/mediazione-linguistico-culturale', 'ar')).toBe('/ar/services/mediazione-linguistico-culturale');
    expect(portalPagePath('/it', 'it')).toBe('/it');
    expect(portalPagePath('/it/events/', 'it')).toBe('/it/events/');
  });

  it.each([
    '\\\\evil.example/it/x',
    '\\evil.example/it',
    '//evil.example/it',
    '/\\evil.example/it',
    '/it\\..\\..\\\\evil.example',
    'https:/it/x',
    'https://evil.example/it',
    '//it/x',
    '/\t/evil.example/it',
    '/it/\n//evil.example',
    'javascript:alert(1)//it',
    '%2F%2Fevil.example/it',
    '/%2F%2Fevil.example',
    '/en/services',
    '/it/' + 'a'.repeat(400),
    '',
  ])('refuses %p', (value) => {
    expect(portalPagePath(value, 'it')).toBeUndefined();
  });
});
