import type { Core } from '@strapi/strapi';
import type { ContentType } from '@welfare/types/registry';

/** The types the demo content fills: every collection type and the global settings. */
export type SeededType = ContentType;

/**
 * What the demo content loaded, kept in Strapi's core store (`strapi_core_store_settings`, so a
 * database backup carries it): when, and the document id of every demo entry by its fixture key.
 */
export interface DemoContentRecord {
  loadedAt: string;
  updatedAt?: string;
  /** The last run went through: until then the dev server tries again at start. */
  complete?: boolean;
  keys: Partial<Record<SeededType, Record<string, string>>>;
}

const STORE = { type: 'core', name: 'welfare', key: 'demo-content' } as const;

export async function demoContentRecord(strapi: Core.Strapi): Promise<DemoContentRecord | null> {
  const value = (await strapi.store.get(STORE)) as Partial<DemoContentRecord> | null | undefined;
  return value && typeof value === 'object' && typeof value.keys === 'object' && typeof value.loadedAt === 'string'
    ? (value as DemoContentRecord)
    : null;
}

export async function saveDemoContentRecord(strapi: Core.Strapi, record: DemoContentRecord): Promise<void> {
  await strapi.store.set({ ...STORE, value: record });
}
