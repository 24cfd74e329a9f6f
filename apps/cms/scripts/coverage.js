#!/usr/bin/env node
// `npm run coverage`: which entries lack a translation, and which translations are older than the
// Italian, per type and language. `--json` prints the report as JSON; `--locale=ar` puts Arabic first.
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const path = require('node:path');

async function main() {
  const args = process.argv.slice(2);
  const first = args.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length);
  const appContext = await compileStrapi();
  const strapi = await createStrapi(appContext).load();
  try {
    const { coverageReport, localesFor } = require(path.join(appContext.distDir, 'src', 'translation-coverage', 'coverage-report'));
    const { coverageText } = require(path.join(appContext.distDir, 'src', 'translation-coverage', 'coverage-text'));
    const report = await coverageReport(strapi, { locales: localesFor(first ? [`translator-${first}`] : []) });
    const adminUrl = (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 1337}`).replace(/\/+$/, '');
    console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : coverageText(report, adminUrl));
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
