import fs from 'node:fs';
import path from 'node:path';
import { detectFileType, refusalOf } from './file-signature';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
const POSTER = fs.readFileSync(path.resolve(__dirname, '..', '..', 'seed', 'posters', 'serata-famiglie-solidali', 'uk.png'));

describe('detectFileType', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['png', new Uint8Array(POSTER.subarray(0, 64))],
    ['gif', bytes('GIF89a')],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf')],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'mif1avifmiaf')],
    ['pdf', bytes('%PDF-1.7\n')],
  ])('recognises %s by its first bytes', (kind, head) => {
    expect(detectFileType(head)).toBe(kind);
  });

  it.each([
    ['a script', bytes('<script>alert(1)</script>')],
    ['SVG', bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['HTML', bytes('<!doctype html>')],
    ['an HEIC photo', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic')],
    ['nothing', new Uint8Array()],
  ])('refuses %s', (_what, head) => {
    expect(detectFileType(head)).toBeUndefined();
  });
});

describe('refusalOf', () => {
  it('accepts a type under a name that says so, in any case', () => {
    expect(refusalOf(bytes('%PDF-1.4'), 'Programma.PDF')).toBeUndefined();
  });

  it('refuses a real image under a name that would serve it as something else', () => {
    expect(refusalOf(bytes('%PDF-1.4'), 'page.html')).toMatch(/holds a PDF file but its name does not say so/);
    expect(refusalOf(bytes('GIF89a'), 'noextension')).toMatch(/\.gif/);
  });

  it('says what is accepted', () => {
    expect(refusalOf(bytes('<svg/>'), 'logo.svg')).toBe(
      '"logo.svg" is not an accepted file: upload images (JPEG, PNG, WebP, AVIF, GIF) or PDF documents only.',
    );
  });
});
