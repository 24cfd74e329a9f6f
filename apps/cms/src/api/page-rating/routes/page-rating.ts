import { factories } from '@strapi/strapi';

/**
 * Create only: no route reads, changes or deletes ratings through the content API, so neither the
 * public nor partner (read-only) tokens can reach them whatever their permissions say. The portal's
 * server creates them with its rating token (bootstrap/portal-token.ts); staff read them in the admin.
 */
export default factories.createCoreRouter('api::page-rating.page-rating', { only: ['create'] });
