#!/usr/bin/env node
// `npm run openapi`: writes openapi.json, the partner API's OpenAPI document, from the CMS's own
// schemas: Strapi's generator (the one behind `strapi openapi generate`), then our post-processing
// (src/documentation/partner-openapi.ts). Same code in, same bytes out: tests/openapi.test.ts
// regenerates it and fails when the committed file is out of date.
//
//   node scripts/openapi.js [--output <file>]      default: openapi.json beside package.json
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const APP_DIR = path.resolve(__dirname, '..');

function outputFile(argv) {
  const index = argv.indexOf('--output');
  if (index === -1) return path.join(APP_DIR, 'openapi.json');
  if (!argv[index + 1]) throw new Error('--output needs a file name');
  return path.resolve(argv[index + 1]);
}

// The generator ships with @strapi/strapi; resolve it from there rather than rely on hoisting.
function strapiOpenApi() {
  const strapiDir = path.dirname(require.resolve('@strapi/strapi/package.json'));
  return require(require.resolve('@strapi/openapi', { paths: [strapiDir] }));
}

async function main() {
  const output = outputFile(process.argv.slice(2));
  // The document depends on the code only: a throw-away SQLite database, no demo content, and
  // nothing from the environment's database or .env.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-openapi-'));
  const cleanUp = () => fs.rmSync(scratch, { recursive: true, force: true });
  // Also on exit: compileStrapi exits the process itself on a TypeScript error.
  process.on('exit', cleanUp);
  Object.assign(process.env, {
    NODE_ENV: 'development',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(scratch, 'openapi.db'),
    SEED_DEMO_CONTENT: 'false',
    ENV_PATH: path.join(scratch, 'no.env'),
  });
  const appContext = await compileStrapi({ appDir: APP_DIR });
  const strapi = createStrapi(appContext);
  strapi.log.level = 'error';
  await strapi.load();
  try {
    strapi.server.mount(); // the generator reads the mounted routes
    const { generate } = strapiOpenApi();
    const { describeContentModel } = require(path.join(appContext.distDir, 'src', 'documentation', 'content-model'));
    const { partnerDocument } = require(path.join(appContext.distDir, 'src', 'documentation', 'partner-openapi'));
    const document = partnerDocument(generate(strapi, { type: 'content-api' }).document, describeContentModel(strapi));
    fs.mkdirSync(path.dirname(output), { recursive: true });
    fs.writeFileSync(output, `${JSON.stringify(document, null, 2)}\n`);
    console.log(
      `OpenAPI document written to ${path.relative(process.cwd(), output) || output}: ${Object.keys(document.paths).length} paths`,
    );
  } finally {
    await strapi.destroy(); // removes every process listener, the one above included
    cleanUp();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
