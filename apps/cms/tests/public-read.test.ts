import { CONTENT_TYPE_REGISTRY, LOCALE_CODES, type LocaleCode } from '@welfare/types';
import { get, type ListBody } from './support/public-api';
import { COLLECTIONS, GROUP_OF, fixtures } from './support/fixtures';

describe('the public reads every type in every locale', () => {
  describe.each(COLLECTIONS)('%s', (type, plural) => {
    // A type without slugs (languages, notices) is identified by its translated title.
    const { hasSlug, titleField } = CONTENT_TYPE_REGISTRY[type];
    const identity = hasSlug ? 'slug' : titleField;
    const seededIn = (locale: LocaleCode) => Object.values(fixtures.text[locale]?.[GROUP_OF[type]] ?? {}).map((text) => text[identity]);
    // The languages the demo content translates this type into (every type has Italian entries).
    const seededLocales = LOCALE_CODES.filter((locale) => seededIn(locale).length > 0);

    it('has demo entries in Italian', () => {
      expect(seededLocales).toContain('it');
    });

    it.each(seededLocales)('lists the seeded entries that exist in %s', async (locale) => {
      const response = await get<ListBody<Record<string, string>>>(`/${plural}?locale=${locale}&pagination[pageSize]=100`);
      expect(response.status).toBe(200);
      const seeded = seededIn(locale);
      expect(response.body.data.map((entry) => entry[identity])).toEqual(expect.arrayContaining(seeded));
      expect(response.body.data.every((entry) => entry.locale === locale)).toBe(true);
    });
  });

  it('opens one entry by its documentId in another locale', async () => {
    const list = await get<ListBody<{ documentId: string }>>('/services?locale=it&filters[slug][$eq]=mediazione-linguistico-culturale');
    const { documentId } = list.body.data[0];
    const arabic = await get<{ data: { title: string; locale: string } }>(`/services/${documentId}?locale=ar`);
    expect(arabic.status).toBe(200);
    expect(arabic.body.data.locale).toBe('ar');
    expect(arabic.body.data.title).toBe(fixtures.text.ar?.services?.['mediazione-linguistico-culturale'].title);
  });

  it('serves translations in their own script', async () => {
    const arabic = await get<ListBody<{ title: string }>>('/services?locale=ar');
    const ukrainian = await get<ListBody<{ title: string }>>('/services?locale=uk');
    expect(arabic.body.data.every((service) => /[\u0600-\u06FF]/.test(service.title))).toBe(true);
    expect(ukrainian.body.data.every((service) => /[\u0400-\u04FF]/.test(service.title))).toBe(true);
  });

  it('leaves the deliberately untranslated entries out of the locales that lack them', async () => {
    const urdu = await get<ListBody<{ documentId: string }>>('/events?locale=ur&pagination[pageSize]=100');
    const italian = await get<ListBody<{ documentId: string; slug: string }>>('/events?locale=it&pagination[pageSize]=100');
    const festive = italian.body.data.find((event) => event.slug === 'impariamo-conoscendoci-incontro-di-festa');
    expect(festive).toBeDefined();
    expect(urdu.body.data.map((event) => event.documentId)).not.toContain(festive?.documentId);
    const missing = await get(`/events/${festive?.documentId}?locale=ur`);
    expect(missing.status).toBe(404);
  });

  it('serves the global settings in every locale', async () => {
    for (const locale of LOCALE_CODES) {
      const response = await get<{ data: { siteName: string; contacts: Array<{ value: string }> } }>(
        `/global?locale=${locale}&populate[0]=contacts`,
      );
      expect(response.status).toBe(200);
      expect(response.body.data.siteName).toBe(fixtures.text[locale]?.global?.siteName);
      expect(response.body.data.contacts.map((contact) => contact.value)).toContain('0364 22693');
    }
  });

  it('gives every event a poster in the visitor’s language with its alternative text', async () => {
    const response = await get<ListBody<{ slug: string; poster: { url: string; alternativeText: string; mime: string } | null }>>(
      '/events?locale=ar&populate[0]=poster',
    );
    const withPoster = response.body.data.filter((event) => event.poster);
    expect(withPoster.length).toBe(response.body.data.length);
    for (const event of withPoster) {
      expect(event.poster?.alternativeText).toMatch(/[\u0600-\u06FF]/);
      expect(event.poster?.mime).toBe('image/png');
    }
  });

  it('never shows a mediator’s personal phone or e-mail', async () => {
    const response = await get<ListBody<Record<string, unknown>>>('/mediators?locale=it&populate=*');
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body.data);
    expect(text).not.toMatch(/@|\+39|\b3\d{2} ?\d{6,7}\b/);
  });

  it('keeps localized slugs unique within each locale', async () => {
    for (const [, plural] of COLLECTIONS.filter(([type]) => CONTENT_TYPE_REGISTRY[type].hasSlug)) {
      for (const locale of LOCALE_CODES) {
        const response = await get<ListBody<{ slug: string }>>(`/${plural}?locale=${locale}&fields[0]=slug&pagination[pageSize]=100`);
        const slugs = response.body.data.map((entry) => entry.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
      }
    }
  });
});
