import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { draftParametersIn, mayReadDrafts, type AuthState } from '../content-api/draft-access';
import { previewTokenId } from '../bootstrap/portal-token';

// Strapi's policy context copies the Koa context's own properties: `state` (set by the route's
// authentication) and `request` are there, the prototype's `ctx.query` is not.
type AuthenticatedPolicyContext = Parameters<Core.PolicyHandler>[0] & { state: { auth?: AuthState } };

/** Refuses, with a clear 403, any content-API read that asks for drafts without the right to see them. */
// Strapi awaits policies (services/server/policy.js), though its type says synchronous.
const publishedOnly = async (...[context, , { strapi }]: Parameters<Core.PolicyHandler>): Promise<boolean> => {
  const policyContext = context as AuthenticatedPolicyContext;
  const asked = draftParametersIn((policyContext.request.query ?? {}) as Record<string, unknown>);
  if (asked.length === 0) return true;
  // Looked up only when drafts are asked for: the portal's previews, not every page view.
  if (mayReadDrafts(policyContext.state.auth, await previewTokenId(strapi))) return true;

  throw new errors.PolicyError(
    `This API serves published content only; the parameter ${asked.map((name) => `'${name}'`).join(', ')} is reserved for the portal's preview.`,
    { parameters: asked },
  );
};

export default publishedOnly;
