import path from 'node:path';
import { readFixtures, type CollectionGroup } from '../../src/seed/fixtures';
import { COLLECTION_TYPES, CONTENT_TYPE_REGISTRY, type CollectionType } from '@welfare/types';

export const fixtures = readFixtures(path.resolve(__dirname, '..', '..', 'seed'));

/** The fixture group of each collection type (the registry's seedGroup). */
export const GROUP_OF = Object.fromEntries(
  COLLECTION_TYPES.map((type) => [type, CONTENT_TYPE_REGISTRY[type].seedGroup as CollectionGroup]),
) as Record<CollectionType, CollectionGroup>;

/** Each collection type with its REST plural name (`/api/<plural>`). */
export const COLLECTIONS = COLLECTION_TYPES.map((type): [CollectionType, string] => [type, CONTENT_TYPE_REGISTRY[type].pluralName]);
