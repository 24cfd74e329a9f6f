import { parsePreviewLink, previewPath, safeReturnPath } from './preview-link';

const parse = (query: string) => parsePreviewLink(new URLSearchParams(query));
const pathOf = (query: string) => {
  const parsed = parse(query);
  if (!parsed.ok) throw new Error(parsed.message);
  return previewPath(parsed.link);
};

describe('parsePreviewLink and previewPath', () => {
  it('sends each type to its page in its locale (lib/routes.ts)', () => {
    expect(pathOf('secret=x&type=service&documentId=d1&slug=mediazione-linguistica&locale=it&status=draft')).toBe(
      '/it/services/mediazione-linguistica',
    );
    expect(pathOf('documentId=d1&type=school-workshop&slug=laboratorio&locale=en')).toBe('/en/school-workshops/laboratorio');
    expect(pathOf('documentId=d1&type=event&slug=impariamo-conoscendoci&locale=ar')).toBe('/ar/events/impariamo-conoscendoci');
    expect(pathOf('documentId=d1&type=page&slug=progetto-fami&locale=uk')).toBe('/uk/pages/progetto-fami');
    expect(pathOf('documentId=d1&type=mediator&locale=ur')).toBe('/ur/mediators');
    expect(pathOf('documentId=d1&type=global&locale=sq')).toBe('/sq');
  });

  it('reads the version asked, drafts by default', () => {
    expect(parse('type=global&documentId=g1&locale=it')).toEqual({
      ok: true,
      link: { type: 'global', documentId: 'g1', locale: 'it', status: 'draft' },
    });
    expect(parse('type=global&documentId=g1&locale=it&status=published')).toEqual({
      ok: true,
      link: { type: 'global', documentId: 'g1', locale: 'it', status: 'published' },
    });
  });

  it.each([
    ['', 'type'],
    ['type=service&slug=x&locale=it', 'documentId'],
    ['documentId=../x&type=service&slug=x&locale=it', 'documentId'],
    ['documentId=d1&type=category&slug=x&locale=it', 'type'],
    ['documentId=d1&type=service&locale=it', 'slug'],
    ['documentId=d1&type=service&slug=&locale=it', 'slug'],
    ['documentId=d1&type=service&slug=../../admin&locale=it', 'slug'],
    ['documentId=d1&type=service&slug=..&locale=it', 'slug'],
    ['documentId=d1&type=service&slug=a%2Fb&locale=it', 'slug'],
    ['documentId=d1&type=service&slug=//evil.example&locale=it', 'slug'],
    ['documentId=d1&type=service&slug=x&locale=de', 'locale'],
    ['documentId=d1&type=service&slug=x', 'locale'],
    ['documentId=d1&type=service&slug=x&locale=it&status=preview', 'status'],
  ])('refuses %p with a message about %s', (query, field) => {
    const parsed = parse(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(new RegExp(`^Invalid preview link: .*${field}`));
  });
});

describe('safeReturnPath', () => {
  it('keeps a path on this site', () => {
    expect(safeReturnPath('/ar/services/wasata')).toBe('/ar/services/wasata');
    expect(safeReturnPath('/it/mediators?language=ar')).toBe('/it/mediators?language=ar');
    expect(safeReturnPath('/')).toBe('/');
  });

  it.each([
    null,
    undefined,
    '',
    'it/services',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/ /x',
    'javascript:alert(1)',
    `/${'a'.repeat(2001)}`,
  ])('sends %p to the home page of the default locale', (path) => {
    expect(safeReturnPath(path)).toBe('/it');
  });
});
