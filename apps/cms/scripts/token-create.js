#!/usr/bin/env node
// `npm run token:create -- --name <partner> [--description "..."] [--type read-only|full-access]`:
// creates an API token in the configured database, as Settings → API Tokens in the admin does
// (Strapi's own token service hashes and stores it), and prints it this once.
// A partner's read-only token is a custom token that may only find/findOne the content types:
// Strapi's own "read-only" type would also list the media library, users and roles.
const path = require('node:path');
const { parseArgs } = require('node:util');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const USAGE = 'Usage: npm run token:create -- --name <partner> [--description "..."] [--type read-only|full-access]';
const TYPES = ['read-only', 'full-access'];

function parseCommandLine(args) {
  try {
    return parseArgs({
      args,
      options: {
        name: { type: 'string' },
        description: { type: 'string', default: '' },
        type: { type: 'string', default: 'read-only' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new Error(`${error.message}\n${USAGE}`, { cause: error });
  }
}

function readOptions(args) {
  const { values } = parseCommandLine(args);
  const name = (values.name ?? '').trim();
  if (!name) throw new Error(`--name is required.\n${USAGE}`);
  if (!TYPES.includes(values.type))
    throw new Error(`--type must be read-only (partners) or full-access (the agency's own systems), not "${values.type}".\n${USAGE}`);
  return { name, description: values.description.trim(), type: values.type };
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const appContext = await compileStrapi({ appDir: path.resolve(__dirname, '..') });
  // The same read actions as the portal's own token, from the compiled bootstrap: one list, not two.
  const { contentReadActions } = require(path.join(appContext.distDir, 'src/bootstrap/portal-token.js'));
  const strapi = createStrapi(appContext);
  strapi.log.level = 'warn';
  await strapi.load();
  try {
    // Strapi 5.54's name for the content-API token service; `admin::api-token` is its deprecated alias.
    const tokens = strapi.service('admin::api-token-content-api');
    if (await tokens.exists({ name: options.name })) {
      throw new Error(
        `An API token named "${options.name}" exists already. Choose another name, or regenerate or delete that token in the admin (Settings → API Tokens).`,
      );
    }
    const readOnly = options.type === 'read-only';
    const permissions = readOnly ? contentReadActions(strapi) : undefined;
    const token = await tokens.create({ ...options, ...(readOnly ? { type: 'custom', permissions } : {}), lifespan: null });
    const scope = readOnly ? ' (find and findOne of the content types only)' : '';
    console.log(`Created the ${options.type} API token "${token.name}"${scope} (id ${token.id}), valid until revoked.`);
    console.log('Store it now, e.g. in a password manager: this command will not show it again.');
    console.log('');
    console.log(token.accessKey);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
