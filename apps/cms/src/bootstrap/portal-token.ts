import type { Core } from '@strapi/strapi';
import { environment } from '../environment/environment';
import { apiContentTypes } from './content-types';

/**
 * The portal's server has three API tokens, each made by the CMS at every start from the one .env
 * both apps read (least privilege: the token used on every page view cannot read drafts):
 *
 * - "Portal server", key CMS_API_TOKEN: a custom token that may only find/findOne our content
 *   types. Every page reads published content with it.
 * - "Portal preview", key CMS_PREVIEW_TOKEN: a custom token that may only find/findOne our content
 *   types, like the one above, and the only custom token the content API's `published-only`
 *   policy lets ask for drafts (staff previews). No write route accepts it.
 * - "Portal page ratings", key CMS_RATING_TOKEN: a custom token that may only create citizens' page
 *   ratings (no reads, no other type).
 *
 * `npm run dev` works on a fresh machine (development default values); a production CMS given the
 * keys needs no manual step. Production without a key makes no token for it.
 *
 * Stored as Strapi's own token service stores keys: an HMAC-SHA512 of the key with API_TOKEN_SALT
 * (`hash`), plus the key encrypted with ENCRYPTION_KEY so the admin can show it.
 */
export const PORTAL_TOKEN_NAME = 'Portal server';
export const PREVIEW_TOKEN_NAME = 'Portal preview';
export const RATING_TOKEN_NAME = 'Portal page ratings';
export const RATING_CREATE_ACTION = 'api::page-rating.page-rating.create';

type TokenType = 'full-access' | 'custom';

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
  create(attributes: {
    name: string;
    description: string;
    type: TokenType;
    lifespan: null;
    permissions?: string[];
  }): Promise<{ id: number }>;
  update(id: number, attributes: { type: TokenType; permissions?: string[] }): Promise<unknown>;
}

interface EncryptionService {
  encrypt(value: string): string | null;
}

interface PortalTokenSpec {
  name: string;
  variable: 'CMS_API_TOKEN' | 'CMS_PREVIEW_TOKEN' | 'CMS_RATING_TOKEN';
  description: string;
  type: TokenType;
  /** For a custom token: exactly the content-API actions it may call. */
  permissions?: string[];
}

const FIELDS = ['id', 'name', 'kind', 'type', 'accessKey', 'expiresAt'];
const isContentToken = (token: StoredToken) => token.kind === 'content-api' || token.kind === null;

/** find/findOne of each of our content types (find alone for a single type): what partners and the portal read. */
export function contentReadActions(strapi: Core.Strapi): string[] {
  return apiContentTypes(strapi)
    .flatMap((uid) => (strapi.contentType(uid).kind === 'singleType' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`]))
    .sort();
}

export async function ensurePortalTokens(
  strapi: Core.Strapi,
  secrets: Partial<Record<PortalTokenSpec['variable'], string>> = environment().secrets,
): Promise<void> {
  await ensureToken(strapi, secrets, {
    name: PORTAL_TOKEN_NAME,
    variable: 'CMS_API_TOKEN',
    description:
      "The portal's server: reads published content (find and findOne of the content types only). Its key is CMS_API_TOKEN, set at every start.",
    type: 'custom',
    permissions: contentReadActions(strapi),
  });
  await ensureToken(strapi, secrets, {
    name: PREVIEW_TOKEN_NAME,
    variable: 'CMS_PREVIEW_TOKEN',
    description:
      "The portal's staff preview: reads drafts (find and findOne of the content types only). Its key is CMS_PREVIEW_TOKEN, set at every start.",
    type: 'custom',
    permissions: contentReadActions(strapi),
  });
  await ensureToken(strapi, secrets, {
    name: RATING_TOKEN_NAME,
    variable: 'CMS_RATING_TOKEN',
    description: "The portal's server: creates citizens' page ratings, nothing else. Its key is CMS_RATING_TOKEN, set at every start.",
    type: 'custom',
    permissions: [RATING_CREATE_ACTION],
  });
}

/**
 * The id of the portal's preview token (the one whose key is CMS_PREVIEW_TOKEN), or undefined: the
 * content API's `published-only` policy lets it ask for drafts. Read from the database each time
 * (only requests asking for drafts ask), so a token deleted or re-made by staff is followed.
 */
export async function previewTokenId(
  strapi: Core.Strapi,
  accessKey: string | undefined = environment().secrets.CMS_PREVIEW_TOKEN,
): Promise<number | undefined> {
  if (!accessKey) return undefined;
  const tokens = strapi.service('admin::api-token-content-api') as unknown as ContentApiTokenService;
  const token = (await strapi.db
    .query('admin::api-token')
    .findOne({ select: ['id', 'name'], where: { accessKey: tokens.hash(accessKey), name: PREVIEW_TOKEN_NAME } })) as {
    id: number;
  } | null;
  return token?.id;
}

async function grantedActions(strapi: Core.Strapi, id: number): Promise<string[]> {
  const permissions = (await strapi.db.query('admin::api-token-permission').findMany({ where: { token: id } })) as Array<{
    action: string;
  }>;
  return permissions.map((permission) => permission.action).sort();
}

async function ensureToken(
  strapi: Core.Strapi,
  secrets: Partial<Record<PortalTokenSpec['variable'], string>>,
  spec: PortalTokenSpec,
): Promise<void> {
  // As checked at start (environment/environment.ts): development's default, else the value set, else none.
  const accessKey = secrets[spec.variable];
  if (!accessKey) return;

  // Strapi 5.54's name for the content-API token service; `admin::api-token` is its deprecated alias.
  const tokens = strapi.service('admin::api-token-content-api') as unknown as ContentApiTokenService;
  const encryption = strapi.service('admin::encryption') as unknown as EncryptionService;
  const tokenTable = strapi.db.query('admin::api-token');
  const hash = tokens.hash(accessKey);

  // The key may be a token staff made themselves (`npm run token:create`): then it is theirs to manage.
  const holder = (await tokenTable.findOne({ select: FIELDS, where: { accessKey: hash } })) as StoredToken | null;
  if (holder && holder.name !== spec.name) {
    if (spec.type === 'custom' && holder.type === 'full-access') {
      strapi.log.warn(
        `${spec.variable} is the key of the full-access API token "${holder.name}": give the portal a read-only key (least privilege).`,
      );
    }
    return;
  }

  const stored = holder ?? ((await tokenTable.findOne({ select: FIELDS, where: { name: spec.name } })) as StoredToken | null);
  if (stored?.kind === 'admin') {
    strapi.log.warn(`An admin token is named "${spec.name}": rename it so the portal's token can be made.`);
    return;
  }
  const wanted = spec.permissions ?? [];
  const rightType = stored !== null && stored.type === spec.type && isContentToken(stored);
  const rightPermissions =
    stored !== null && (spec.type !== 'custom' || (await grantedActions(strapi, stored.id)).join() === wanted.join());
  if (stored && rightType && rightPermissions && stored.accessKey === hash && !stored.expiresAt) return;

  const permissions = spec.type === 'custom' ? { permissions: wanted } : {};
  const id = stored
    ? stored.id
    : (await tokens.create({ name: spec.name, description: spec.description, type: spec.type, lifespan: null, ...permissions })).id;
  // Through the service, which also sets (or drops) a custom token's permissions.
  if (stored && !(rightType && rightPermissions)) await tokens.update(id, { type: spec.type, ...permissions });
  // The service only makes random keys; this sets the one both apps share (as `regenerate` stores keys).
  await tokenTable.update({
    where: { id },
    data: { accessKey: hash, encryptedKey: encryption.encrypt(accessKey), lifespan: null, expiresAt: null, description: spec.description },
  });
  strapi.log.info(`${stored ? 'Updated' : 'Created'} the ${spec.type} API token "${spec.name}" with the key in ${spec.variable}`);
}
