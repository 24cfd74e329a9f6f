import type { Core } from '@strapi/strapi';
import { transformUidToValidOpenApiName } from '@strapi/utils';
import { DEFAULT_LOCALE, LOCALE_CODES } from '@welfare/types';
import { apiContentTypes } from '../bootstrap/content-types';

/**
 * What the partner OpenAPI document needs to know about the CMS, read from the loaded Strapi:
 * the public types, the attributes behind each schema Strapi's generator names, the locales and
 * the pagination limits. Plain data, so the document itself is built by a pure function.
 */
export interface AttributeModel {
  type: string;
  required?: boolean;
  relation?: string;
  repeatable?: boolean;
  multiple?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
}

export interface PublicTypeModel {
  uid: string;
  kind: 'collectionType' | 'singleType';
  singularName: string;
  pluralName: string;
  displayName: string;
  description: string;
  /** The name of its schema in Strapi's generated document, e.g. ApiEventEventDocument. */
  schemaName: string;
}

export interface ContentModel {
  version: string;
  types: PublicTypeModel[];
  /** The attributes declared in each schema (content types and components), by schema name. */
  attributes: Record<string, Record<string, AttributeModel>>;
  locales: { codes: string[]; defaultLocale: string };
  pagination: { defaultPageSize: number; maxPageSize: number };
}

/** Attributes Strapi adds to every content type; the generated schemas already describe them well. */
const SYSTEM_ATTRIBUTES = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

function declaredAttributes(attributes: Record<string, AttributeModel>): Record<string, AttributeModel> {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !SYSTEM_ATTRIBUTES.has(name)));
}

export function describeContentModel(strapi: Core.Strapi): ContentModel {
  const types = apiContentTypes(strapi)
    .map((uid): PublicTypeModel => {
      const { kind, info } = strapi.contentType(uid);
      const { description } = info as { description?: string };
      return {
        uid,
        kind,
        singularName: info.singularName,
        pluralName: info.pluralName,
        displayName: info.displayName,
        description: description ?? '',
        schemaName: transformUidToValidOpenApiName(uid),
      };
    })
    .sort((a, b) => a.uid.localeCompare(b.uid));

  const schemas = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as Array<{
    uid: string;
    attributes: Record<string, AttributeModel>;
  }>;
  const attributes = Object.fromEntries(
    schemas.map((schema) => [transformUidToValidOpenApiName(schema.uid), declaredAttributes(schema.attributes)]),
  );

  const { version } = strapi.config.get<{ version: string }>('info');
  return {
    version,
    types,
    attributes,
    locales: { codes: [...LOCALE_CODES], defaultLocale: DEFAULT_LOCALE },
    pagination: {
      defaultPageSize: strapi.config.get<number>('api.rest.defaultLimit'),
      maxPageSize: strapi.config.get<number>('api.rest.maxLimit'),
    },
  };
}
