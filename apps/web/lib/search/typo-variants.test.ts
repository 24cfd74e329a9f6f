import { foldText } from './fold-text';
import { buildSearchIndex } from './search-index';
import type { SearchDocument } from './search-document';
import { adjacentKeySubstitutions, keyboardNeighbours, transpositions } from './typo-variants';

function doc(documentId: string, title: string, body = ''): SearchDocument {
  return {
    id: `service:${documentId}`,
    type: 'service',
    documentId,
    locale: 'it',
    slug: documentId,
    title,
    summary: '',
    body,
    related: '',
    relatedIds: [],
  };
}

describe('phone typos', () => {
  test('keys next to each other on the layouts citizens type on', () => {
    expect(keyboardNeighbours('s')).toEqual(expect.arrayContaining(['a', 'd', 'w', 'e', 'z', 'x']));
    expect(keyboardNeighbours('s')).not.toContain('p');
    expect(keyboardNeighbours('м')).toEqual(expect.arrayContaining(['с', 'и']));
    expect(keyboardNeighbours(foldText('ر'))).toEqual(expect.arrayContaining([foldText('ت')]));
  });

  test('swaps of neighbouring letters and keys next to the right one', () => {
    expect(transpositions('casa')).toEqual(['acsa', 'csaa', 'caas']);
    expect(adjacentKeySubstitutions('ok')).toEqual(expect.arrayContaining(['ik', 'pk', 'ol', 'oj']));
    expect(adjacentKeySubstitutions('ok')).not.toContain('ok');
  });

  const index = buildSearchIndex(
    'it',
    [
      doc('mediazione', 'Mediazione culturale'),
      doc('laboratori', 'Laboratori interculturali per le scuole'),
      doc('dialogo', 'Culture in dialogo'),
      doc('casa', 'Una casa per tutti'),
      doc('cassa', 'La cassa comune'),
    ],
    [],
  );

  test('a swap of two neighbouring letters is one edit (Damerau): found from 5 letters', () => {
    expect(index.ids('mediazoine')).toEqual(['mediazione']);
    expect(index.ids('dilaogo')).toEqual(['dialogo']);
  });

  test('a key next to the right one is close: forgiven from 4 letters', () => {
    expect(index.ids('caaa')).toContain('casa'); // s → a, next to it
    expect(index.ids('capa')).toEqual([]); // s → p is far: no match
  });

  test('a long word forgives a swap and another edit', () => {
    expect(index.ids('intercutlurai')).toEqual(['laboratori']);
  });

  test('exact matches come first', () => {
    // "cassa" is a word of the index and one key from "casa": the exact one ranks first.
    expect(index.ids('cassa')[0]).toBe('cassa');
    expect(index.ids('casa')[0]).toBe('casa');
  });

  test('the result marks the right word in the text, not the typo', () => {
    const [hit] = index.search('mediazoine').hits;
    expect(hit.title.filter((part) => part.mark).map((part) => part.text)).toEqual(['Mediazione']);
  });
});
