/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import type { Event } from '@welfare/types';
import { entryJsonLd, serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  const hostile = { '@type': 'Event', name: 'Festa </script><script>alert(1)</script>', description: '<!-- a < b -->' };

  it('never lets content close the <script> element it is written into', () => {
    const serialized = serializeJsonLd(hostile);
    expect(serialized).not.toContain('<');
    expect(serialized).toContain('\\u003c/script>');
  });

  it('still reads back as the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });

  it('keeps non-Latin text as it is', () => {
    expect(serializeJsonLd({ name: 'الوساطة اللغوية' })).toBe('{"name":"الوساطة اللغوية"}');
  });
});

describe('entryJsonLd of an event', () => {
  const event = (cost: string | null): Event => ({
    id: 11,
    documentId: 'evt',
    locale: 'it',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-04-02T10:15:00.000Z',
    publishedAt: '2026-04-02T10:15:00.000Z',
    title: 'Impariamo conoscendoci',
    slug: 'impariamo-conoscendoci',
    summary: 'Incontri tra famiglie a Bienno',
    description: null,
    startsAt: '2026-06-18T15:30:00.000Z',
    endsAt: null,
    audience: null,
    cost,
    registration: null,
    organizer: null,
  });

  it('says the event is free only when its cost says so, and otherwise says nothing unclear', () => {
    expect(
      entryJsonLd('event', event('Ingresso libero'), { locale: 'it', agency: { name: 'Azienda' }, now: new Date('2026-04-02T10:00:00Z') })
        .isAccessibleForFree,
    ).toBe(true);
    expect(
      entryJsonLd('event', event('10 euro'), { locale: 'it', agency: { name: 'Azienda' }, now: new Date('2026-04-02T10:00:00Z') })
        .isAccessibleForFree,
    ).toBe(false);
    const unknown = JSON.parse(
      serializeJsonLd(
        entryJsonLd('event', event(null), { locale: 'it', agency: { name: 'Azienda' }, now: new Date('2026-04-02T10:00:00Z') }),
      ),
    );
    expect(unknown).not.toHaveProperty('isAccessibleForFree');
  });
});
