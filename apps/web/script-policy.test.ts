import { createHash } from 'node:crypto';
import { scriptHashPolicy } from './script-policy.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('scriptHashPolicy', () => {
  const bootstrap = '(self.__next_f=self.__next_f||[]).push([0])';
  const payload = 'self.__next_f.push([1,"0:{\\"P\\":null,\\"title\\":\\"Servizi – خدمات\\"}\\n"])';

  it('lists the hash of every inline script, and nothing that lets another run', () => {
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Testo</p><script>${bootstrap}</script><script>${payload}</script></body></html>`;
    expect(scriptHashPolicy(html)).toBe(`script-src 'self' ${sha256(bootstrap)} ${sha256(payload)}`);
    expect(scriptHashPolicy(html)).not.toMatch(/unsafe-inline|nonce/);
  });

  it('hashes a script edited by one character differently (staff text inside the payload)', () => {
    const edited = payload.replace('Servizi', 'Servizy');
    expect(scriptHashPolicy(`<script>${edited}</script>`)).not.toBe(scriptHashPolicy(`<script>${payload}</script>`));
  });

  it('leaves out data blocks, which never run (JSON-LD)', () => {
    const html = `<script type="application/ld+json">{"@type":"Event"}</script><script>${bootstrap}</script>`;
    expect(scriptHashPolicy(html)).toBe(`script-src 'self' ${sha256(bootstrap)}`);
  });

  it('allows the statistics host the page loads its tracker from, and no other', () => {
    const html = `<script async="" src="/analytics.js" data-url="https://ingestion.webanalytics.italia.it/?a=1&amp;b=2" data-site="7"></script><script src="https://evil.example/x.js"></script><script>${bootstrap}</script>`;
    expect(scriptHashPolicy(html)).toBe(`script-src 'self' https://ingestion.webanalytics.italia.it ${sha256(bootstrap)}`);
  });

  it('gives no policy to a document without inline scripts', () => {
    expect(scriptHashPolicy('<html><body><p>Nessuno script</p></body></html>')).toBeNull();
  });
});
