import { plainTextToBlocks } from './plain-text-to-blocks';

describe('plainTextToBlocks', () => {
  it('makes a paragraph of each block of text and a list of "- " lines', () => {
    expect(plainTextToBlocks('Primo paragrafo\nsu due righe.\n\n- uno\n- due\n\nFine.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Primo paragrafo su due righe.' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'uno' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'due' }] },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'Fine.' }] },
    ]);
  });

  it('ignores blank padding', () => {
    expect(plainTextToBlocks('\n\n  Testo  \n\n\n')).toHaveLength(1);
  });
});
