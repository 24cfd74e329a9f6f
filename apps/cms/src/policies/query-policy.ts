import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { contentTypeOfUid } from '@welfare/types';
import { checkQuery, QueryRefusal, type Schema, type Schemas } from '../content-api/query-policy';

// The policy context holds the Koa context's own properties: `state` (with the matched route)
// and `request`, whose `query` setter rewrites the query string the controller then reads.
type RoutedPolicyContext = Parameters<Core.PolicyHandler>[0] & { state: { route?: { handler?: unknown } }; params?: { id?: unknown } };

/** A documentId as Strapi makes them (24 lowercase letters and digits), with room to spare: as the OpenAPI document states. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

function schemasOf(strapi: Core.Strapi): Schemas {
  return {
    contentType: (uid) => (strapi.contentTypes as unknown as Record<string, Schema | undefined>)[uid],
    component: (uid) => (strapi.components as unknown as Record<string, Schema | undefined>)[uid],
  };
}

/**
 * Every read of the content API, by anyone (the public, partner tokens, the portal's tokens), goes
 * through the query policy of its content type (src/content-api/query-policy): allow-listed
 * populate paths and depth, filterable and sortable fields, operands checked against the field
 * types, bounded lengths. Anything else is a 400 naming the parameter, before the database.
 */
const queryPolicy: Core.PolicyHandler = (context, _config, { strapi }) => {
  const policyContext = context as RoutedPolicyContext;
  const handler = policyContext.state.route?.handler;
  const type = typeof handler === 'string' ? contentTypeOfUid(handler.slice(0, handler.lastIndexOf('.'))) : undefined;
  if (!type) throw new errors.ApplicationError('The query policy applies to the content types of the registry only.');

  const id = policyContext.params?.id;
  if (id !== undefined && (typeof id !== 'string' || !DOCUMENT_ID.test(id))) {
    throw new errors.ValidationError('documentId: must be 1 to 64 letters, digits, - or _.', { parameter: 'documentId' });
  }
  const request = policyContext.request;
  const query = (request.query ?? {}) as Record<string, unknown>;
  let checked: Record<string, unknown>;
  try {
    checked = checkQuery(query, type, schemasOf(strapi), request.querystring);
  } catch (error) {
    if (error instanceof QueryRefusal) throw new errors.ValidationError(error.message, { parameter: error.parameter });
    throw error;
  }
  if (checked !== query) request.query = checked as typeof request.query;
  return true;
};

export default queryPolicy;
