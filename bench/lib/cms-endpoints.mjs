// @ts-check
import { measureLoad } from './load.mjs';

/**
 * The CMS's list endpoints as the portal asks for them (its populate shape, sort and page size, in
 * Italian, the fullest language), and the same endpoints without populate: what the shapes cost.
 * @param {{ POPULATE: Record<string, unknown>, toQueryString: (params: Record<string, unknown>) => string }} portal
 */
export function cmsListEndpoints({ POPULATE, toQueryString }) {
  const list = (name, path, populate, sort) => ({
    name,
    withPopulate: `/api${path}?${toQueryString({ locale: 'it', sort, populate, pagination: { pageSize: 100 } })}`,
    withoutPopulate: `/api${path}?${toQueryString({ locale: 'it', sort, pagination: { pageSize: 100 } })}`,
  });
  return [
    list('services (service cards)', '/services', POPULATE.serviceCard, ['title:asc']),
    list('mediators (mediators page)', '/mediators', POPULATE.mediator, ['displayName:asc']),
    list('events (event cards)', '/events', POPULATE.eventCard, ['startsAt:asc']),
  ];
}

/** Each endpoint, with and without populate, against one CMS. */
export async function measureCmsEndpoints(cmsUrl, endpoints, { connections, seconds }) {
  const rows = [];
  for (const endpoint of endpoints) {
    for (const [variant, path] of /** @type {const} */ ([
      ['portal populate', endpoint.withPopulate],
      ['no populate', endpoint.withoutPopulate],
    ])) {
      // A wrong query would measure an error page: check the answer first.
      const response = await fetch(`${cmsUrl}${path}`);
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 300)}`);
      const entries = JSON.parse(body).data.length;
      const load = await measureLoad(`${cmsUrl}${path}`, { connections, seconds, headers: { accept: 'application/json' } });
      rows.push({ endpoint: endpoint.name, variant, path, entries, responseBytes: Buffer.byteLength(body), ...load });
    }
  }
  return rows;
}
