/**
 * Who may read drafts through the content API, and which query parameters ask for them.
 *
 * The portal's preview token (CMS_PREVIEW_TOKEN: a custom token that may only find/findOne the
 * content types, bootstrap/portal-token.ts) and full-access tokens staff made may. Public visitors,
 * read-only tokens and every other custom token (partners', the portal's published-content token)
 * read published content only.
 */
export const DRAFT_QUERY_PARAMETERS = ['status', 'publicationFilter', 'hasPublishedVersion'] as const;

export interface AuthState {
  strategy?: { name?: string };
  credentials?: { id?: number | string; type?: string; name?: string } | null;
}

/** `previewTokenId`: the id of the portal's preview token, when there is one. */
export function mayReadDrafts(auth: AuthState | undefined, previewTokenId?: number): boolean {
  if (auth?.strategy?.name !== 'content-api-token' || !auth.credentials) return false;
  if (auth.credentials.type === 'full-access') return true;
  return previewTokenId !== undefined && auth.credentials.type === 'custom' && Number(auth.credentials.id) === previewTokenId;
}

/** The draft-related parameters of a query, except an explicit `status=published`, which is harmless. */
export function draftParametersIn(query: Record<string, unknown>): string[] {
  return DRAFT_QUERY_PARAMETERS.filter((name) => {
    if (!(name in query)) return false;
    return !(name === 'status' && query.status === 'published');
  });
}
