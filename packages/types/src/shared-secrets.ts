/**
 * The secrets both apps read from the one .env. Development uses these fixed, clearly-named values
 * when a secret is unset, so `npm run dev` works on an empty machine; production never accepts them,
 * nor the placeholders of `.env.example` (PLACEHOLDER_SECRET).
 */
export const DEVELOPMENT_SHARED_SECRETS = {
  /** The CMS's preview links carry it, the portal's /api/preview checks it. */
  PREVIEW_SECRET: 'development-only-preview-secret',
  /** The CMS sends it with every change notice, the portal's /api/revalidate checks it. */
  REVALIDATE_SECRET: 'development-only-revalidate-secret',
  /** The portal's API token for published content (find/findOne of the content types), which the CMS makes at start. */
  CMS_API_TOKEN: 'development-only-portal-api-token',
  /** The portal's full-access API token, used only by the staff preview to read drafts; the CMS makes it at start. */
  CMS_PREVIEW_TOKEN: 'development-only-portal-preview-token',
} as const;

export type SharedSecretName = keyof typeof DEVELOPMENT_SHARED_SECRETS;

/** `.env.example` uses `change-me`, Strapi's templates `tobemodified`, development `development-only-…`. */
export const PLACEHOLDER_SECRET = /change-?me|tobemodified|development-only|example/i;
