// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from './locales.mjs';
import { CMS_DIR, WEB_DIR } from './stack.mjs';

/**
 * What the visitor should see, read from the same sources the run is built from: the CMS's demo
 * content (seed fixtures) and the portal's UI messages. Tests then say "the Arabic title of the
 * mediation service", not a copy of it that would drift.
 */
const FIXTURES = path.join(CMS_DIR, 'seed', 'fixtures');
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

/** The portal's UI text of a locale: `messages(locale).Navigation.services`. */
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

/** An event's start as the agency wrote it: wall-clock time in Europe/Rome, `2026-12-10T18:00`. */
export function eventStartsAt(key) {
  const event = entries.events.find((candidate) => candidate.key === key);
  if (!event) throw new Error(`No event "${key}" in the seed fixtures`);
  return event.startsAt;
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
