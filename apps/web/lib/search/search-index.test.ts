import { foldText } from './fold-text';
import { buildSearchIndex, editsAllowed, SearchIndex } from './search-index';
import type { SearchDocument } from './search-document';

function doc(
  documentId: string,
  fields: Partial<SearchDocument> & { title: string },
  type: SearchDocument['type'] = 'service',
): SearchDocument {
  return {
    id: `${type}:${documentId}`,
    type,
    documentId,
    locale: 'it',
    slug: documentId,
    summary: '',
    body: '',
    related: '',
    relatedIds: [],
    ...fields,
  };
}

const marked = (parts: Array<{ text: string; mark: boolean }>) => parts.filter((part) => part.mark).map((part) => part.text);

describe('foldText', () => {
  test('folds case and diacritics in Latin and Cyrillic', () => {
    expect(foldText('Ndërmjetësim')).toBe('ndermjetesim');
    expect(foldText('MEDIAZIONE Accessibilità')).toBe('mediazione accessibilita');
    expect(foldText('Медіація')).toBe(foldText('медіація'));
    expect(foldText('Română ș ț')).toBe('romana s t');
  });

  test('folds Arabic-script letter variants, harakat and tatweel', () => {
    expect(foldText('أإآٱا')).toBe('ااااا'); // alef forms
    expect(foldText('ؤ ئ')).toBe('و ي'); // hamza carriers
    expect(foldText('الوساطة')).toBe(foldText('الوساطه')); // taa marbuta
    expect(foldText('ی ے ى')).toBe('ي ي ي'); // Farsi/Urdu yeh, alef maksura
    expect(foldText('کتاب')).toBe(foldText('كتاب')); // keheh / kaf
    expect(foldText('مُـحَمَّد')).toBe('محمد'); // harakat, shadda, tatweel
    expect(foldText('١٢٣ ۴۵')).toBe('123 45');
  });
});

describe('SearchIndex', () => {
  const index = buildSearchIndex(
    'it',
    [
      doc('mediazione', {
        title: 'Mediazione linguistico-culturale',
        summary: 'Mediatrici nei servizi sanitari',
        body: "Chiedete della mediatrice all'ospedale di Esine.",
      }),
      doc('ospedale', { title: "L'ospedale di Esine", summary: 'Dove si trova' }, 'page'),
      doc('famiglie', { title: 'Cercasi famiglie volontarie', body: 'Famiglie che aiutano altre famiglie.' }, 'page'),
      doc('solidali', { title: 'Famiglie solidali', body: 'Diventare famiglia volontaria.' }),
      doc('casa', { title: 'Casa', body: 'Dove si trova.' }, 'event'),
      doc('amina', { title: 'Amina K.', summary: 'Mediatrice', related: 'Arabo · Francese · Ospedale di Esine' }, 'mediator'),
    ],
    [],
  );

  test('typos: one edit from 5 letters, two from 9, none below', () => {
    expect([4, 5, 8, 9].map(editsAllowed)).toEqual([0, 1, 1, 2]);
    expect(index.ids('mediazone')).toContain('mediazione');
    expect(index.ids('mdiazionne')).toContain('mediazione'); // two edits in a 10-letter word
    expect(index.ids('cosa')).not.toContain('casa'); // four letters: exact only
  });

  test('the words in any order; the last one as a prefix while typing', () => {
    expect(index.ids('volontarie famiglie')).toEqual(index.ids('famiglie volontarie'));
    expect(index.ids('volontarie famiglie')[0]).toBe('famiglie');
    expect(index.ids('famiglie volont')).toContain('famiglie');
    expect(index.ids('famiglie volont')).not.toContain('mediazione');
  });

  test('title before summary before body', () => {
    expect(index.ids('ospedale').slice(0, 1)).toEqual(['ospedale']);
    expect(index.ids('ospedale')).toEqual(expect.arrayContaining(['mediazione', 'amina']));
  });

  test('exact matches before typo-tolerant ones', () => {
    const both = new SearchIndex('en');
    both.upsert(doc('a', { title: 'Mediator' }));
    both.upsert(doc('b', { title: 'Mediation' }));
    expect(both.ids('mediation')).toEqual(['b', 'a']);
  });

  test('counts per type, a type filter and pages', () => {
    const answer = index.search('famiglie', { pageSize: 1 });
    expect(answer.counts).toMatchObject({ page: 1, service: 1 });
    expect(answer.total).toBe(2);
    expect(answer.pageCount).toBe(2);
    expect(answer.hits).toHaveLength(1);
    const second = index.search('famiglie', { pageSize: 1, page: 2 });
    expect(second.hits[0].document.id).not.toBe(answer.hits[0].document.id);
    const pages = index.search('famiglie', { type: 'page' });
    expect(pages.hits.map((hit) => hit.document.type)).toEqual(['page']);
    expect(pages.counts.service).toBe(1);
  });

  test('the snippet marks the matched words, inflected, typo-matched or without diacritics', () => {
    const [hit] = index.search('ospedale').hits.filter((h) => h.document.documentId === 'mediazione');
    expect(marked(hit.snippet)).toEqual(['ospedale']);
    expect(marked(index.search('Mediatrice').hits.find((h) => h.document.documentId === 'mediazione')!.snippet)).toEqual(['Mediatrici']);
    expect(marked(index.search('mediazone').hits[0].title)).toEqual(['Mediazione']);
  });

  test('updates one entry without rebuilding, and removes it', () => {
    const small = new SearchIndex('it');
    small.upsert(doc('x', { title: 'Sportello informativo' }));
    small.upsert(doc('x', { title: 'Sportello per stranieri' }));
    expect(small.ids('informativo')).toEqual([]);
    expect(small.ids('stranieri')).toEqual(['x']);
    small.remove('service:x');
    expect(small.ids('stranieri')).toEqual([]);
  });

  test('an untranslated entry is indexed in Italian in the other languages', () => {
    const english = buildSearchIndex(
      'en',
      [doc('a', { title: 'Information desk', locale: 'en' })],
      [doc('a', { title: 'Sportello' }), doc('b', { title: 'Storie di migrazione' })],
    );
    expect(english.ids('desk')).toEqual(['a']);
    expect(english.ids('sportello')).toEqual([]);
    expect(english.search('migrazione').hits[0].document).toMatchObject({ documentId: 'b', locale: 'it' });
  });

  test('a notice is found while in force only, checked at the moment of the query', () => {
    const withNotice = new SearchIndex('it');
    withNotice.upsert(doc('sportello', { title: 'Sportello informativo per stranieri' }));
    const strike = { startsAt: '2026-06-08T06:00:00.000Z', endsAt: '2026-06-09T16:00:00.000Z' };
    withNotice.upsert(doc('sciopero', { title: 'Sciopero: sportello chiuso', slug: null, inForce: strike }, 'notice'));
    const at = (iso: string) => ({ now: new Date(iso) });
    expect(withNotice.search('sciopero', at('2026-06-08T05:59:59.000Z')).total).toBe(0);
    const during = withNotice.search('sportello chiuso', at('2026-06-08T06:00:00.000Z'));
    expect(during.hits.map((hit) => hit.document.documentId)).toEqual(['sciopero']);
    expect(during.counts).toMatchObject({ notice: 1, service: 0 });
    expect(withNotice.search('sportello', at('2026-06-09T15:59:59.000Z')).counts).toMatchObject({ notice: 1, service: 1 });
    const after = withNotice.search('sportello chiuso', at('2026-06-09T16:00:00.000Z'));
    // Gone at its end: the words no notice has all of fall back to the entries with some.
    expect(after.counts).toMatchObject({ notice: 0, service: 1 });
    expect(withNotice.ids('sciopero', 5, new Date('2026-06-10T00:00:00.000Z'))).toEqual([]);
  });

  test('queries are bounded', () => {
    expect(index.search('x'.repeat(5000)).query).toHaveLength(100);
    expect(index.search('a').total).toBe(0);
  });
});
