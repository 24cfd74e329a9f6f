#!/usr/bin/env node
// `npm run seed`: loads the demo content into the configured database (idempotent).
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const path = require('node:path');

async function main() {
  const appContext = await compileStrapi();
  const strapi = await createStrapi(appContext).load();
  try {
    const { seedDemoContent } = require(path.join(appContext.distDir, 'src', 'seed', 'demo-content'));
    const report = await seedDemoContent(strapi);
    // One line, so scripts (and the tests) can find the report among Strapi's logs.
    console.log(`Seed report: ${JSON.stringify(report)}`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
