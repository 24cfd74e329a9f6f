import path from 'node:path';
import { readFixtures, type CollectionGroup } from '../../src/seed/fixtures';
import { COLLECTION_PATHS, type CollectionType } from '@welfare/types';

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

export const COLLECTIONS = Object.entries(COLLECTION_PATHS) as Array<[CollectionType, string]>;
