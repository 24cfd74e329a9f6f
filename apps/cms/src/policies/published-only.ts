import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { draftParametersIn, mayReadDrafts, type AuthState } from '../content-api/draft-access';

// Strapi's policy context copies the Koa context's own properties: `state` (set by the route's
// authentication) and `request` are there, the prototype's `ctx.query` is not.
type AuthenticatedPolicyContext = Parameters<Core.PolicyHandler>[0] & { state: { auth?: AuthState } };

/** Refuses, with a clear 403, any content-API read that asks for drafts without the right to see them. */
const publishedOnly: Core.PolicyHandler = (context) => {
  const policyContext = context as AuthenticatedPolicyContext;
  if (mayReadDrafts(policyContext.state.auth)) return true;

  const asked = draftParametersIn((policyContext.request.query ?? {}) as Record<string, unknown>);
  if (asked.length === 0) return true;

  throw new errors.PolicyError(
    `This API serves published content only; the parameter ${asked.map((name) => `'${name}'`).join(', ')} is reserved for the portal's preview.`,
    { parameters: asked },
  );
};

export default publishedOnly;
