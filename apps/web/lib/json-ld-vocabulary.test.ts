/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import type { Event, Page, Place, SchoolWorkshop, Service } from '@welfare/types';
import { readVocabulary, vocabularyProblems } from '@/test/schema-org-vocabulary';
import { breadcrumbListJsonLd } from './breadcrumbs';
import { entryJsonLd, serializeJsonLd, type JsonLdContext } from './json-ld';

/**
 * The structured data of every entry page against the schema.org vocabulary (as schema-dts
 * generates it from schema.org's file): every type exists and has every property used; places
 * state address, coordinates, telephone in E.164 and opening hours, the coming holidays and
 * closures as special hours.
 */
const vocabulary = readVocabulary();
const entry = {
  id: 1,
  documentId: 'doc',
  locale: 'it' as const,
  createdAt: '2026-01-10T09:00:00.000Z',
  updatedAt: '2026-12-01T10:15:00.000Z',
  publishedAt: '2026-12-01T10:15:00.000Z',
};
const text = [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: 'Testo' }] }];

const place: Place = {
  ...entry,
  documentId: 'place',
  name: 'Sede di Breno',
  slug: 'sede-breno',
  description: null,
  address: 'Via Nissolina 2',
  postalCode: '25043',
  municipality: 'Breno',
  latitude: 45.9569,
  longitude: 10.3037,
  accessConditions: null,
  openingHours: [
    { id: 1, weekday: 'monday', opens: '09:00:00.000', closes: '12:30:00.000', byAppointment: false },
    { id: 2, weekday: 'thursday', opens: '09:00:00.000', closes: '12:30:00.000', byAppointment: false },
    { id: 3, weekday: 'thursday', opens: '14:00:00.000', closes: '16:00:00.000', byAppointment: true },
  ],
  closures: [{ id: 1, startDate: '2026-12-10', endDate: null, kind: 'closed', fromTime: '11:00:00.000', toTime: null, reason: 'strike' }],
  contacts: [{ id: 1, kind: 'phone', value: '0364 22693', e164: '+39036422693', person: null }],
};
const service: Service = {
  ...entry,
  title: 'Mediazione linguistico-culturale',
  slug: 'mediazione',
  serviceStatus: 'active',
  serviceStatusReason: null,
  summary: 'Mediatori nelle scuole e nei servizi',
  audience: text,
  howTo: text,
  requirements: null,
  outcome: null,
  timing: null,
  costs: null,
  access: null,
  conditions: null,
  contactOffice: null,
  category: { id: 2, documentId: 'cat', name: 'Salute', slug: 'salute' },
  places: [place],
  mediationLanguages: [{ id: 3, documentId: 'ar', name: 'Arabo', isoCode: 'ar', nativeName: 'العربية' }],
  contacts: [{ id: 2, kind: 'mobile', value: '334 643 0591', e164: '+393346430591', person: null }],
};
const event: Event = {
  ...entry,
  title: 'Impariamo conoscendoci',
  slug: 'impariamo',
  summary: 'Incontri a Bienno',
  description: null,
  startsAt: '2026-12-18T15:30:00.000Z',
  endsAt: '2026-12-18T17:30:00.000Z',
  audience: null,
  cost: 'Gratuito',
  registration: null,
  organizer: null,
  place,
  recurrence: {
    id: 1,
    frequency: 'weekly',
    interval: 1,
    friday: true,
    until: '2027-03-26',
    count: null,
    exceptions: [{ id: 1, date: '2027-01-01' }],
  },
};
const workshop: SchoolWorkshop = {
  ...entry,
  title: 'Storie di migrazione',
  slug: 'storie',
  summary: 'Laboratorio per le classi terze',
  description: text,
  topics: null,
  targetClasses: 'Classi terze della scuola secondaria di primo grado',
  schools: null,
  schoolYear: '2026/2027',
  sessionCount: 3,
  sessionMinutes: 120,
  booking: text,
};
const page: Page = { ...entry, title: 'Progetto FAMI', slug: 'fami', summary: 'Il progetto', body: text };

// Monday 7 December 2026, 10:00 in Rome: 8 December (Immacolata) and 25–26 December are in the coming month.
const context: JsonLdContext = {
  locale: 'it',
  agency: {
    name: 'Azienda Territoriale per i Servizi alla Persona',
    contacts: [{ id: 9, kind: 'phone', value: '0364 22693', e164: '+39036422693' }],
    closures: [],
  },
  now: new Date('2026-12-07T09:00:00Z'),
};
const read = (data: object) => JSON.parse(serializeJsonLd(data)) as Record<string, unknown>;

describe('structured data against the schema.org vocabulary', () => {
  it('knows the vocabulary (and would catch a property a type lacks)', () => {
    expect(vocabulary.propertiesOf('Place')).toContain('openingHoursSpecification');
    expect(vocabulary.propertiesOf('GovernmentService')).toContain('availableChannel');
    expect(vocabulary.propertiesOf('GovernmentService')).not.toContain('inLanguage');
    expect(vocabularyProblems({ '@type': 'GovernmentService', dateModified: '2026-01-01' }, vocabulary)).toEqual([
      '$: GovernmentService has no property dateModified',
    ]);
    expect(vocabularyProblems({ '@type': 'Plaec' }, vocabulary)).toEqual(['$: no schema.org type Plaec']);
  });

  it.each([
    ['service', () => entryJsonLd('service', service, context)],
    ['event', () => entryJsonLd('event', event, context)],
    ['school-workshop', () => entryJsonLd('school-workshop', workshop, context)],
    ['page', () => entryJsonLd('page', page, context)],
    ['breadcrumb trail', () => breadcrumbListJsonLd([{ label: 'Home', href: '/it' }, { label: 'Progetto FAMI' }], '/it/pages/fami')],
  ] as const)('uses only types and properties of the vocabulary for a %s', (_, build) => {
    const data = read(build());
    expect(data['@context']).toBe('https://schema.org');
    expect(vocabularyProblems(data, vocabulary)).toEqual([]);
  });
});

describe('a place in structured data', () => {
  const location = read(entryJsonLd('event', event, context)).location as Record<string, unknown>;

  it('states its address, coordinates and telephone in E.164', () => {
    expect(location).toMatchObject({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Via Nissolina 2',
        postalCode: '25043',
        addressLocality: 'Breno',
        addressCountry: 'IT',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 45.9569, longitude: 10.3037 },
      telephone: '+39036422693',
    });
  });

  it('states the weekly hours open to everyone (not those by appointment)', () => {
    expect(location.openingHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '12:30' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Thursday', opens: '09:00', closes: '12:30' },
    ]);
  });

  it('states holidays and closures of the coming month as special hours', () => {
    const special = location.specialOpeningHoursSpecification as Array<Record<string, string>>;
    const on = (date: string) => special.filter((spec) => spec.validFrom === date).map((spec) => `${spec.opens}-${spec.closes}`);
    expect(on('2026-12-08')).toEqual(['00:00-00:00']); // Immacolata, closed all day
    expect(on('2026-12-10')).toEqual(['09:00-11:00']); // a strike from 11:00
    expect(on('2026-12-25')).toEqual(['00:00-00:00']);
    expect(special.every((spec) => spec.validFrom === spec.validThrough)).toBe(true);
    expect(on('2026-12-14')).toEqual([]); // an ordinary Monday: the weekly hours say it
  });

  it('gives a service’s channels the service’s telephone', () => {
    const data = read(entryJsonLd('service', service, context));
    expect(data.availableChannel).toEqual([
      expect.objectContaining({ '@type': 'ServiceChannel', servicePhone: { '@type': 'ContactPoint', telephone: '+393346430591' } }),
    ]);
    expect(data.provider).toEqual({ '@type': 'GovernmentOrganization', name: context.agency.name, telephone: '+39036422693' });
  });
});

describe('a repeating event in structured data', () => {
  it('states its schedule as the calendar file does', () => {
    const data = read(entryJsonLd('event', event, context));
    expect(data.eventSchedule).toEqual({
      '@type': 'Schedule',
      repeatFrequency: 'P1W',
      byDay: ['https://schema.org/Friday'],
      startDate: '2026-12-18',
      endDate: '2027-03-26',
      startTime: '16:30',
      endTime: '18:30',
      exceptDate: ['2027-01-01T15:30:00.000Z'],
      scheduleTimezone: 'Europe/Rome',
    });
  });
});
