// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES, wallClockAt } from './locales.mjs';
import { WEB_DIR } from './paths.mjs';
import { FIXTURES_DIR as FIXTURES } from './demo-entries.mjs';

/**
 * What the visitor should see, read from the same sources the run is built from: the CMS's demo
 * content (seed fixtures) and the portal's UI messages. Tests then say "the Arabic title of the
 * mediation service", not a copy of it that would drift.
 */
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** @type {Record<string, any>} */
const entries = readJson(path.join(FIXTURES, 'entries.json'));
/** @type {Map<string, Record<string, any>>} */
const texts = new Map();

/** The demo text of a locale: `text(locale).services[key].title`. */
export function text(locale) {
  if (!texts.has(locale)) texts.set(locale, readJson(path.join(FIXTURES, 'text', `${locale}.json`)));
  return /** @type {Record<string, any>} */ (texts.get(locale));
}

/** The portal's UI text of a locale: `messages(locale).Navigation.service`. */
export function messages(locale) {
  return readJson(path.join(WEB_DIR, 'messages', `${locale}.json`));
}

/** An entry of a group in a locale (title, slug…), or undefined when it is not translated there. */
export function entry(group, key, locale) {
  return text(locale)[group]?.[key];
}

/** The mediators who speak a language (by its fixture key), by display name. */
export function mediatorsSpeaking(languageKey) {
  return entries.mediators.filter((mediator) => mediator.languages.includes(languageKey)).map((mediator) => mediator.displayName);
}

/**
 * An event's start as the CMS of the run holds it, as wall-clock time in Europe/Rome
 * (`2026-12-10T18:00`). Demo event dates are relative to the day the seed ran, so the fixtures
 * only say how many days away; the CMS has the date.
 */
export async function eventStartsAt(key) {
  const slug = entry('events', key, 'it')?.slug;
  if (!slug) throw new Error(`No event "${key}" in the seed fixtures`);
  const base = process.env.E2E_CMS_URL;
  if (!base) throw new Error('E2E_CMS_URL is not set: run the browser tests through e2e/run.mjs');
  const response = await fetch(`${base}/api/events?locale=it&filters[slug][$eq]=${encodeURIComponent(slug)}&fields[0]=startsAt`);
  const body = /** @type {{ data: Array<{ startsAt: string }> }} */ (await response.json());
  if (!response.ok || body.data.length !== 1) throw new Error(`The CMS has no published event "${slug}" (${response.status})`);
  const clock = wallClockAt(new Date(body.data[0].startsAt));
  const two = (/** @type {number} */ value) => String(value).padStart(2, '0');
  return `${clock.year}-${two(clock.month)}-${two(clock.day)}T${two(clock.hour)}:${two(clock.minute)}`;
}

export function languageIsoCode(languageKey) {
  const language = entries.languages.find((candidate) => candidate.key === languageKey);
  if (!language) throw new Error(`No language "${languageKey}" in the seed fixtures`);
  return language.isoCode;
}

export function locale(code) {
  const found = LOCALES.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`No locale "${code}" in packages/types`);
  return found;
}
