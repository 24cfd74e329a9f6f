/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { PREVIEW_LINK_LIFETIME_SECONDS } from '@welfare/types';
import { signedPreviewPath } from '@welfare/test-support/preview-link';
import { parsePreviewLink } from './preview-link';
import { checkPreviewSignature } from './signed-link';

const SECRET = 'Zx8Qp2Lm5Vb9Tr4Wn7Kc1Hd6Fg3Js0Ay';
const NOW = Date.UTC(2026, 11, 1, 5, 0, 0);

/**
 * A link signed as the CMS signs them, made at `now` (the CMS's own links reach the portal in the
 * integration tests: integration/tests/preview.test.mjs).
 */
function cmsLink(secret = SECRET, now = NOW): URLSearchParams {
  const expires = Math.floor(now / 1000) + PREVIEW_LINK_LIFETIME_SECONDS;
  const path = signedPreviewPath({ secret, type: 'service', documentId: 'd', slug: 'wasata', locale: 'ar', status: 'draft', expires });
  return new URL(path, 'https://welfare.example.org').searchParams;
}

function check(query: URLSearchParams, now = NOW) {
  const parsed = parsePreviewLink(query);
  if (!parsed.ok) throw new Error(parsed.message);
  return checkPreviewSignature(query, parsed.link, SECRET, now);
}

describe('the signed preview links', () => {
  it('are accepted for 10 minutes, then refused as expired', () => {
    const query = cmsLink();
    expect(check(query)).toEqual({ ok: true });
    expect(check(query, NOW + 10 * 60 * 1000)).toEqual({ ok: true });
    expect(check(query, NOW + 10 * 60 * 1000 + 1001)).toEqual({ ok: false, message: expect.stringMatching(/expired/) });
  });

  it.each([
    ['slug', 'altra-pagina'],
    ['documentId', 'altro0documento'],
    ['locale', 'en'],
    ['type', 'event'],
    ['status', 'published'],
    ['expires', String(NOW / 1000 + 300)],
  ])('are refused when %s is changed', (field, value) => {
    const query = cmsLink();
    query.set(field, value);
    expect(check(query)).toEqual({ ok: false, message: expect.stringMatching(/signature does not match/) });
  });

  it('are refused when signed with another secret, unsigned, or claiming a long life', () => {
    expect(check(cmsLink('Pp0Oo9Ii8Uu7Yy6Tt5Rr4Ee3Ww2Qq1Aa'))).toEqual({ ok: false, message: expect.stringMatching(/signature/) });
    const unsigned = cmsLink();
    unsigned.delete('signature');
    expect(check(unsigned)).toEqual({ ok: false, message: expect.stringMatching(/not signed/) });
    // A link made a day ahead (e.g. a CMS clock far off) is refused today.
    expect(check(cmsLink(SECRET, NOW + 86_400_000))).toEqual({ ok: false, message: expect.stringMatching(/longer/) });
  });
});
