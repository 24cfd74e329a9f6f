import type { Core } from '@strapi/strapi';
import { secret } from '../environment/secrets';

/**
 * The portal's server writes citizens' page ratings with a custom API token that may do exactly one
 * thing: create a page rating (no reads, no other type). Like the portal's full-access token
 * (portal-token.ts), the CMS makes sure at every start that the token named "Portal page ratings"
 * has the key in CMS_RATING_TOKEN (a development default outside production) and only that permission.
 */
export const RATING_TOKEN_NAME = 'Portal page ratings';
export const RATING_CREATE_ACTION = 'api::page-rating.page-rating.create';

interface StoredToken {
  id: number;
  name: string;
  kind: string | null;
  type: string | null;
  accessKey: string;
  expiresAt: string | null;
  permissions?: Array<{ action: string }>;
}

interface ContentApiTokenService {
  hash(accessKey: string): string;
  create(attributes: { name: string; description: string; type: 'custom'; lifespan: null; permissions: string[] }): Promise<{ id: number }>;
  update(id: number, attributes: { type: 'custom'; permissions: string[] }): Promise<unknown>;
}

interface EncryptionService {
  encrypt(value: string): string | null;
}

const FIELDS = ['id', 'name', 'kind', 'type', 'accessKey', 'expiresAt'];

const hasOnlyCreate = (token: StoredToken) =>
  token.type === 'custom' && token.permissions?.length === 1 && token.permissions[0].action === RATING_CREATE_ACTION;

export async function ensureRatingToken(strapi: Core.Strapi): Promise<void> {
  const accessKey = secret('CMS_RATING_TOKEN');
  if (!accessKey) return;

  const tokens = strapi.service('admin::api-token-content-api') as unknown as ContentApiTokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const tokenTable = strapi.db.query('admin::api-token');
  const hash = tokens.hash(accessKey);
  const find = (where: Record<string, string>) =>
    tokenTable.findOne({ select: FIELDS, where, populate: { permissions: { select: ['action'] } } }) as Promise<StoredToken | null>;

  const holder = await find({ accessKey: hash });
  if (holder && holder.name !== RATING_TOKEN_NAME) {
    strapi.log.warn(`CMS_RATING_TOKEN is the key of the API token "${holder.name}": give the portal's rating token a key of its own.`);
    return;
  }
  const stored = holder ?? (await find({ name: RATING_TOKEN_NAME }));
  if (stored?.kind === 'admin') {
    strapi.log.warn(`An admin token is named "${RATING_TOKEN_NAME}": rename it so the portal's rating token can be made.`);
    return;
  }
  if (stored && stored.accessKey === hash && hasOnlyCreate(stored) && !stored.expiresAt) return;

  const id = stored
    ? stored.id
    : (
        await tokens.create({
          name: RATING_TOKEN_NAME,
          description: "The portal's server: creates citizens' page ratings, nothing else. Its key is CMS_RATING_TOKEN, set at every start.",
          type: 'custom',
          lifespan: null,
          permissions: [RATING_CREATE_ACTION],
        })
      ).id;
  if (stored && !hasOnlyCreate(stored)) await tokens.update(id, { type: 'custom', permissions: [RATING_CREATE_ACTION] });
  await tokenTable.update({
    where: { id },
    data: { accessKey: hash, encryptedKey: encryption.encrypt(accessKey), lifespan: null, expiresAt: null },
  });
  strapi.log.info(`${stored ? 'Updated' : 'Created'} the API token "${RATING_TOKEN_NAME}" (create page ratings only) with the key in CMS_RATING_TOKEN`);
}
