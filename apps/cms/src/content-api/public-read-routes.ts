/**
 * Route configuration shared by every content type of the public API. Reads go through:
 * - rate-limit: per client IP for the public, per token for partners (first, so every request counts);
 * - published-only: drafts stay inside the CMS whatever the query asks (stock Strapi 5 returns
 *   drafts to any role allowed to `find` when asked `?status=draft`, upstream issue #25326);
 * - valid-pagination: a malformed page or page size is a 400, not silently ignored.
 * Then machine-translation-flag marks each entry whose text is an unreviewed machine draft.
 */
const readPolicies = {
  policies: ['global::rate-limit', 'global::published-only', 'global::valid-pagination', 'global::query-policy'],
  // Each entry says whether its text is a machine draft not yet reviewed (`machineTranslation`).
  middlewares: ['global::machine-translation-flag'],
};

export const publicReadRoutes = {
  config: {
    find: readPolicies,
    findOne: readPolicies,
  },
};
