import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE } from '@welfare/types/locales';

/**
 * Strapi's "Open preview" route (`GET /content-manager/preview/url/:contentType`) checks only that
 * an admin is logged in: any member of staff could have a link signed for any type, document and
 * locale. This route policy, added to that route at register, asks Strapi's own permission checker
 * (the content manager's, with the user's abilities: their roles' read action on that content type,
 * in that locale, with its conditions) whether the user may read that document in that locale, as
 * the content manager does before it shows an entry. Super admins may read everything.
 */
export const PREVIEW_URL_ROUTE = '/preview/url/:contentType';

interface PermissionChecker {
  can: { read(entity?: object): boolean };
  cannot: { read(entity?: object): boolean };
}
interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): PermissionChecker;
}
interface PreviewQuery {
  documentId?: unknown;
  locale?: unknown;
  status?: unknown;
}

type PolicyContext = Parameters<Core.PolicyHandler>[0] & {
  state: { userAbility?: unknown; user?: unknown };
  params?: { contentType?: string };
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Why the user may not have a preview link for this document and locale, or undefined when they may. */
export async function previewRefusal(
  strapi: Core.Strapi,
  userAbility: unknown,
  uid: string,
  query: PreviewQuery,
): Promise<string | undefined> {
  const model = strapi.contentTypes[uid as UID.ContentType];
  // Strapi's own validation answers an unknown type (400) after this.
  if (!model || !userAbility) return userAbility ? undefined : 'You are not logged in.';
  const checker = (strapi.plugin('content-manager').service('permission-checker') as unknown as PermissionCheckerService).create({
    userAbility,
    model: uid,
  });
  if (checker.cannot.read()) return `You may not read ${model.info.displayName} entries, so you cannot preview them.`;

  const localized = (model.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;
  const locale = localized ? (text(query.locale) ?? DEFAULT_LOCALE) : undefined;
  const status = text(query.status) === 'published' ? 'published' : 'draft';
  const documents = strapi.documents(uid as UID.ContentType);
  const documentId =
    text(query.documentId) ??
    (model.kind === 'singleType'
      ? (await documents.findFirst({ locale, status, fields: ['documentId'] as never }))?.documentId
      : undefined);
  if (!documentId) return undefined;
  // The version itself, so every condition of the user's permission is judged on it; a locale not
  // saved yet is judged on what is known of it (its locale: a translator's condition).
  const version = await documents.findOne({
    documentId,
    locale,
    status,
    populate: { createdBy: { fields: ['id'] }, updatedBy: { fields: ['id'] } } as never,
  });
  const subject = version ?? { documentId, ...(locale ? { locale } : {}) };
  if (checker.cannot.read(subject)) {
    return locale
      ? `You may not read this entry in the language "${locale}", so you cannot preview it.`
      : 'You may not read this entry, so you cannot preview it.';
  }
  return undefined;
}

/** The route policy (src/policies/may-preview.ts): 403 with the reason, before a link is signed. */
export const MAY_PREVIEW_POLICY = 'global::may-preview';

export async function mayPreview(...[context, , { strapi }]: Parameters<Core.PolicyHandler>): Promise<boolean> {
  const policyContext = context as PolicyContext;
  const uid = policyContext.params?.contentType ?? '';
  const query = (policyContext.request.query ?? {}) as PreviewQuery;
  const refusal = await previewRefusal(strapi, policyContext.state.userAbility, uid, query);
  if (refusal) throw new errors.PolicyError(refusal, { contentType: uid });
  return true;
}

interface Route {
  path: string;
  method: string;
  config?: { policies?: unknown[] };
}

/** Adds the policy to the content manager's preview route (register phase; routes are mounted at bootstrap). */
export function guardPreviewRoute(strapi: Core.Strapi): void {
  const routers = Object.values((strapi.plugin('content-manager').routes ?? {}) as Record<string, { routes?: Route[] }>);
  const route = routers
    .flatMap((router) => router.routes ?? [])
    .find((candidate) => candidate.method === 'GET' && candidate.path === PREVIEW_URL_ROUTE);
  // A Strapi upgrade that moves the route must not leave it open.
  if (!route)
    throw new Error(
      `The content manager's preview route ${PREVIEW_URL_ROUTE} was not found: the preview permission check cannot be installed.`,
    );
  route.config = { ...route.config, policies: [...(route.config?.policies ?? []), MAY_PREVIEW_POLICY] };
}
