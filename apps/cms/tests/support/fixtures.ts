import path from 'node:path';
import { readFixtures, type CollectionGroup } from '../../src/seed/fixtures';
import { COLLECTION_TYPES, CONTENT_TYPE_REGISTRY, type CollectionType } from '@welfare/types';

export const fixtures = readFixtures(path.resolve(__dirname, '..', '..', 'seed'));

/** Fixture group of each REST collection path. */
export const GROUP_OF: Record<CollectionType, CollectionGroup> = {
  category: 'categories',
  place: 'places',
  language: 'languages',
  service: 'services',
  mediator: 'mediators',
  'school-workshop': 'schoolWorkshops',
  event: 'events',
  page: 'pages',
};

/** Each collection type with its REST plural name (`/api/<plural>`). */
export const COLLECTIONS = COLLECTION_TYPES.map((type): [CollectionType, string] => [type, CONTENT_TYPE_REGISTRY[type].pluralName]);
