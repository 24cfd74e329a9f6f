import type { ChangeNotice } from '@welfare/types';
import { cacheTags, tagsForChange } from './cache-tags';

const notice = (overrides: Partial<ChangeNotice>): ChangeNotice => ({
  event: 'publish',
  type: 'service',
  documentId: 'svc1',
  locales: ['it'],
  published: { before: [], after: [] },
  shownBy: [],
  ...overrides,
});

describe('the pages a change refreshes', () => {
  it('a notice (no page of its own): every page that asked for notices in its languages, not the sitemap', () => {
    // The pages showing notices carry the Italian tag and their own language's (lib/cms/notices.ts).
    expect(
      tagsForChange(
        notice({
          type: 'notice',
          documentId: 'n1',
          locales: ['it', 'ar'],
          published: {
            before: [],
            after: [
              { locale: 'it', slug: null },
              { locale: 'ar', slug: null },
            ],
          },
        }),
      ),
    ).toEqual(['cms:notice:ar', 'cms:notice:it']);
  });

  it('a service that notices concern: the notices are asked for by filter, so it refreshes no notice tag', () => {
    const tags = tagsForChange(notice({ locales: ['it'], shownBy: [{ type: 'notice', documentId: 'n1', locale: 'it', slug: null }] }));
    expect(tags.filter((tag) => tag.startsWith('cms:notice'))).toEqual([]);
  });

  it('an Italian edit: its page (also the fallback page of every language without a translation), the Italian lists, the sitemap', () => {
    const tags = tagsForChange(
      notice({
        locales: ['it'],
        published: {
          before: [
            { locale: 'it', slug: 'sportello-stranieri' },
            { locale: 'en', slug: 'foreigners-desk' },
          ],
          after: [
            { locale: 'it', slug: 'sportello-stranieri' },
            { locale: 'en', slug: 'foreigners-desk' },
          ],
        },
      }),
    );
    expect(tags).toEqual(['cms:service:it', 'cms:service:it:slug:sportello-stranieri', 'cms:sitemap']);
    // The English page is another cache entry, untouched by an Italian edit.
    expect(tags).not.toContain(cacheTags.entry('service', 'en', 'foreigners-desk'));
  });

  it('a slug changed on publish: the old address and the new one', () => {
    const tags = tagsForChange(
      notice({
        locales: ['it'],
        published: { before: [{ locale: 'it', slug: 'vecchio' }], after: [{ locale: 'it', slug: 'nuovo' }] },
      }),
    );
    expect(tags).toEqual(expect.arrayContaining(['cms:service:it:slug:vecchio', 'cms:service:it:slug:nuovo', cacheTags.slugs('service')]));
  });

  it('the list of known slugs only when a slug appears, changes or goes: not on an edit', () => {
    const edit = tagsForChange(
      notice({
        locales: ['it'],
        published: { before: [{ locale: 'it', slug: 'sportello' }], after: [{ locale: 'it', slug: 'sportello' }] },
      }),
    );
    expect(edit).not.toContain(cacheTags.slugs('service'));
    const first = tagsForChange(
      notice({
        locales: ['uk'],
        published: {
          before: [{ locale: 'it', slug: 'sportello' }],
          after: [
            { locale: 'it', slug: 'sportello' },
            { locale: 'uk', slug: 'viddil' },
          ],
        },
      }),
    );
    expect(first).toContain(cacheTags.slugs('service'));
  });

  it('a new translation: its page, its lists, and the page at the Italian slug that now redirects to it', () => {
    const tags = tagsForChange(
      notice({
        locales: ['ar'],
        published: {
          before: [{ locale: 'it', slug: 'sportello-stranieri' }],
          after: [
            { locale: 'it', slug: 'sportello-stranieri' },
            { locale: 'ar', slug: 'maktab-al-ajanib' },
          ],
        },
      }),
    );
    expect(tags).toEqual([
      'cms:service:ar',
      'cms:service:ar:slug:maktab-al-ajanib',
      'cms:service:ar:slug:sportello-stranieri',
      'cms:service:slugs',
      'cms:sitemap',
    ]);
  });

  it('an entry unpublished in every language: every page it had, every list', () => {
    const tags = tagsForChange(
      notice({
        event: 'unpublish',
        type: 'event',
        locales: ['en', 'it'],
        published: {
          before: [
            { locale: 'it', slug: 'festa' },
            { locale: 'en', slug: 'party' },
          ],
          after: [],
        },
      }),
    );
    expect(tags).toEqual([
      'cms:event:en',
      'cms:event:en:slug:festa',
      'cms:event:en:slug:party',
      'cms:event:it',
      'cms:event:it:slug:festa',
      'cms:event:slugs',
      'cms:sitemap',
    ]);
  });

  it('a place: the pages of the entries showing it, and the lists that show places (events, mediators), not the service list', () => {
    const tags = tagsForChange(
      notice({
        type: 'place',
        documentId: 'place1',
        locales: ['it'],
        published: { before: [{ locale: 'it', slug: 'municipio' }], after: [{ locale: 'it', slug: 'municipio' }] },
        shownBy: [
          { type: 'service', documentId: 'svc1', locale: 'it', slug: 'sportello-stranieri' },
          { type: 'event', documentId: 'ev1', locale: 'it', slug: 'festa' },
          { type: 'mediator', documentId: 'med1', locale: 'it', slug: 'amina' },
        ],
      }),
    );
    expect(tags).toEqual([
      'cms:event:it',
      'cms:event:it:slug:festa',
      'cms:mediator:it',
      'cms:place:it',
      'cms:service:it:slug:sportello-stranieri',
    ]);
    expect(tags).not.toContain('cms:service:it');
    // Places have no pages of their own, so they are not in the sitemap.
    expect(tags).not.toContain('cms:sitemap');
  });

  it('the global settings of a language: every page in that language, and only that language', () => {
    const tags = tagsForChange(
      notice({
        type: 'global',
        documentId: 'g',
        locales: ['uk'],
        published: { before: [{ locale: 'uk', slug: null }], after: [{ locale: 'uk', slug: null }] },
      }),
    );
    expect(tags).toEqual(['cms:global:uk']);
  });

  it('a page in the footer: its own page, and the footer of every page in that language', () => {
    const tags = tagsForChange(
      notice({
        type: 'page',
        documentId: 'p1',
        locales: ['fr'],
        published: { before: [{ locale: 'fr', slug: 'contacts' }], after: [{ locale: 'fr', slug: 'nous-contacter' }] },
        shownBy: [{ type: 'global', documentId: 'g', locale: 'fr', slug: null }],
      }),
    );
    expect(tags).toEqual([
      'cms:global:fr',
      'cms:page:fr',
      'cms:page:fr:slug:contacts',
      'cms:page:fr:slug:nous-contacter',
      'cms:page:slugs',
      'cms:sitemap',
    ]);
  });

  it('a mediator: the mediators page and the pages of the services that name them', () => {
    const tags = tagsForChange(
      notice({
        type: 'mediator',
        documentId: 'med1',
        locales: ['ro'],
        published: { before: [], after: [{ locale: 'ro', slug: 'amina' }] },
        shownBy: [{ type: 'service', documentId: 'svc1', locale: 'ro', slug: 'ghiseul-strainilor' }],
      }),
    );
    expect(tags).toEqual(['cms:mediator:ro', 'cms:service:ro:slug:ghiseul-strainilor']);
  });
});
