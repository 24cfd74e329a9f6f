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
  const child = spawn(
    CHROMIUM_PATH,
    ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
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
      // Idempotent: a second stop (the run's cleanup after a failure) must not wait for an exit that happened.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      // Chromium's helper processes may still be writing to the profile for a while (seen: over
      // 2 s): a profile left behind in the temporary folder never fails the figures measured.
      try {
        fs.rmSync(profile, { recursive: true, force: true, maxRetries: 25, retryDelay: 400 });
      } catch (error) {
        console.warn(`bench: Chromium's profile left at ${profile} (${error instanceof Error ? error.message : error})`);
      }
    },
  };
}

/** What the budget looks at, from one Lighthouse report. */
function summarize(lhr) {
  const audit = (id) => lhr.audits[id];
  const resources = audit('resource-summary')?.details?.items ?? [];
  const bytesOf = (type) => resources.find((item) => item.resourceType === type)?.transferSize ?? null;
  const requests = audit('network-requests')?.details?.items ?? [];
  const fileName = (url) => new URL(url).pathname.split('/').pop() ?? url;
  const ofType = (type) => requests.filter((request) => request.resourceType === type);
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
    // Transferred, as the phone receives them (the document compressed, with its headers).
    // Fonts: the sum of the font requests in the network records (issue 27's fonts goal is per page).
    bytes: {
      html: bytesOf('document'),
      javaScript: bytesOf('script'),
      font: ofType('Font').reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
      total: bytesOf('total'),
    },
    fonts: ofType('Font').map((request) => fileName(request.url)),
    largestScripts: ofType('Script')
      .sort((a, b) => b.transferSize - a.transferSize)
      .slice(0, 3)
      .map((request) => ({ file: fileName(request.url), bytes: request.transferSize })),
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

const MAX_FAILED_RUNS = 3;

/**
 * Lighthouse's default run (mobile, simulated Slow 4G and a 4× slower CPU), `runs` times; the run
 * with the median performance score stands for the page, as Lighthouse's documentation advises.
 */
export async function lighthouseMedian(url, port, runs) {
  const results = [];
  for (let run = 0, failures = 0; run < runs; ) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    // A trace that Chromium did not record (NO_NAVSTART, seen now and then) is run again.
    if (result.lhr.runtimeError) {
      failures += 1;
      if (failures > MAX_FAILED_RUNS) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
      continue;
    }
    results.push(summarize(result.lhr));
    run += 1;
  }
  const sorted = [...results].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  return { ...sorted[Math.floor(sorted.length / 2)], performanceScoresOfRuns: results.map((result) => result.scores.performance) };
}
