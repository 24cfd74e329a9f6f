/**
 * Who may read drafts through the content API, and which query parameters ask for them.
 *
 * Only a full-access API token may: the portal's preview uses one, kept on its server.
 * Public visitors, read-only tokens and custom tokens read published content only.
 */
export const DRAFT_QUERY_PARAMETERS = ['status', 'publicationFilter', 'hasPublishedVersion'] as const;

export interface AuthState {
  strategy?: { name?: string };
  credentials?: { id?: number | string; type?: string; name?: string } | null;
}

export function mayReadDrafts(auth: AuthState | undefined): boolean {
  return auth?.strategy?.name === 'content-api-token' && auth.credentials?.type === 'full-access';
}

/** The draft-related parameters of a query, except an explicit `status=published`, which is harmless. */
export function draftParametersIn(query: Record<string, unknown>): string[] {
  return DRAFT_QUERY_PARAMETERS.filter((name) => {
    if (!(name in query)) return false;
    return !(name === 'status' && query.status === 'published');
  });
}
