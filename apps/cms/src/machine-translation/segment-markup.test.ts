import type { InlineNode } from '@welfare/types';
import { glossaryPattern } from './protected-text';
import { prepareBlocks, prepareText } from './segment-markup';

/** A provider that upper-cases text between tags (what a translation does to words, not to markup). */
const upper = (html: string) => html.replace(/(^|>)([^<]*)/g, (_, close: string, text: string) => close + text.toUpperCase());
/** One that also translates inside <x-k> and reorders attributes' quotes, as a careless provider would. */
const careless = (html: string) => upper(html).replace(/i="(\d+)"/g, "i='$1'");

const BLOCKS = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: 'Come fare' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Chiamare il ' },
      { type: 'text', text: '0364 123456', bold: true },
      { type: 'text', text: ' o scrivere a ' },
      { type: 'link', url: 'mailto:info@atsp.example.it', children: [{ type: 'text', text: 'info@atsp.example.it', italic: true }] },
      { type: 'text', text: ', ufficio in Via Roma 12, Breno.\nPrenotare sul ' },
      {
        type: 'link',
        url: 'https://atsp.example.it/prenota',
        children: [
          { type: 'text', text: 'sito ' },
          { type: 'text', text: 'della Consulta Stranieri', underline: true },
        ],
      },
      { type: 'text', text: ' con il codice ' },
      { type: 'text', text: 'FAMI-2024', code: true },
    ],
  },
  {
    type: 'list',
    format: 'ordered',
    children: [
      { type: 'list-item', children: [{ type: 'text', text: 'documento di identità' }] },
      {
        type: 'list',
        format: 'unordered',
        indentLevel: 1,
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'permesso di soggiorno', strikethrough: true }] }],
      },
    ],
  },
  { type: 'quote', children: [{ type: 'text', text: 'Lab’Impact & «integrazione» <scuola>' }] },
  { type: 'code', language: 'plaintext', children: [{ type: 'text', text: 'non tradurre' }] },
  { type: 'image', image: { url: '/uploads/a.png', alternativeText: 'Locandina' }, children: [{ type: 'text', text: '' }] },
  { type: 'paragraph', children: [{ type: 'text', text: '' }] },
];

const glossary = glossaryPattern(['Consulta Stranieri', "Lab'Impact", 'Lab’Impact']);

function translateBlocks(blocks: unknown, provider: (html: string) => string, options = { glossary }) {
  const prepared = prepareBlocks(blocks, options);
  return { prepared, result: prepared.rebuild(prepared.segments.map((segment) => provider(segment.html))) as typeof BLOCKS };
}

const textOf = (nodes: InlineNode[]): string => nodes.map((node) => (node.type === 'text' ? node.text : textOf(node.children))).join('');

describe('rich text as segments and back', () => {
  it('gives back the same blocks when the provider changes nothing', () => {
    const { result, prepared } = translateBlocks(BLOCKS, (html) => html);
    expect(result).toEqual(BLOCKS);
    // Heading, paragraph, two list items and the quote: code, image and the empty paragraph stay home.
    expect(prepared.segments).toHaveLength(5);
  });

  it('keeps structure, formatting and link targets, translates the words and leaves protected text as it was', () => {
    const { result } = translateBlocks(BLOCKS, careless);
    expect(result.map((block) => block.type)).toEqual(BLOCKS.map((block) => block.type));
    expect(result[0]).toEqual({ type: 'heading', level: 2, children: [{ type: 'text', text: 'COME FARE' }] });
    const paragraph = result[1].children as InlineNode[];
    expect(paragraph).toEqual([
      { type: 'text', text: 'CHIAMARE IL ' },
      { type: 'text', text: '0364 123456', bold: true },
      { type: 'text', text: ' O SCRIVERE A ' },
      { type: 'link', url: 'mailto:info@atsp.example.it', children: [{ type: 'text', text: 'info@atsp.example.it', italic: true }] },
      { type: 'text', text: ', UFFICIO IN Via Roma 12, BRENO.\nPRENOTARE SUL ' },
      {
        type: 'link',
        url: 'https://atsp.example.it/prenota',
        children: [
          { type: 'text', text: 'SITO ' },
          { type: 'text', text: 'DELLA Consulta Stranieri', underline: true },
        ],
      },
      { type: 'text', text: ' CON IL CODICE ' },
      { type: 'text', text: 'FAMI-2024', code: true },
    ]);
    const list = result[2] as unknown as {
      children: Array<{ type: string; indentLevel?: number; children: Array<{ children: InlineNode[] }> | InlineNode[] }>;
    };
    expect(list.children[0]).toEqual({ type: 'list-item', children: [{ type: 'text', text: 'DOCUMENTO DI IDENTITÀ' }] });
    expect(list.children[1]).toMatchObject({
      type: 'list',
      indentLevel: 1,
      children: [{ type: 'list-item', children: [{ type: 'text', text: 'PERMESSO DI SOGGIORNO', strikethrough: true }] }],
    });
    expect(textOf(result[3].children as InlineNode[])).toBe('Lab’Impact & «INTEGRAZIONE» <SCUOLA>');
    expect(result.slice(4)).toEqual(BLOCKS.slice(4));
  });

  it('survives a provider that moves or drops tags: text is kept, formatting only where tags came back', () => {
    const { result } = translateBlocks([BLOCKS[1]], (html) => upper(html.replace(/<\/?t[^>]*>/g, '')));
    const paragraph = result[0].children as InlineNode[];
    expect(textOf(paragraph)).toBe(
      'CHIAMARE IL 0364 123456 O SCRIVERE A info@atsp.example.it, UFFICIO IN Via Roma 12, BRENO.\nPRENOTARE SUL SITO DELLA Consulta Stranieri CON IL CODICE FAMI-2024',
    );
    expect(paragraph.filter((node) => node.type === 'link').map((node) => (node as { url: string }).url)).toEqual([
      'mailto:info@atsp.example.it',
      'https://atsp.example.it/prenota',
    ]);
  });

  it('leaves unknown nodes as they are', () => {
    const odd = [{ type: 'future-widget', data: { x: 1 } }, 'not a node', null];
    expect(translateBlocks(odd, upper).result).toEqual(odd);
  });
});

describe('plain fields', () => {
  it('protects web and e-mail addresses, phone numbers, street addresses and glossary terms; keeps line breaks', () => {
    const text =
      'Sportello della Consulta Stranieri: tel. +39 0364 540 111, www.atsp.example.it/orari,\nPiazza Garibaldi 3, Breno — scrivere a sportello@atsp.example.it';
    const segment = prepareText(text, { glossary });
    expect(segment.decode(careless(segment.html))).toBe(
      'SPORTELLO DELLA Consulta Stranieri: TEL. +39 0364 540 111, www.atsp.example.it/orari,\nPiazza Garibaldi 3, BRENO — SCRIVERE A sportello@atsp.example.it',
    );
    expect(segment.characters).toBe([...text].length);
  });

  it('does not take dates or short numbers for phone numbers', () => {
    const segment = prepareText('Dal 12/03/2026, 3 incontri di 90 minuti', { glossary: null });
    expect(segment.decode(upper(segment.html))).toBe('DAL 12/03/2026, 3 INCONTRI DI 90 MINUTI'.replace('12/03/2026', '12/03/2026'));
  });

  it('takes back HTML entities the provider writes', () => {
    const segment = prepareText('A & B', { glossary: null });
    expect(segment.decode('A &amp; B &#233; &#x41; &nbsp;')).toBe('A & B é A \u00a0');
  });
});
