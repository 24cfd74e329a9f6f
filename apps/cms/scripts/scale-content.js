#!/usr/bin/env node
/**
 * Benchmarks only (`npm run bench`): the demo content, then copies of it until the catalogue is
 * `--factor` times (20 by default) the demo — at least 300 events, 150 services, 60 mediators and
 * 60 school workshops — translated into a varying subset of the languages (gaps on purpose, so
 * the portal's Italian fallback is measured too). Events are spread over the year before and the
 * year after today. Never run it on a database that matters: it writes hundreds of entries.
 */
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const path = require('node:path');
const { CONTENT_TYPE_REGISTRY, DEFAULT_LOCALE, LOCALE_CODES } = require('@welfare/types');

const MINIMUM = { event: 300, service: 150, mediator: 60, 'school-workshop': 60 };
const DAY_MS = 24 * 60 * 60 * 1000;

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** A component or a list of them, as data for a new document: no ids, relations by documentId. */
function componentData(value) {
  if (Array.isArray(value)) return value.map(componentData);
  if (!value || typeof value !== 'object') return value;
  const data = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'id') continue;
    data[key] =
      inner && typeof inner === 'object' && !Array.isArray(inner) && 'documentId' in inner ? inner.documentId : componentData(inner);
  }
  return data;
}

/** The copy `n` of an entry: the same text with a number, a unique slug, the same relations. */
function copyData(strapi, uid, facts, entry, n) {
  const { attributes } = strapi.contentType(uid);
  const data = {};
  for (const [field, attribute] of Object.entries(attributes)) {
    if (['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(field)) continue;
    const value = entry[field];
    if (value === undefined || value === null) continue;
    if (attribute.type === 'relation') data[field] = Array.isArray(value) ? value.map((related) => related.documentId) : value.documentId;
    else if (attribute.type === 'component') data[field] = componentData(value);
    else if (attribute.type === 'media') data[field] = Array.isArray(value) ? value.map((file) => file.id) : value.id;
    else data[field] = value;
  }
  if (facts.hasSlug) data.slug = `${entry.slug}-${n}`;
  data[facts.titleField] = `${entry[facts.titleField]} ${n}`;
  return data;
}

async function scaleType(strapi, name, factor) {
  const facts = CONTENT_TYPE_REGISTRY[name];
  const documents = strapi.documents(facts.uid);
  const templates = await documents.findMany({ locale: DEFAULT_LOCALE, status: 'published', populate: '*', limit: 1000 });
  if (templates.length === 0) return 0;
  const target = Math.max(MINIMUM[name], templates.length * factor);
  let created = 0;
  for (let n = 1; templates.length + created < target; n += 1) {
    const template = templates[(n - 1) % templates.length];
    const data = copyData(strapi, facts.uid, facts, template, n);
    if (name === 'event') {
      // A year on either side of today: two thirds upcoming, one third past.
      const startsAt = new Date(Date.now() + ((n % 540) - 180) * DAY_MS);
      startsAt.setUTCHours(15, 0, 0, 0);
      data.startsAt = startsAt.toISOString();
      data.endsAt = new Date(startsAt.getTime() + 2 * 60 * 60 * 1000).toISOString();
    }
    const copy = await documents.create({ locale: DEFAULT_LOCALE, data });
    // Translated into some languages only, a different subset for each copy.
    for (const [index, locale] of LOCALE_CODES.entries()) {
      if (locale === DEFAULT_LOCALE || (n + index) % 3 === 0) continue;
      const translation = await documents.findOne({ documentId: template.documentId, locale, status: 'published', populate: '*' });
      if (!translation) continue;
      const text = {};
      for (const field of [...facts.textFields, ...facts.richTextFields]) if (translation[field] != null) text[field] = translation[field];
      if (facts.hasSlug) text.slug = `${translation.slug}-${n}`;
      text[facts.titleField] = `${translation[facts.titleField]} ${n}`;
      await documents.update({ documentId: copy.documentId, locale, data: text });
    }
    await documents.publish({ documentId: copy.documentId, locale: '*' });
    created += 1;
  }
  return created;
}

async function main() {
  const factor = argument('factor', 20);
  const appContext = await compileStrapi();
  const strapi = await createStrapi(appContext).load();
  try {
    const { seedDemoContent } = require(path.join(appContext.distDir, 'src', 'seed', 'demo-content'));
    const { withoutPortalNotices } = require(path.join(appContext.distDir, 'src', 'portal-notification', 'notify-on-change'));
    await seedDemoContent(strapi);
    const report = {};
    // No portal listens while the catalogue is made.
    await withoutPortalNotices(async () => {
      for (const name of Object.keys(MINIMUM)) report[name] = await scaleType(strapi, name, factor);
    });
    console.log(`Scale report: ${JSON.stringify(report)}`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
