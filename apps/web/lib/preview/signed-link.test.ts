/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import type { Core } from '@strapi/strapi';
import { createPreviewHandler } from '../../../cms/src/preview/preview-url';
import { parsePreviewLink } from './preview-link';
import { checkPreviewSignature } from './signed-link';

const SECRET = 'Zx8Qp2Lm5Vb9Tr4Wn7Kc1Hd6Fg3Js0Ay';
const NOW = Date.UTC(2026, 11, 1, 5, 0, 0);
const strapi = { documents: () => ({ findOne: async () => ({ slug: 'wasata' }) }) } as unknown as Core.Strapi;

/** A link as the CMS's own preview handler makes it. */
async function cmsLink(secret = SECRET, now = NOW): Promise<URLSearchParams> {
  const handler = createPreviewHandler({ secret, portalUrl: 'https://welfare.example.org', strapi: () => strapi, now: () => now });
  return new URL((await handler('api::service.service', { documentId: 'd', locale: 'ar', status: 'draft' })) ?? '').searchParams;
}

function check(query: URLSearchParams, now = NOW) {
  const parsed = parsePreviewLink(query);
  if (!parsed.ok) throw new Error(parsed.message);
  return checkPreviewSignature(query, parsed.link, SECRET, now);
}

describe('the signed preview links the CMS makes', () => {
  it('are accepted for 10 minutes, then refused as expired', async () => {
    const query = await cmsLink();
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
  ])('are refused when %s is changed', async (field, value) => {
    const query = await cmsLink();
    query.set(field, value);
    expect(check(query)).toEqual({ ok: false, message: expect.stringMatching(/signature does not match/) });
  });

  it('are refused when signed with another secret, unsigned, or claiming a long life', async () => {
    expect(check(await cmsLink('Pp0Oo9Ii8Uu7Yy6Tt5Rr4Ee3Ww2Qq1Aa'))).toEqual({ ok: false, message: expect.stringMatching(/signature/) });
    const unsigned = await cmsLink();
    unsigned.delete('signature');
    expect(check(unsigned)).toEqual({ ok: false, message: expect.stringMatching(/not signed/) });
    // A link made a day ahead (e.g. a CMS clock far off) is refused today.
    expect(check(await cmsLink(SECRET, NOW + 86_400_000))).toEqual({ ok: false, message: expect.stringMatching(/longer/) });
  });
});
