/**
 * A local stand-in for the two machine-translation providers the CMS talks to, written from their
 * public API documentation (no provider is reachable from the test machines):
 *
 * DeepL API (developers.deepl.com), as the official client deepl-node sends it:
 * - every request: `Authorization: DeepL-Auth-Key <key>`, else 403 `{"message": …}`;
 * - POST /v2/translate, form-encoded (or JSON): `text` (repeated, at most 50), `target_lang`,
 *   `source_lang`, `tag_handling` (`html`/`xml`), `ignore_tags`, `glossary_id`, … →
 *   `{"translations": [{"detected_source_language", "text", "billed_characters"}]}`;
 *   characters counted per account (`/v2/usage`), 456 "Quota exceeded" past the limit;
 * - GET /v2/usage → `{"character_count", "character_limit"}`; GET /v2/languages;
 *   GET /v2/glossary-language-pairs → `{"supported_languages": [{"source_lang", "target_lang"}]}`;
 * - /v2/glossaries: POST (name, source_lang, target_lang, entries, entries_format=tsv) → 201 the
 *   glossary's info, GET (list), GET /{id}, GET /{id}/entries (TSV), DELETE /{id} → 204.
 *
 * LibreTranslate (libretranslate.com/docs):
 * - POST /translate, JSON or form: `q` (a text or an array of texts), `source`, `target`,
 *   `format` (`text`/`html`), `api_key` → `{"translatedText": …}` (an array for an array);
 *   403 `{"error": "Invalid API key"}`, 400 for a missing parameter or an unknown language;
 * - GET /languages → `[{"code", "name", "targets"}]`.
 *
 * "Translation" is a visible pseudo-translation: each word into the target's script (Arabic
 * letters for ar and ur, Cyrillic for uk) or, for the Latin-script languages, upper case. With
 * HTML handling only text between tags is touched; DeepL leaves `ignore_tags` and glossary terms as
 * they are; LibreTranslate, which has neither, translates everything between tags.
 *
 * The test controls it over HTTP (so a test in another process can too):
 * - POST /__stand-in/fail `{"provider": "deepl"|"libretranslate", "status": 429, "times": 2}`:
 *   the next `times` translate requests of that provider answer `status` (`"hang": true`: never answer);
 * - POST /__stand-in/limit `{"characterLimit": n}`; POST /__stand-in/reset;
 * - GET /__stand-in/requests: what was received (path, provider, params, texts).
 *
 * `node translation-stand-in.mjs` starts one on a free port and prints `{"url": …}` on its first line.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const ARABIC = {
  a: 'ا',
  b: 'ب',
  c: 'ك',
  d: 'د',
  e: 'ي',
  f: 'ف',
  g: 'غ',
  h: 'ه',
  i: 'ي',
  j: 'ج',
  k: 'ك',
  l: 'ل',
  m: 'م',
  n: 'ن',
  o: 'و',
  p: 'ب',
  q: 'ق',
  r: 'ر',
  s: 'س',
  t: 'ت',
  u: 'و',
  v: 'ف',
  w: 'و',
  x: 'كس',
  y: 'ي',
  z: 'ز',
};
const URDU = { ...ARABIC, c: 'ک', k: 'ک', g: 'گ', p: 'پ', t: 'ٹ', e: 'ے', y: 'ی', i: 'ی' };
const CYRILLIC = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'і',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'и',
  z: 'з',
};
const SCRIPTS = { ar: ARABIC, ur: URDU, uk: CYRILLIC };
const DEEPL_TARGETS = [
  'AR',
  'BG',
  'CS',
  'DA',
  'DE',
  'EL',
  'EN-GB',
  'EN-US',
  'ES',
  'ET',
  'FI',
  'FR',
  'HU',
  'ID',
  'IT',
  'JA',
  'KO',
  'LT',
  'LV',
  'NB',
  'NL',
  'PL',
  'PT-BR',
  'PT-PT',
  'RO',
  'RU',
  'SK',
  'SL',
  'SV',
  'TR',
  'UK',
  'ZH',
];
const LIBRE_LANGUAGES = ['it', 'en', 'fr', 'ar', 'ur', 'ro', 'sq', 'uk'];

/** One word in the target language's pseudo-translation. */
export function pseudoWord(word, target) {
  const letters = SCRIPTS[target.toLowerCase().split('-')[0]];
  if (!letters) return word.toLocaleUpperCase('it');
  return [...word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()].map((letter) => letters[letter] ?? letter).join('');
}

const pseudoText = (text, target) => text.replace(/\p{L}+/gu, (word) => pseudoWord(word, target));

function escapeRegExp(value) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Translates plain text, leaving glossary terms as the glossary says. */
function translatePlain(text, target, glossary) {
  if (!glossary || glossary.size === 0) return pseudoText(text, target);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...glossary.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  let result = '';
  let position = 0;
  for (const match of text.matchAll(pattern)) {
    result += pseudoText(text.slice(position, match.index), target);
    const source = [...glossary.keys()].find((term) => term.toLowerCase() === match[0].toLowerCase());
    result += source === undefined ? match[0] : glossary.get(source);
    position = match.index + match[0].length;
  }
  return result + pseudoText(text.slice(position), target);
}

/**
 * Translates text between tags; the content of an ignored tag is left as it is.
 * @param {string} markup
 * @param {string} target
 * @param {{ ignoreTags?: string[], glossary?: Map<string, string> }} [options]
 */
function translateMarkup(markup, target, { ignoreTags = [], glossary } = {}) {
  let result = '';
  let position = 0;
  const ignored = [];
  for (const match of markup.matchAll(/<\s*(\/?)\s*([a-zA-Z][\w-]*)[^>]*>/g)) {
    const text = markup.slice(position, match.index);
    result += ignored.length > 0 ? text : translatePlain(text, target, glossary);
    result += match[0];
    position = match.index + match[0].length;
    const tag = match[2].toLowerCase();
    if (ignoreTags.includes(tag) && !/\/\s*>$/.test(match[0])) {
      if (match[1]) ignored.pop();
      else ignored.push(tag);
    }
  }
  const rest = markup.slice(position);
  return result + (ignored.length > 0 ? rest : translatePlain(rest, target, glossary));
}

const billed = (text, tagHandling) => [...(tagHandling ? text.replace(/<[^>]*>/g, '') : text)].length;

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = String(request.headers['content-type'] ?? '');
  if (type.includes('application/json')) {
    try {
      return { fields: JSON.parse(raw || '{}'), raw };
    } catch {
      return { fields: null, raw };
    }
  }
  /** @type {Record<string, string | string[]>} */
  const fields = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    const present = fields[name];
    fields[name] = present === undefined ? value : Array.isArray(present) ? [...present, value] : [present, value];
  }
  return { fields, raw };
}

/** @param {unknown} value @returns {string[]} */
const list = (value) => (value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);

/** @typedef {{ provider: string, status: number, times: number, hang: boolean }} Failure */
/** @typedef {{ provider: string, path: string, params: Record<string, unknown>, texts: string[] }} ReceivedRequest */
/** @typedef {{ info: { glossary_id: string, name: string, ready: boolean, source_lang: string, target_lang: string, creation_time: string, entry_count: number }, entries: Map<string, string> }} Glossary */

/**
 * @param {{ deeplKey?: string, libreKey?: string, characterLimit?: number, port?: number }} [options]
 */
export async function startTranslationStandIn(options = {}) {
  const deeplKey = options.deeplKey ?? 'stand-in-deepl-key:fx';
  const libreKey = options.libreKey ?? 'stand-in-libre-key';
  /** @type {{ characterCount: number, characterLimit: number, failures: Failure[], requests: ReceivedRequest[], glossaries: Map<string, Glossary> }} */
  const state = { characterCount: 0, characterLimit: options.characterLimit ?? 500_000, failures: [], requests: [], glossaries: new Map() };

  const send = (response, status, body, type = 'application/json') => {
    response.writeHead(status, { 'content-type': type });
    response.end(type === 'application/json' ? JSON.stringify(body) : body);
  };
  /** A failure the test asked for, taken once; `hang` answers never (the client's timeout). */
  const failure = (provider) => {
    const index = state.failures.findIndex((entry) => entry.provider === provider && entry.times > 0);
    if (index < 0) return undefined;
    state.failures[index].times -= 1;
    return state.failures[index];
  };

  const deepl = async (request, response, path, url) => {
    if (request.headers.authorization !== `DeepL-Auth-Key ${deeplKey}`) return send(response, 403, { message: 'Forbidden' });
    const { fields } = ['POST', 'PUT', 'PATCH'].includes(request.method)
      ? await readBody(request)
      : { fields: Object.fromEntries(url.searchParams) };
    if (!fields) return send(response, 400, { message: 'Bad request. Reason: invalid JSON' });
    if (path === '/v2/usage' && request.method === 'GET')
      return send(response, 200, { character_count: state.characterCount, character_limit: state.characterLimit });
    if (path === '/v2/languages' && request.method === 'GET') {
      return send(
        response,
        200,
        fields.type === 'target'
          ? DEEPL_TARGETS.map((language) => ({ language, name: language }))
          : DEEPL_TARGETS.filter((code) => !code.includes('-')).map((language) => ({ language, name: language })),
      );
    }
    if (path === '/v2/glossary-language-pairs' && request.method === 'GET') {
      const languages = [...new Set(DEEPL_TARGETS.map((code) => code.split('-')[0].toLowerCase()))];
      return send(response, 200, {
        supported_languages: languages.flatMap((source) =>
          languages.filter((target) => target !== source).map((target) => ({ source_lang: source, target_lang: target })),
        ),
      });
    }
    if (path === '/v2/translate' && request.method === 'POST') {
      const texts = list(fields.text);
      state.requests.push({ provider: 'deepl', path, params: { ...fields, text: undefined }, texts });
      const failing = failure('deepl');
      if (failing?.hang) return undefined;
      if (failing)
        return send(response, failing.status, {
          message: failing.status === 456 ? 'Quota exceeded' : failing.status === 429 ? 'Too many requests' : 'Internal error',
        });
      const target = String(fields.target_lang ?? '').toUpperCase();
      if (texts.length === 0) return send(response, 400, { message: "Value for 'text' not provided." });
      if (texts.length > 50) return send(response, 413, { message: 'Too many texts: at most 50 per request.' });
      if (!DEEPL_TARGETS.includes(target)) return send(response, 400, { message: `Value for 'target_lang' not supported.` });
      let glossary;
      if (fields.glossary_id) {
        glossary = state.glossaries.get(fields.glossary_id);
        if (!glossary) return send(response, 404, { message: 'Glossary not found' });
        if (!fields.source_lang)
          return send(response, 400, { message: "Use of a glossary requires the 'source_lang' parameter to be specified." });
        if (glossary.info.target_lang !== target.toLowerCase().split('-')[0])
          return send(response, 400, { message: 'Glossary target language does not match.' });
      }
      const tagHandling = fields.tag_handling === 'html' || fields.tag_handling === 'xml' ? fields.tag_handling : undefined;
      const characters = texts.reduce((sum, text) => sum + billed(text, tagHandling), 0);
      if (state.characterCount + characters > state.characterLimit) return send(response, 456, { message: 'Quota exceeded' });
      state.characterCount += characters;
      const ignoreTags = String(fields.ignore_tags ?? '')
        .split(',')
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean);
      return send(response, 200, {
        translations: texts.map((text) => ({
          detected_source_language: String(fields.source_lang ?? 'IT').toUpperCase(),
          text: tagHandling
            ? translateMarkup(text, target, { ignoreTags, glossary: glossary?.entries })
            : translatePlain(text, target, glossary?.entries),
          billed_characters: billed(text, tagHandling),
        })),
      });
    }
    if (path === '/v2/glossaries' && request.method === 'POST') {
      state.requests.push({ provider: 'deepl', path, params: fields, texts: [] });
      if (!fields.name || !fields.source_lang || !fields.target_lang || typeof fields.entries !== 'string')
        return send(response, 400, { message: 'Missing name, source_lang, target_lang or entries.' });
      if ((fields.entries_format ?? 'tsv') !== 'tsv') return send(response, 400, { message: 'Only tsv entries in this stand-in.' });
      /** @type {Map<string, string>} */
      const entries = new Map();
      for (const line of fields.entries.split(/\r?\n/).filter(Boolean)) {
        const [source, target] = line.split('\t');
        if (!source || !target) return send(response, 400, { message: `Invalid glossary entry: ${line}` });
        entries.set(source, target);
      }
      const info = {
        glossary_id: randomUUID(),
        name: fields.name,
        ready: true,
        source_lang: String(fields.source_lang).toLowerCase(),
        target_lang: String(fields.target_lang).toLowerCase(),
        creation_time: new Date().toISOString(),
        entry_count: entries.size,
      };
      state.glossaries.set(info.glossary_id, { info, entries });
      return send(response, 201, info);
    }
    if (path === '/v2/glossaries' && request.method === 'GET')
      return send(response, 200, { glossaries: [...state.glossaries.values()].map((glossary) => glossary.info) });
    const glossaryPath = /^\/v2\/glossaries\/([^/]+)(\/entries)?$/.exec(path);
    if (glossaryPath) {
      const glossary = state.glossaries.get(glossaryPath[1]);
      if (!glossary) return send(response, 404, { message: 'Glossary not found' });
      if (request.method === 'DELETE' && !glossaryPath[2]) {
        state.glossaries.delete(glossaryPath[1]);
        response.writeHead(204).end();
        return undefined;
      }
      if (request.method === 'GET' && glossaryPath[2]) {
        return send(
          response,
          200,
          [...glossary.entries].map(([source, target]) => `${source}\t${target}`).join('\n'),
          'text/tab-separated-values',
        );
      }
      if (request.method === 'GET') return send(response, 200, glossary.info);
    }
    return send(response, 404, { message: 'Not found' });
  };

  const libre = async (request, response, path) => {
    if (path === '/languages' && request.method === 'GET') {
      return send(
        response,
        200,
        LIBRE_LANGUAGES.map((code) => ({ code, name: code, targets: LIBRE_LANGUAGES.filter((other) => other !== code) })),
      );
    }
    if (path !== '/translate' || request.method !== 'POST') return send(response, 404, { error: 'Not Found' });
    const { fields } = await readBody(request);
    if (!fields) return send(response, 400, { error: 'Invalid JSON' });
    state.requests.push({ provider: 'libretranslate', path, params: { ...fields, q: undefined }, texts: list(fields.q) });
    if (fields.api_key !== libreKey) return send(response, 403, { error: 'Invalid API key' });
    const failing = failure('libretranslate');
    if (failing?.hang) return undefined;
    if (failing)
      return send(response, failing.status, { error: failing.status === 429 ? 'Too many request limits violations' : 'Internal error' });
    for (const name of ['q', 'source', 'target'])
      if (fields[name] === undefined || fields[name] === '')
        return send(response, 400, { error: `Invalid request: missing ${name} parameter` });
    if (!LIBRE_LANGUAGES.includes(fields.source)) return send(response, 400, { error: `${fields.source} is not supported` });
    if (!LIBRE_LANGUAGES.includes(fields.target)) return send(response, 400, { error: `${fields.target} is not supported` });
    const format = fields.format ?? 'text';
    const translate = (text) =>
      format === 'html' ? translateMarkup(String(text), fields.target) : pseudoText(String(text), fields.target);
    return send(response, 200, { translatedText: Array.isArray(fields.q) ? fields.q.map(translate) : translate(fields.q) });
  };

  const control = async (request, response, path) => {
    if (path === '/__stand-in/requests') return send(response, 200, state.requests);
    const { fields } = await readBody(request);
    if (path === '/__stand-in/fail')
      state.failures.push({
        provider: fields.provider,
        status: Number(fields.status ?? 500),
        times: Number(fields.times ?? 1),
        hang: Boolean(fields.hang),
      });
    else if (path === '/__stand-in/limit') state.characterLimit = Number(fields.characterLimit);
    else if (path === '/__stand-in/reset') {
      state.failures = [];
      state.requests = [];
      state.characterCount = 0;
      state.characterLimit = options.characterLimit ?? 500_000;
    } else return send(response, 404, { error: 'Not Found' });
    return send(response, 200, { ok: true });
  };

  const hanging = new Set();
  const server = http.createServer((request, response) => {
    hanging.add(response);
    response.on('close', () => hanging.delete(response));
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const path = url.pathname;
    const handler = path.startsWith('/__stand-in/')
      ? control(request, response, path)
      : path.startsWith('/v2/')
        ? deepl(request, response, path, url)
        : libre(request, response, path);
    handler.catch((error) => send(response, 500, { message: String(error) }));
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined)));
  const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return {
    url,
    deeplKey,
    libreKey,
    state,
    async close() {
      for (const response of hanging) response.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const standIn = await startTranslationStandIn({ deeplKey: process.env.STAND_IN_DEEPL_KEY, libreKey: process.env.STAND_IN_LIBRE_KEY });
  process.stdout.write(`${JSON.stringify({ url: standIn.url, deeplKey: standIn.deeplKey, libreKey: standIn.libreKey })}\n`);
  const stop = () => standIn.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
