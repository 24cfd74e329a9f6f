#!/usr/bin/env node
/**
 * draw-posters.mjs — draws the demo event posters that the seed uploads to
 * the Strapi media library.
 *
 * For every event in seed/fixtures/entries.json and every locale whose
 * seed/fixtures/text/<locale>.json contains that event, it builds an SVG
 * poster (600×850, Bootstrap Italia palette) with the title, time of day,
 * place, agency name and the "FAMI 2014-2020 · Lab'Impact" strip, and
 * renders it with sharp (librsvg + Pango) to a palette PNG at
 * seed/posters/<event-key>/<locale>.png. Existing files are overwritten.
 *
 * No date: the demo event dates are relative to the day the seed runs
 * (entries.json), so a printed date would contradict the event's page. The
 * time shown is taken from the event's posterAlt in that locale (so the
 * poster and its alternative text always agree) and checked against startsAt.
 *
 * Text is wrapped by measuring each candidate line with Pango (sharp's text
 * input), i.e. with the same fonts that render the SVG.
 *
 * Developer tool, not run in CI. It needs the Noto fonts installed through
 * fontconfig, otherwise Arabic/Urdu come out as boxes or unjoined letters:
 *   Debian/Ubuntu: apt-get install -y fonts-noto-core fonts-noto-extra
 *   (fonts-noto-core: Noto Sans incl. Cyrillic, Noto Naskh Arabic and
 *    Noto Nastaliq Urdu; fonts-noto-extra: the SemiBold weights of Noto Sans)
 *   check: fc-list | grep -i "naskh\|nastaliq"
 * No external images or fonts are fetched.
 *
 * Run from the repository root:
 *   node apps/cms/scripts/draw-posters.mjs
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import localeRegistry from '@welfare/types';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED_DIR = path.resolve(here, '../seed');
const FIXTURES = path.join(SEED_DIR, 'fixtures');
const OUT_DIR = path.join(SEED_DIR, 'posters');

// The registered languages, and the script each is written in (packages/types/src/locales.ts).
const { LOCALE_CODES: LOCALES, getLocale } = localeRegistry;

const W = 600;
const H = 850;
const MARGIN = 40;
const STRIP_TEXT = "FAMI 2014-2020 · Lab'Impact";

// Bootstrap Italia palette
const C = {
  primary: '#0066CC',
  primaryDark: '#004D99',
  navy: '#17324D',
  white: '#FFFFFF',
  light: '#F2F7FC',
  pale: '#CCE0F5',
  mid: '#80B3E6',
  grey: '#5C6F82', // neutral grey, 5.3:1 on white
};

// Per-script typography. `lh` is the line height as a multiple of the
// font size, `base` where the baseline sits inside a line box (fraction of
// the font size below the box centre), `k` scales the nominal font sizes
// (Nastaliq is visually larger at the same size).
const LATIN = {
  family: "'Noto Sans'",
  pango: 'Noto Sans',
  rtl: false,
  lh: 1.24,
  base: 0.36,
  k: 1,
  barGap: 18, // title accent bar, px above the title
};
const SCRIPTS = {
  Arab: {
    family: "'Noto Naskh Arabic', 'Noto Sans'",
    pango: 'Noto Naskh Arabic, Noto Sans',
    rtl: true,
    lh: 1.55,
    base: 0.3,
    k: 1.1,
    barGap: 20,
  },
  Aran: {
    family: "'Noto Nastaliq Urdu', 'Noto Sans'",
    pango: 'Noto Nastaliq Urdu, Noto Sans',
    rtl: true,
    lh: 1.95,
    base: 0.12,
    k: 0.92,
    barGap: 40, // Nastaliq ascenders rise well above the line box
    titleShift: 10,
  },
};
// Latin and Cyrillic (Noto Sans covers both) share one typography.
const scriptFor = (locale) => SCRIPTS[getLocale(locale).script] ?? LATIN;

// ---------------------------------------------------------------- helpers

const xml = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

// Pango markup only needs &, < and > escaped.
const markup = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const r1 = (n) => Math.round(n * 10) / 10;

const widthCache = new Map();
/** Width in px of a single line of text, measured with Pango. */
async function measure(text, script, size, weight) {
  const bold = weight >= 600 ? (weight >= 700 ? ' Bold' : ' SemiBold') : '';
  // sharp's text input takes a Pango font description; at 72 dpi 1pt = 1px.
  const font = `${script.pango}${bold} ${r1(size)}`;
  const key = `${font}\u0000${text}`;
  if (!widthCache.has(key)) {
    const { info } = await sharp({ text: { text: markup(text), font, dpi: 72 } })
      .png()
      .toBuffer({ resolveWithObject: true });
    widthCache.set(key, info.width);
  }
  return widthCache.get(key);
}

/**
 * Splits text into wrapping units (arrays of words printed together).
 * A lone punctuation mark sticks to its neighbour: the French "»" and " :"
 * to the word before, "«" and a spaced dash to the word after. In
 * right-to-left scripts a bracketed or quoted group, e.g.
 * "(Azienda Territoriale per i Servizi alla Persona)", is a unit too: each
 * line is a separate <text> with its own bidi resolution, so a group broken
 * across lines would come out with its brackets mirrored at the wrong ends.
 */
function units(text, script) {
  const words = [];
  for (const w of text.trim().split(/\s+/)) {
    const prev = words.length ? words[words.length - 1] : null;
    if (prev && /^[»”:;!?]+$/u.test(w)) words[words.length - 1] = `${prev} ${w}`;
    else if (prev && /^([«“]+|[–—])$/u.test(prev)) words[words.length - 1] = `${prev} ${w}`;
    else words.push(w);
  }
  if (!script.rtl) return words.map((w) => [w]);
  const out = [];
  let depth = 0;
  for (const w of words) {
    if (depth > 0) out[out.length - 1].push(w);
    else out.push([w]);
    for (const ch of w) {
      if ('(«“'.includes(ch)) depth += 1;
      else if (')»”'.includes(ch)) depth = Math.max(0, depth - 1);
    }
  }
  return out;
}

/**
 * Greedy wrap. Returns null if a word (or, unless breakGroups, a group) is
 * wider than maxWidth.
 */
async function wrapGreedy(text, script, size, weight, maxWidth, breakGroups) {
  const fits = async (s) => (await measure(s, script, size, weight)) <= maxWidth;
  const lines = [];
  let cur = '';
  for (const unit of units(text, script)) {
    const pieces = breakGroups ? unit : [unit.join(' ')];
    for (const piece of pieces) {
      const cand = cur ? `${cur} ${piece}` : piece;
      if (!cur || (await fits(cand))) {
        cur = cand;
      } else {
        lines.push(cur);
        cur = piece;
      }
    }
  }
  if (cur) lines.push(cur);
  for (const line of lines) {
    if (!(await fits(line))) return null;
  }
  return lines;
}

/**
 * Wraps text into lines of at most maxWidth px; with `balance`, narrows the
 * measure while the line count stays the same so that the lines come out
 * of similar length (no lonely last word).
 */
async function wrap(text, script, size, weight, maxWidth, { balance = false, breakGroups = false } = {}) {
  let lines = await wrapGreedy(text, script, size, weight, maxWidth, breakGroups);
  if (!lines || !balance || lines.length < 2) return lines;
  for (let w = maxWidth - 6; w > maxWidth * 0.5; w -= 6) {
    const next = await wrapGreedy(text, script, size, weight, w, breakGroups);
    if (!next || next.length !== lines.length) break;
    lines = next;
  }
  return lines;
}

/**
 * Picks the largest size (from `sizes`, before script scaling) at which the
 * text wraps into ≤ maxLines lines whose block is ≤ maxHeight.
 */
async function fit(text, script, { sizes, weight = 400, maxWidth, maxLines, maxHeight = Infinity, balance }) {
  // Only break bracketed groups (RTL) if no size works without doing so.
  for (const breakGroups of [false, true]) {
    for (const nominal of sizes) {
      const size = nominal * script.k;
      const lines = await wrap(text, script, size, weight, maxWidth, { balance, breakGroups });
      if (!lines || lines.length > maxLines) continue;
      const lineH = size * script.lh;
      if (lines.length * lineH <= maxHeight) {
        return { lines, size, weight, lineH, height: lines.length * lineH };
      }
    }
  }
  throw new Error(`text does not fit (${maxWidth}px × ${maxLines} lines): ${text}`);
}

/**
 * In a right-to-left line, wraps each Latin stretch together with its
 * brackets and quotes, e.g. '("Impariamo conoscendoci")' or a bracketed
 * name that wrapping split as '(Azienda Territoriale', in a left-to-right
 * isolate (U+2066 … U+2069). Otherwise the bidi algorithm, run on each
 * line on its own, can mirror an unpaired bracket or put it at the wrong
 * end of the Latin words.
 */
const LATIN_RUN = /[(«“"'‘]*[A-Za-z\u00C0-\u024F](?:[^\u0600-\u06FF\u0750-\u077F]*[A-Za-z\u00C0-\u024F0-9])?[)»”"'’.]*/gu;
const isolateLatin = (line) => line.replace(LATIN_RUN, (run) => `\u2066${run}\u2069`);

/** SVG <text> elements for a wrapped block whose first line box starts at `top`. */
function textBlock(block, script, { x, top, fill, align = 'start', rtl = script.rtl }) {
  const anchor = align === 'middle' ? 'middle' : 'start'; // "start" = right edge in RTL
  const dir = rtl ? ' direction="rtl"' : '';
  return block.lines
    .map((line, i) => {
      const y = top + i * block.lineH + block.lineH / 2 + block.size * script.base;
      const content = rtl ? isolateLatin(line) : line;
      return `<text x="${r1(x)}" y="${r1(y)}"${dir} text-anchor="${anchor}" font-family="${script.family}" font-size="${r1(block.size)}" font-weight="${block.weight}" fill="${fill}">${xml(content)}</text>`;
    })
    .join('\n  ');
}

const capitalize = (s, locale) => (s ? s[0].toLocaleUpperCase(locale) + s.slice(1) : s);

// ------------------------------------------------------------ date & time

/**
 * The time phrase at the end of posterAlt, e.g. "… a Bienno, ore 15" → "ore 15", checked
 * against the event's time of day ("at" of startsAt). No date: demo event dates are relative to
 * the day the seed runs, so a printed date would be wrong on most installs.
 */
function timeFromAlt(alt, startsAt, locale, where) {
  const m = alt.match(/[,،]\s*([^,،]+)$/u);
  if (!m) throw new Error(`${where}: cannot find the time in posterAlt: ${alt}`);
  const rest = m[1];
  if (/\d{4}/.test(rest)) throw new Error(`${where}: posterAlt must not print a year (dates are relative): ${alt}`);
  const [hh, mm] = startsAt.at.split(':').map(Number);
  const problems = [];
  const hour = Number((rest.match(/\d{1,2}/) ?? [])[0]);
  if (hour !== hh && hour !== (hh % 12 || 12)) problems.push(`hour ${hour} ≠ ${hh}`);
  const minutes = rest.match(/\d{1,2}[:.](\d{2})|\d{1,2}\s*h\s*(\d{2})/);
  if (minutes && Number(minutes[1] ?? minutes[2]) !== mm) problems.push(`minutes in "${rest}" ≠ ${mm}`);
  if (!minutes && mm !== 0 && !/ساڑھے/.test(rest)) problems.push(`no minutes in "${rest}", expected ${mm}`);
  if (problems.length)
    throw new Error(`${where}: posterAlt time disagrees with startsAt ${JSON.stringify(startsAt)}: ${problems.join('; ')}`);
  return { time: capitalize(rest.trim(), locale) };
}

// ------------------------------------------------------------- decoration

/** A stylised person: round head and half-disc shoulders standing on baseY. */
function person(cx, baseY, s, fill) {
  const r = 30 * s;
  return (
    `<circle cx="${r1(cx)}" cy="${r1(baseY - 55 * s)}" r="${r1(15 * s)}" fill="${fill}"/>` +
    `<path d="M${r1(cx - r)} ${r1(baseY)}A${r1(r)} ${r1(r)} 0 0 1 ${r1(cx + r)} ${r1(baseY)}Z" fill="${fill}"/>`
  );
}

/** People gathered around a round table, with soft background circles. */
function decoration() {
  return [
    `<circle cx="540" cy="10" r="170" fill="${C.primaryDark}" opacity="0.55"/>`,
    `<circle cx="30" cy="330" r="120" fill="${C.primaryDark}" opacity="0.35"/>`,
    `<circle cx="300" cy="106" r="88" fill="none" stroke="${C.white}" stroke-opacity="0.35" stroke-width="2"/>`,
    // back row (smaller, further away)
    person(248, 118, 0.78, C.mid),
    person(352, 118, 0.78, C.pale),
    // table
    `<ellipse cx="300" cy="130" rx="74" ry="16" fill="${C.white}" opacity="0.9"/>`,
    // front row
    person(208, 170, 1, C.white),
    person(300, 178, 1.06, C.pale),
    person(392, 170, 1, C.white),
  ].join('\n  ');
}

const icon = {
  clock: (x, y, color) =>
    `<g transform="translate(${r1(x)} ${r1(y)})"><circle cx="16" cy="16" r="13.5" fill="none" stroke="${color}" stroke-width="3"/>` +
    `<path d="M16 8v8.5l6 4" fill="none" stroke="${color}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></g>`,
  pin: (x, y, color) =>
    `<g transform="translate(${r1(x)} ${r1(y)})"><path d="M16 1C9.4 1 4.5 6 4.5 12.4 4.5 21 16 31 16 31s11.5-10 11.5-18.6C27.5 6 22.6 1 16 1z" fill="${color}"/>` +
    `<circle cx="16" cy="12.5" r="4.5" fill="${C.white}"/></g>`,
};
const ICON = 32;

// ----------------------------------------------------------------- poster

async function layout(p, scale) {
  const s = scriptFor(p.locale);
  const sz = (list) => list.map((n) => n * scale);
  const innerW = W - 2 * MARGIN;

  // Title on the blue field.
  const titleTop = 208 + (s.titleShift ?? 0);
  const title = await fit(p.title, s, {
    sizes: sz([40, 37, 34, 31, 28, 26, 24]),
    weight: 700,
    maxWidth: innerW,
    maxLines: s === LATIN ? 5 : 4,
    maxHeight: 232 * scale + (s.rtl ? 20 : 0),
    balance: true,
  });
  const blueBottom = Math.max(350, titleTop + title.height + 30);

  // Info column beside the icons.
  const textW = innerW - ICON - 24;
  const time = await fit(p.time, s, { sizes: sz([34, 32, 30, 28, 26, 24]), weight: 700, maxWidth: textW, maxLines: 2 });
  const place = await fit(p.place, s, { sizes: sz([23, 22, 21, 20, 19, 18]), weight: 700, maxWidth: textW, maxLines: 3 });
  const address = await fit(p.address, LATIN, { sizes: sz([18, 17, 16, 15]), maxWidth: textW, maxLines: 2 });

  // Agency band + funding strip, anchored to the bottom.
  const stripH = 40;
  const agency = await fit(p.agency, s, {
    sizes: [19, 18, 17, 16, 15],
    weight: 700,
    maxWidth: innerW,
    maxLines: 2,
    balance: true,
  });
  const bandPad = 14;
  const bandH = agency.height + 2 * bandPad;
  const bandTop = H - stripH - bandH;

  // Info block: centred in the white area, 30 to 100px below the blue field.
  const gap = 26 * scale;
  const infoH = time.height + gap + place.height + 4 + address.height;
  const free = bandTop - blueBottom - infoH;
  const top1 = blueBottom + Math.max(30 * scale, Math.min(free / 2, 100));
  const top2 = top1;
  const top3 = top2 + time.height + gap;
  const contentBottom = top3 + place.height + 4 + address.height;

  return { s, title, titleTop, blueBottom, time, place, address, agency, bandTop, bandH, bandPad, stripH, top1, top2, top3, contentBottom };
}

async function drawPoster(p) {
  let L;
  let why = 'content taller than the white area';
  for (let scale = 1; scale >= 0.7; scale -= 0.05) {
    L = await layout(p, scale).catch((err) => {
      why = err.message;
      return null;
    });
    if (L && L.contentBottom <= L.bandTop - 18) break;
    L = null;
  }
  if (!L) throw new Error(`${p.where}: poster does not fit even at 70 %: ${why}`);
  const { s } = L;

  // Mirror the columns for right-to-left scripts.
  const startX = s.rtl ? W - MARGIN : MARGIN; // title / band text anchor
  const iconX = s.rtl ? W - MARGIN - ICON : MARGIN;
  const colX = s.rtl ? W - MARGIN - ICON - 24 : MARGIN + ICON + 24;
  const iconY = (top, block) => top + block.lineH / 2 - ICON / 2;

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xml:lang="${p.locale}">
  <title>${xml(p.alt)}</title>
  <rect width="${W}" height="${H}" fill="${C.white}"/>
  <clipPath id="field"><rect width="${W}" height="${r1(L.blueBottom)}"/></clipPath>
  <rect width="${W}" height="${r1(L.blueBottom)}" fill="${C.primary}"/>
  <g clip-path="url(#field)">
  ${decoration()}
  </g>
  <rect x="${s.rtl ? W - MARGIN - 56 : MARGIN}" y="${L.titleTop - s.barGap}" width="56" height="5" rx="2.5" fill="${C.white}"/>
  ${textBlock(L.title, s, { x: startX, top: L.titleTop, fill: C.white })}

  ${icon.clock(iconX, iconY(L.top2, L.time), C.primary)}
  ${textBlock(L.time, s, { x: colX, top: L.top2, fill: C.navy })}
  <line x1="${MARGIN}" x2="${W - MARGIN}" y1="${r1(L.top3 - 11)}" y2="${r1(L.top3 - 11)}" stroke="${C.pale}" stroke-width="1.5"/>
  ${icon.pin(iconX, iconY(L.top3, L.place) + 2, C.primary)}
  ${textBlock(L.place, s, { x: colX, top: L.top3 + 2, fill: C.navy })}
  ${textBlock(L.address, LATIN, { x: colX, top: L.top3 + 6 + L.place.height, fill: C.grey, rtl: s.rtl })}

  <rect y="${r1(L.bandTop)}" width="${W}" height="${r1(L.bandH)}" fill="${C.navy}"/>
  ${textBlock(L.agency, s, { x: W / 2, top: L.bandTop + L.bandPad, fill: C.white, align: 'middle' })}
  <rect y="${H - L.stripH}" width="${W}" height="${L.stripH}" fill="${C.light}"/>
  <rect y="${H - L.stripH}" width="${W}" height="3" fill="${C.primary}"/>
  <text x="${W / 2}" y="${H - L.stripH / 2 + 7}" text-anchor="middle" font-family="${LATIN.family}" font-size="15" font-weight="600" fill="${C.navy}" letter-spacing="0.4">${xml(STRIP_TEXT)}</text>
</svg>`;

  return sharp(Buffer.from(svg)).png({ palette: true, quality: 80, compressionLevel: 9, effort: 10 }).toBuffer();
}

// ------------------------------------------------------------------- main

async function main() {
  const entries = JSON.parse(await readFile(path.join(FIXTURES, 'entries.json'), 'utf8'));
  const places = new Map(entries.places.map((pl) => [pl.key, pl]));
  const written = [];

  for (const locale of LOCALES) {
    const file = path.join(FIXTURES, 'text', `${locale}.json`);
    if (!existsSync(file)) {
      console.warn(`skip ${locale}: no ${path.relative(process.cwd(), file)}`);
      continue;
    }
    const text = JSON.parse(await readFile(file, 'utf8'));
    for (const ev of entries.events) {
      const t = text.events?.[ev.key];
      if (!t) continue; // this locale deliberately lacks the event
      const where = `${ev.key}/${locale}`;
      const pl = places.get(ev.place);
      const placeName = text.places?.[ev.place]?.name;
      if (!pl || !placeName) throw new Error(`${where}: unknown place ${ev.place}`);
      const when = timeFromAlt(t.posterAlt, ev.startsAt, locale, where);
      const png = await drawPoster({
        where,
        locale,
        title: t.title,
        alt: t.posterAlt,
        ...when,
        place: placeName,
        address: `${pl.address}, ${pl.postalCode} ${pl.municipality}`,
        agency: text.global.agencyName,
      });
      const out = path.join(OUT_DIR, ev.key, `${locale}.png`);
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, png);
      written.push([path.relative(process.cwd(), out), png.length]);
    }
  }

  let total = 0;
  for (const [file, size] of written) {
    total += size;
    console.log(`${(size / 1024).toFixed(1).padStart(6)} KB  ${file}`);
  }
  console.log(`${written.length} posters, ${(total / 1024).toFixed(1)} KB in total`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
