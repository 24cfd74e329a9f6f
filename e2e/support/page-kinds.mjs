// @ts-check
import { entry, text } from '@welfare/test-support/content';

/**
 * Every kind of page of the portal in one language, with a real address from the demo content:
 * what the accessibility and reflow checks visit.
 * `hreflang`: which language versions the page's head lists (lib/alternates.ts): by default its own
 * address in every language; `translations only` for an entry shown in Italian where it is not
 * translated (its own language is not among them); `none` for pages not to be indexed.
 * @typedef {{ kind: string, path: string, status?: number, openLanguageMenu?: boolean, hreflang?: 'translations only' | 'none' }} PageKind
 */

/** An entry of the demo content left untranslated in a locale, shown there in Italian with a notice. */
const UNTRANSLATED = {
  ur: ['events', 'impariamo-conoscendoci-incontro-di-festa', 'events'],
  uk: ['pages', 'consulta-stranieri', 'pages'],
};

/** @returns {PageKind[]} */
export function pageKinds(code) {
  const slug = (group, key) => entry(group, key, code).slug;
  const searchWord = entry('services', 'mediazione-linguistico-culturale', code).title.split(' ')[0];
  /** @type {PageKind[]} */
  const kinds = [
    { kind: 'home', path: `/${code}` },
    { kind: 'home, language menu open', path: `/${code}`, openLanguageMenu: true },
    { kind: 'services', path: `/${code}/services` },
    { kind: 'services filtered by mediation language', path: `/${code}/services/language/ar` },
    { kind: 'service', path: `/${code}/services/${slug('services', 'mediazione-linguistico-culturale')}` },
    { kind: 'mediators', path: `/${code}/mediators` },
    { kind: 'school workshops', path: `/${code}/school-workshops` },
    { kind: 'school workshop', path: `/${code}/school-workshops/${slug('school-workshops', 'culture-in-dialogo')}` },
    { kind: 'events', path: `/${code}/events` },
    { kind: 'past events (archive)', path: `/${code}/events/archive` },
    { kind: 'event', path: `/${code}/events/${slug('events', 'presentazione-consulta-stranieri')}` },
    { kind: 'editorial page', path: `/${code}/pages/${slug('pages', 'progetto-fami-lab-impact')}` },
    { kind: 'search results', path: `/${code}/search?q=${encodeURIComponent(searchWord)}` },
    // "Storie di migrazione" has no Urdu, Albanian or Ukrainian text: there, a result in Italian.
    { kind: 'search results, an untranslated entry among them', path: `/${code}/search?q=migrazione` },
    { kind: 'search without result (suggestions)', path: `/${code}/search?q=zzxqvw` },
    {
      kind: 'page rating without JavaScript, reason step',
      path: `/${code}/page-rating?${new URLSearchParams({ page: `/${code}`, score: '2' })}`,
      hreflang: 'none',
    },
    { kind: 'offline page', path: `/${code}/offline`, hreflang: 'none' },
    { kind: '404', path: `/${code}/pagina-inesistente`, status: 404, hreflang: 'none' },
  ];
  const untranslated = UNTRANSLATED[code];
  if (untranslated) {
    const [group, key, route] = untranslated;
    if (text(code)[group]?.[key]) throw new Error(`${group}/${key} is translated into ${code} now: pick another untranslated entry`);
    kinds.push({
      kind: 'entry without translation (Italian text, notice)',
      path: `/${code}/${route}/${entry(group, key, 'it').slug}`,
      hreflang: 'translations only',
    });
  }
  return kinds;
}
