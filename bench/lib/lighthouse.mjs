// @ts-check
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled } from '@welfare/test-support/browser';

/** Debian's Chromium with a DevTools port for Lighthouse (headless, its own throw-away profile). */
export async function startDebuggableChromium() {
  assertChromiumInstalled();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-bench-chromium-'));
  const child = spawn(CHROMIUM_PATH, ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${code}:\n${output}`)));
  });
  return {
    port,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the budget looks at, from one Lighthouse report. */
function summarize(lhr) {
  const audit = (id) => lhr.audits[id];
  const resources = audit('resource-summary')?.details?.items ?? [];
  const bytesOf = (type) => resources.find((item) => item.resourceType === type)?.transferSize ?? null;
  return {
    scores: {
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      bestPractices: lhr.categories['best-practices'].score,
      seo: lhr.categories.seo.score,
    },
    metrics: {
      firstContentfulPaintMs: Math.round(audit('first-contentful-paint').numericValue),
      largestContentfulPaintMs: Math.round(audit('largest-contentful-paint').numericValue),
      totalBlockingTimeMs: Math.round(audit('total-blocking-time').numericValue),
      cumulativeLayoutShift: Number(audit('cumulative-layout-shift').numericValue.toFixed(3)),
      speedIndexMs: Math.round(audit('speed-index').numericValue),
    },
    bytes: { javaScript: bytesOf('script'), total: bytesOf('total') },
    // Audits with weight 0 (diagnostics) that this Lighthouse cannot compute on this Chromium.
    erroredAudits: Object.values(lhr.audits)
      .filter((result) => result.scoreDisplayMode === 'error')
      .map((result) => result.id),
    failedAudits: Object.entries(lhr.categories).flatMap(([category, { auditRefs }]) =>
      auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1 && category !== 'performance')
        .map((ref) => `${category}: ${ref.id}`),
    ),
  };
}

/**
 * Lighthouse's default run (mobile, simulated Slow 4G and a 4× slower CPU), `runs` times; the run
 * with the median performance score stands for the page, as Lighthouse's documentation advises.
 */
export async function lighthouseMedian(url, port, runs) {
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
    results.push(summarize(result.lhr));
  }
  const sorted = [...results].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return { ...sorted[Math.floor(sorted.length / 2)], performanceScoresOfRuns: results.map((result) => result.scores.performance) };
}
