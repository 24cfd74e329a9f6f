#!/usr/bin/env node
// @ts-check
/**
 * The portal's search (apps/web/lib/search), measured in memory: relevance over the relevance set
 * (recall@5 per class and language, MRR) on the demo content, and at 20× the demo content the
 * index build time, its memory and the latency of warm queries (the set's queries and every
 * prefix of them as typed). Same modules as the portal and the test, compiled from their
 * TypeScript here. Standalone: `node --expose-gc bench/lib/search.mjs` (prints Markdown; `--json`
 * prints JSON); `npm run bench` runs it and puts the figures in bench/results/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { demoDocuments } from '@welfare/test-support/demo-entries';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const WEB_DIR = path.join(ROOT, 'apps', 'web');
const SEARCH_DIR = path.join(WEB_DIR, 'lib', 'search');
const MODULES = ['fold-text', 'typo-variants', 'stemmers', 'search-document', 'snippet', 'search-index', 'relevance'];
const SCALE = 20;

/**
 * Compiles the search modules to CommonJS under apps/web/node_modules/.cache, where their packages
 * resolve, and loads them.
 */
function loadSearchModules() {
  const out = path.join(WEB_DIR, 'node_modules', '.cache', `welfare-bench-search-${process.pid}`);
  const sources = MODULES.map((name) => ({
    from: path.join(SEARCH_DIR, `${name}.ts`),
    to: path.join(out, 'web', 'lib', 'search', `${name}.cjs`),
  }));
  for (const { from, to } of sources) {
    const { outputText } = ts.transpileModule(fs.readFileSync(from, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, outputText.replace(/require\("(\.{1,2}\/[^"]+)"\)/g, 'require("$1.cjs")'));
  }
  const require = createRequire(path.join(out, 'web', 'lib', 'search', 'index.cjs'));
  const load = (/** @type {string} */ name) => require(`./${name}.cjs`);
  const modules = { index: load('search-index'), relevance: load('relevance'), document: load('search-document') };
  return { modules, cleanup: () => fs.rmSync(out, { recursive: true, force: true }) };
}

const round = (/** @type {number} */ value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const mib = (/** @type {number} */ bytes) => round(bytes / 1024 / 1024, 1);

/** @param {number[]} values @param {number} p */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function heapUsed() {
  const gc = /** @type {(() => void) | undefined} */ (globalThis.gc);
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

/** The demo documents, `times` over, each copy its own entry. */
function scaled(/** @type {Map<string, any[]>} */ documents, /** @type {number} */ times) {
  return new Map(
    [...documents].map(([locale, list]) => [
      locale,
      Array.from({ length: times }, (_, copy) =>
        list.map((document) =>
          copy === 0 ? document : { ...document, id: `${document.id}~${copy}`, documentId: `${document.documentId}~${copy}` },
        ),
      ).flat(),
    ]),
  );
}

export function measureSearch() {
  const { modules, cleanup } = loadSearchModules();
  try {
    const set = JSON.parse(fs.readFileSync(path.join(SEARCH_DIR, 'relevance-set.json'), 'utf8'));
    // The demo content as the CMS answers it, indexed by the portal's own function (as the relevance test does).
    const demo = demoDocuments(modules.document.searchDocument);

    // Relevance, on the demo content.
    const demoStarted = performance.now();
    const demoIndexes = modules.relevance.buildIndexes(demo);
    const demoBuildMs = performance.now() - demoStarted;
    const scores = set.queries.map((/** @type {any} */ query) => modules.relevance.scoreQuery(demoIndexes.get(query.locale), query));
    const relevance = modules.relevance.summarize(scores);
    const misses = scores
      .filter((/** @type {any} */ score) => score.recallAt5 < 1)
      .map((/** @type {any} */ s) => `${s.locale} ${s.class} "${s.query}"`);

    // Build and memory at 20×.
    const big = scaled(demo, SCALE);
    const documents = [...big.values()].reduce((sum, list) => sum + list.length, 0);
    const before = heapUsed();
    const started = performance.now();
    const indexes = modules.relevance.buildIndexes(big);
    const buildMs = performance.now() - started;
    const indexBytes = heapUsed() - before;

    // Warm query latency at 20×: every query of the set, and every prefix of it as typed (2+ letters).
    /** @type {Array<{ locale: string, query: string }>} */
    const typed = [];
    for (const { locale, query } of set.queries) {
      const letters = Array.from(query);
      for (let end = 2; end <= letters.length; end += 1) typed.push({ locale, query: letters.slice(0, end).join('') });
    }
    for (const { locale, query } of typed) indexes.get(locale).search(query); // warm-up
    /** @type {number[]} */
    const latencies = [];
    /** @type {Map<string, number>} */
    const slowest = new Map();
    for (let round = 0; round < 3; round += 1) {
      for (const { locale, query } of typed) {
        const start = performance.now();
        indexes.get(locale).search(query);
        const elapsed = performance.now() - start;
        latencies.push(elapsed);
        const key = `${locale} "${query}"`;
        slowest.set(key, Math.max(slowest.get(key) ?? 0, elapsed));
      }
    }
    return {
      queries: relevance.queries,
      recallAt5: round(relevance.recallAt5, 3),
      mrr: round(relevance.mrr, 3),
      byClass: Object.fromEntries(
        Object.entries(relevance.byClass).map(([name, value]) => [
          name,
          { queries: value.queries, recallAt5: round(value.recallAt5, 3), mrr: round(value.mrr, 3) },
        ]),
      ),
      byLocale: Object.fromEntries(
        Object.entries(relevance.byLocale).map(([name, value]) => [
          name,
          { queries: value.queries, recallAt5: round(value.recallAt5, 3), mrr: round(value.mrr, 3) },
        ]),
      ),
      misses,
      demoBuildMs: Math.round(demoBuildMs),
      scale: {
        times: SCALE,
        documents,
        buildMs: Math.round(buildMs),
        indexMiB: globalThis.gc ? mib(indexBytes) : null,
        heapMiB: mib(process.memoryUsage().heapUsed),
      },
      latencyMs: {
        queries: latencies.length,
        p50: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
        p99: round(percentile(latencies, 99)),
        max: round(Math.max(...latencies)),
        slowest: [...slowest]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([query, elapsed]) => `${query} ${round(elapsed)} ms`),
      },
    };
  } finally {
    cleanup();
  }
}

/** In a process of its own with `--expose-gc`, for the memory figure (from bench/run.mjs). */
export function measureSearchInChild() {
  const output = execFileSync(process.execPath, ['--expose-gc', import.meta.filename, '--json'], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output);
}

/** @param {ReturnType<typeof measureSearch>} search */
export function searchMarkdown(search) {
  const lines = ['## Search (in memory, apps/web/lib/search)', ''];
  lines.push(
    `Relevance set \`apps/web/lib/search/relevance-set.json\`: ${search.queries} queries in 8 languages on the demo content. recall@5 **${search.recallAt5}**, MRR **${search.mrr}**.`,
    '',
    '| class | queries | recall@5 | MRR |',
    '|---|---|---|---|',
  );
  for (const [name, value] of Object.entries(search.byClass))
    lines.push(`| ${name} | ${value.queries} | ${value.recallAt5} | ${value.mrr} |`);
  lines.push('', '| language | queries | recall@5 | MRR |', '|---|---|---|---|');
  for (const [name, value] of Object.entries(search.byLocale))
    lines.push(`| ${name} | ${value.queries} | ${value.recallAt5} | ${value.mrr} |`);
  if (search.misses.length) lines.push('', `Not all expected entries in the first 5: ${search.misses.join('; ')}.`);
  const { scale, latencyMs } = search;
  lines.push(
    '',
    `Index build on the demo content: ${search.demoBuildMs} ms. At ${scale.times}× the demo content (${scale.documents} entries over the 8 language indexes): build ${scale.buildMs} ms, index ${scale.indexMiB ?? '–'} MiB of heap (process heap ${scale.heapMiB} MiB); warm queries (${latencyMs.queries}: the set's queries and their prefixes as typed, with snippets) p50 ${latencyMs.p50} ms, p95 ${latencyMs.p95} ms, p99 ${latencyMs.p99} ms, max ${latencyMs.max} ms; slowest: ${latencyMs.slowest.join(', ')}.`,
  );
  return lines.join('\n');
}

if (process.argv[1] === import.meta.filename) {
  const search = measureSearch();
  console.log(process.argv.includes('--json') ? JSON.stringify(search) : searchMarkdown(search));
}
