import { createHash } from 'node:crypto';
import { inlineScriptHashes, rememberedScriptHashes } from './script-hashes.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  const bootstrap = '(self.__next_f=self.__next_f||[]).push([0])';
  const payload = 'self.__next_f.push([1,"0:{\\"P\\":null,\\"title\\":\\"Servizi – خدمات\\"}\\n"])';

  it('lists the hash of every inline script, and nothing for scripts loaded from files', () => {
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Testo</p><script>${bootstrap}</script><script>${payload}</script><script src="https://evil.example/x.js"></script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(bootstrap), sha256(payload)]);
  });

  it('hashes a script edited by one character differently (staff text inside the payload)', () => {
    const edited = payload.replace('Servizi', 'Servizy');
    expect(inlineScriptHashes(`<script>${edited}</script>`)).not.toEqual(inlineScriptHashes(`<script>${payload}</script>`));
  });

  it('leaves out data blocks, which never run (JSON-LD)', () => {
    const html = `<script type="application/ld+json">{"@type":"Event"}</script><script>${bootstrap}</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(bootstrap)]);
  });

  it('gives no hash to a document without inline scripts', () => {
    expect(inlineScriptHashes('<html><body><p>Nessuno script</p></body></html>')).toEqual([]);
  });

  it('reads a page once per ETag', () => {
    const hashesOf = rememberedScriptHashes();
    const first = hashesOf(`<script>${bootstrap}</script>`, '"etag-1"');
    // The same ETag is the same page: its hashes are not computed again.
    expect(hashesOf('<p>not read</p>', '"etag-1"')).toBe(first);
    expect(hashesOf(`<script>${payload}</script>`, undefined)).toEqual([sha256(payload)]);
  });
});
