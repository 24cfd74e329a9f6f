// @ts-check
import { CONTENT_TYPE_REGISTRY, LIST_PAGE_SIZE, toQueryString } from '@welfare/types';
import { measureLoad } from './load.mjs';

/**
 * The CMS's list endpoints as the portal asks for them (the registry's card populate shape and one
 * list page of the portal, in Italian, the fullest language), and the same endpoints without
 * populate: what the shapes cost.
 */
export function cmsListEndpoints() {
  /** @param {string} name @param {'service' | 'mediator' | 'event'} type @param {string[]} sort */
  const list = (name, type, sort) => {
    const { restPath, populate } = CONTENT_TYPE_REGISTRY[type];
    const params = { locale: 'it', sort, pagination: { pageSize: LIST_PAGE_SIZE } };
    return {
      name,
      withPopulate: `/api${restPath}?${toQueryString({ ...params, populate: populate.card })}`,
      withoutPopulate: `/api${restPath}?${toQueryString(params)}`,
    };
  };
  return [
    list('services (service cards)', 'service', ['title:asc']),
    list('mediators (mediators page)', 'mediator', ['displayName:asc']),
    list('events (event cards)', 'event', ['startsAt:asc']),
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
