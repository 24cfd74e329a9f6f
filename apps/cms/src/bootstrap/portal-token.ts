import type { Core } from '@strapi/strapi';
import { environment } from '../environment/environment';

/**
 * The portal's server reads drafts for the preview with a full-access API token (the content API's
 * `published-only` policy refuses drafts to anyone else). Both apps read CMS_API_TOKEN from the one
 * .env, so the CMS makes sure, at every start, that a full-access token named "Portal server" has
 * exactly that key: `npm run dev` previews on a fresh machine (development default value), and a
 * production CMS given CMS_API_TOKEN needs no manual step. Production without it creates nothing.
 *
 * Stored as Strapi's own token service stores keys: an HMAC-SHA512 of the key with API_TOKEN_SALT
 * (`hash`), plus the key encrypted with ENCRYPTION_KEY so the admin can show it.
 */
export const PORTAL_TOKEN_NAME = 'Portal server';

interface StoredToken {
  id: number;
  name: string;
  kind: string | null;
  type: string | null;
  accessKey: string;
  expiresAt: string | null;
}

interface ContentApiTokenService {
  hash(accessKey: string): string;
  create(attributes: { name: string; description: string; type: 'full-access'; lifespan: null }): Promise<{ id: number }>;
  update(id: number, attributes: { type: 'full-access' }): Promise<unknown>;
}

interface EncryptionService {
  encrypt(value: string): string | null;
}

const FIELDS = ['id', 'name', 'kind', 'type', 'accessKey', 'expiresAt'];

const isFullAccessContentToken = (token: StoredToken) => token.type === 'full-access' && (token.kind === 'content-api' || token.kind === null);

export async function ensurePortalToken(strapi: Core.Strapi, accessKey = environment().secrets.CMS_API_TOKEN): Promise<void> {
  if (!accessKey) return;

  // Strapi 5.54's name for the content-API token service; `admin::api-token` is its deprecated alias.
  const tokens = strapi.service('admin::api-token-content-api') as unknown as ContentApiTokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const tokenTable = strapi.db.query('admin::api-token');
  const hash = tokens.hash(accessKey);

  // The key may be a token staff made themselves (`npm run token:create`): then it is theirs to manage.
  const holder = (await tokenTable.findOne({ select: FIELDS, where: { accessKey: hash } })) as StoredToken | null;
  if (holder && holder.name !== PORTAL_TOKEN_NAME) {
    if (!isFullAccessContentToken(holder)) {
      strapi.log.warn(`CMS_API_TOKEN is the key of the API token "${holder.name}", which is not a full-access token: the portal's preview cannot read drafts with it.`);
    }
    return;
  }

  const stored = holder ?? ((await tokenTable.findOne({ select: FIELDS, where: { name: PORTAL_TOKEN_NAME } })) as StoredToken | null);
  if (stored?.kind === 'admin') {
    strapi.log.warn(`An admin token is named "${PORTAL_TOKEN_NAME}": rename it so the portal's token can be made.`);
    return;
  }
  if (stored && stored.accessKey === hash && isFullAccessContentToken(stored) && !stored.expiresAt) return;

  const id = stored
    ? stored.id
    : (await tokens.create({ name: PORTAL_TOKEN_NAME, description: "The portal's server: reads drafts for the preview. Its key is CMS_API_TOKEN, set at every start.", type: 'full-access', lifespan: null })).id;
  // Through the service, which also drops a custom token's permissions.
  if (stored && stored.type !== 'full-access') await tokens.update(id, { type: 'full-access' });
  // The service only makes random keys; this sets the one both apps share (as `regenerate` stores keys).
  await tokenTable.update({
    where: { id },
    data: { accessKey: hash, encryptedKey: encryption.encrypt(accessKey), lifespan: null, expiresAt: null },
  });
  strapi.log.info(`${stored ? 'Updated' : 'Created'} the full-access API token "${PORTAL_TOKEN_NAME}" with the key in CMS_API_TOKEN`);
}
