import type { Core } from '@strapi/strapi';
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

const env = { PORTAL_URL: 'https://welfare.example.org/' };

describe('the admin preview handler', () => {
  it('sends a service to the portal’s preview route with its slug in that locale and status', async () => {
    const { strapi, calls } = fakeStrapi({ 'api::service.service|doc1|ar|draft': { slug: 'wasata' } });
    const handler = createPreviewHandler({ secret: 's3cr3t', env, strapi });
    const url = new URL((await handler('api::service.service', { documentId: 'doc1', locale: 'ar', status: 'draft' })) ?? '');
    expect(url.origin + url.pathname).toBe('https://welfare.example.org/api/preview');
    expect(Object.fromEntries(url.searchParams)).toEqual({ secret: 's3cr3t', type: 'service', slug: 'wasata', locale: 'ar', status: 'draft' });
    expect(calls).toEqual([expect.objectContaining({ uid: 'api::service.service', documentId: 'doc1', locale: 'ar', status: 'draft' })]);
  });

  it('covers every type with a page, and Italian when the admin sends no locale', async () => {
    const { strapi } = fakeStrapi({
      'api::event.event|e|it|published': { slug: 'incontro' },
      'api::school-workshop.school-workshop|w|en|draft': { slug: 'workshop' },
      'api::page.page|p|uk|draft': { slug: 'storinka' },
    });
    const handler = createPreviewHandler({ secret: 's', env, strapi });
    const params = (url: string | null) => Object.fromEntries(new URL(url ?? '').searchParams);
    expect(params(await handler('api::event.event', { documentId: 'e', status: 'published' }))).toMatchObject({ type: 'event', slug: 'incontro', locale: 'it', status: 'published' });
    expect(params(await handler('api::school-workshop.school-workshop', { documentId: 'w', locale: 'en' }))).toMatchObject({ type: 'school-workshop', slug: 'workshop', status: 'draft' });
    expect(params(await handler('api::page.page', { documentId: 'p', locale: 'uk', status: 'draft' }))).toMatchObject({ type: 'page', slug: 'storinka' });
    expect(params(await handler('api::mediator.mediator', { documentId: 'm', locale: 'fr', status: 'draft' }))).toEqual({ secret: 's', type: 'mediator', locale: 'fr', status: 'draft' });
    expect(params(await handler('api::global.global', { documentId: 'g', locale: 'ro', status: 'draft' }))).toEqual({ secret: 's', type: 'global', locale: 'ro', status: 'draft' });
  });

  it('offers no preview for types without a page, or an entry not saved in that locale', async () => {
    const { strapi } = fakeStrapi({});
    const handler = createPreviewHandler({ secret: 's', env, strapi });
    for (const uid of ['api::category.category', 'api::place.place', 'api::language.language', 'plugin::users-permissions.user']) {
      expect(await handler(uid, { documentId: 'x', locale: 'it', status: 'draft' })).toBeNull();
    }
    expect(await handler('api::service.service', { documentId: 'missing', locale: 'it', status: 'draft' })).toBeNull();
  });
});

describe('previewLink and portalOrigin', () => {
  it('encodes what it sends', () => {
    expect(previewLink({ portalUrl: 'http://localhost:3000', secret: 'a&b=c', type: 'page', slug: 'x y', locale: 'it', status: 'draft' })).toBe(
      'http://localhost:3000/api/preview?secret=a%26b%3Dc&type=page&slug=x+y&locale=it&status=draft',
    );
  });

  it('frames the portal’s origin only', () => {
    expect(portalOrigin({})).toBe('http://localhost:3000');
    expect(portalOrigin({ PORTAL_URL: 'https://welfare.example.org/it' })).toBe('https://welfare.example.org');
    expect(() => portalOrigin({ PORTAL_URL: 'welfare.example.org' })).toThrow(/PORTAL_URL/);
  });
});
