import type { Core } from '@strapi/strapi';
import { createHmac } from 'node:crypto';
import { previewSignaturePayload } from '@welfare/types';
import { createPreviewHandler, portalOrigin, previewLink } from './preview-url';

/** A Strapi with one entry per locale and status, as `documents(uid).findOne` returns it. */
function fakeStrapi(entries: Record<string, { slug: string }>) {
  const calls: unknown[] = [];
  const strapi = {
    documents: (uid: string) => ({
      findOne: async (query: { documentId: string; locale: string; status: string }) => {
        calls.push({ uid, ...query });
        return entries[`${uid}|${query.documentId}|${query.locale}|${query.status}`] ?? null;
      },
    }),
  } as unknown as Core.Strapi;
  return { strapi: () => strapi, calls };
}

const portalUrl = 'https://welfare.example.org';
const NOW = Date.UTC(2026, 11, 1, 5, 0, 0);
const EXPIRES = String(NOW / 1000 + 600);
const sign = (secret: string, fields: Parameters<typeof previewSignaturePayload>[0]) =>
  createHmac('sha256', secret).update(previewSignaturePayload(fields)).digest('base64url');

describe('the admin preview handler', () => {
  it('sends a service to the portal’s preview route with its slug in that locale and status', async () => {
    const { strapi, calls } = fakeStrapi({ 'api::service.service|doc1|ar|draft': { slug: 'wasata' } });
    const handler = createPreviewHandler({ secret: 's3cr3t', portalUrl, strapi, now: () => NOW });
    const url = new URL((await handler('api::service.service', { documentId: 'doc1', locale: 'ar', status: 'draft' })) ?? '');
    expect(url.origin + url.pathname).toBe('https://welfare.example.org/api/preview');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      type: 'service',
      documentId: 'doc1',
      slug: 'wasata',
      locale: 'ar',
      status: 'draft',
      expires: EXPIRES,
      signature: sign('s3cr3t', {
        type: 'service',
        documentId: 'doc1',
        slug: 'wasata',
        locale: 'ar',
        status: 'draft',
        expires: Number(EXPIRES),
      }),
    });
    // The secret itself never travels.
    expect(url.href).not.toContain('s3cr3t');
    expect(calls).toEqual([expect.objectContaining({ uid: 'api::service.service', documentId: 'doc1', locale: 'ar', status: 'draft' })]);
  });

  it('covers every type with a page, and Italian when the admin sends no locale', async () => {
    const { strapi } = fakeStrapi({
      'api::event.event|e|it|published': { slug: 'incontro' },
      'api::school-workshop.school-workshop|w|en|draft': { slug: 'workshop' },
      'api::page.page|p|uk|draft': { slug: 'storinka' },
    });
    const handler = createPreviewHandler({ secret: 's', portalUrl, strapi, now: () => NOW });
    const params = (url: string | null) => Object.fromEntries(new URL(url ?? '').searchParams);
    expect(params(await handler('api::event.event', { documentId: 'e', status: 'published' }))).toMatchObject({
      type: 'event',
      slug: 'incontro',
      locale: 'it',
      status: 'published',
    });
    expect(params(await handler('api::school-workshop.school-workshop', { documentId: 'w', locale: 'en' }))).toMatchObject({
      type: 'school-workshop',
      slug: 'workshop',
      status: 'draft',
    });
    expect(params(await handler('api::page.page', { documentId: 'p', locale: 'uk', status: 'draft' }))).toMatchObject({
      type: 'page',
      slug: 'storinka',
    });
    expect(params(await handler('api::mediator.mediator', { documentId: 'm', locale: 'fr', status: 'draft' }))).toEqual({
      type: 'mediator',
      documentId: 'm',
      locale: 'fr',
      status: 'draft',
      expires: EXPIRES,
      signature: expect.any(String),
    });
    expect(params(await handler('api::global.global', { documentId: 'g', locale: 'ro', status: 'draft' }))).toEqual({
      type: 'global',
      documentId: 'g',
      locale: 'ro',
      status: 'draft',
      expires: EXPIRES,
      signature: expect.any(String),
    });
  });

  it('offers no preview for types without a page, or an entry not saved in that locale', async () => {
    const { strapi } = fakeStrapi({});
    const handler = createPreviewHandler({ secret: 's', portalUrl, strapi, now: () => NOW });
    for (const uid of ['api::category.category', 'api::place.place', 'api::language.language', 'plugin::users-permissions.user']) {
      expect(await handler(uid, { documentId: 'x', locale: 'it', status: 'draft' })).toBeNull();
    }
    expect(await handler('api::service.service', { documentId: 'missing', locale: 'it', status: 'draft' })).toBeNull();
  });
});

describe('previewLink and portalOrigin', () => {
  it('encodes what it sends, and signs each field: changing one breaks the signature', () => {
    const link = new URL(
      previewLink(
        { portalUrl: 'http://localhost:3000', secret: 'k', type: 'page', documentId: 'd1', slug: 'x y', locale: 'it', status: 'draft' },
        1000,
      ),
    );
    expect(link.search).toMatch(/^\?type=page&documentId=d1&slug=x\+y&locale=it&status=draft&expires=1000&signature=[\w-]{43}$/);
    const signature = link.searchParams.get('signature');
    const base = { type: 'page', documentId: 'd1', slug: 'x y', locale: 'it', status: 'draft' as const, expires: 1000 };
    expect(signature).toBe(sign('k', base));
    for (const changed of [
      { type: 'event' },
      { documentId: 'd2' },
      { slug: 'x' },
      { locale: 'en' },
      { status: 'published' as const },
      { expires: 1001 },
    ]) {
      expect(sign('k', { ...base, ...changed })).not.toBe(signature);
    }
    expect(sign('other', base)).not.toBe(signature);
  });

  it('frames the portal’s origin only', () => {
    expect(portalOrigin('http://localhost:3000')).toBe('http://localhost:3000');
    expect(portalOrigin('https://welfare.example.org/it')).toBe('https://welfare.example.org');
  });
});
