import { bidiPieces, bidiSegments } from './isolate';

const isolated = (text: string, base: 'ltr' | 'rtl') =>
  bidiSegments(text, base)
    .filter((segment) => segment.isolate)
    .map((segment) => segment.text);

describe('bidiSegments', () => {
  test('a Latin name inside Arabic text is one run, its parentheses and final dot outside', () => {
    const text = 'لقاء عام لتقديم المجلس الاستشاري للأجانب (Consulta Stranieri).';
    expect(isolated(text, 'rtl')).toEqual(['Consulta Stranieri']);
    expect(
      bidiSegments(text, 'rtl')
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text); // nothing added or lost
  });

  test('several runs, words with apostrophes and inner parentheses stay together', () => {
    expect(isolated("مشروع FAMI Lab'Impact في Ospedale di Esine (BS) اليوم", 'rtl')).toEqual(["FAMI Lab'Impact", 'Ospedale di Esine (BS)']);
  });

  test('a phone number in right-to-left text is isolated (its groups would swap), a lone number is not', () => {
    expect(isolated('اتصلوا على 0364 540111 من الاثنين', 'rtl')).toEqual(['0364 540111']);
    expect(isolated('منذ 12 سنة', 'rtl')).toEqual([]);
  });

  test('an Arabic or Urdu name inside Latin-script text', () => {
    expect(isolated('La mediatrice Amina (أمينة) parla arabo.', 'ltr')).toEqual(['أمينة']);
    expect(isolated('Зустріч «نتعلّم بالتعارف» у Брено', 'ltr')).toEqual(['نتعلّم بالتعارف']);
  });

  test('text of one direction only is left as it is', () => {
    expect(bidiSegments('Mediazione linguistico-culturale', 'ltr')).toEqual([{ text: 'Mediazione linguistico-culturale', isolate: null }]);
    expect(bidiSegments('الوساطة اللغوية', 'rtl')).toEqual([{ text: 'الوساطة اللغوية', isolate: null }]);
    expect(bidiSegments('', 'rtl')).toEqual([]);
  });

  test('pieces (marked words) are cut where a run begins and ends', () => {
    const groups = bidiPieces(
      [
        { text: 'مستشفى Ospedale di ', mark: false },
        { text: 'Esine', mark: true },
        { text: ' في بريشيا', mark: false },
      ],
      'rtl',
    );
    expect(groups.map((group) => [group.isolate, group.pieces.map((piece) => `${piece.mark ? '*' : ''}${piece.text}`)])).toEqual([
      [null, ['مستشفى ']],
      ['ltr', ['Ospedale di ', '*Esine']],
      [null, [' في بريشيا']],
    ]);
  });
});
