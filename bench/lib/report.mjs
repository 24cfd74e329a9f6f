// @ts-check
import { PUBLISH_GOAL_MS, pageLimits, pageMisses } from './goals.mjs';
import { searchMarkdown } from './search.mjs';

const kB = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(0)} kB`);
const score = (value) => (value === null || value === undefined ? '–' : value.toFixed(2));
const ms = (value) => `${Math.round(value)} ms`;

/** The results as Markdown: what README's table is taken from. */
export function toMarkdown(results) {
  const lines = [];
  const { environment: env } = results;
  lines.push('# Benchmarks — latest run', '');
  lines.push(
    `Run on ${results.finishedAt} with \`npm run bench\` (${Math.round(results.durationSeconds / 60)} min): ${env.cpus} × ${env.cpuModel}, ${env.memoryGiB} GiB, Node.js ${env.node}, ${env.chromium}, Next.js ${env.versions.next}, Lighthouse ${env.versions.lighthouse}, autocannon ${env.versions.autocannon}. Production builds; CMS on a fresh database with the demo content. Load average (1 min) ${env.loadAverage.atStart} at the start, ${env.loadAverage.atEnd} at the end: figures taken while other work runs on the machine are lower.`,
    '',
  );

  lines.push('## Goals', '');
  lines.push(
    'Issue 27\'s goals against this run: met, or the distance left and its cause (docs/performance.md, "Where the time goes"). Relative goals are against the floor (`bench/floor-app`, a minimal prerendered Next.js page) measured in the same run; "(kept)" marks earlier goals still checked.',
    '',
  );
  lines.push('| goal | measured | verdict |');
  lines.push('|---|---|---|');
  for (const row of results.goals) {
    const verdict = row.met
      ? 'met'
      : row.notMeasured
        ? `**not measured**: ${row.cause}`
        : `**missed** by ${row.distance}${row.cause ? `. Cause: ${row.cause}` : ''}`;
    lines.push(`| ${row.goal} | ${row.measured} | ${verdict} |`);
  }

  lines.push('', '## Lighthouse (mobile, default throttling)', '');
  lines.push(
    `Median of ${results.lighthouse.runsPerPage} runs per page (simulated slow 4G, 4× CPU), the floor first: each page's goals are relative to its figures. HTML, JS and fonts are transferred bytes (compressed; fonts summed from the network records, with the number of files). Search results are noindex on purpose: their SEO score is not a goal.`,
    '',
  );
  lines.push('| page | URL | perf. | a11y | best pr. | SEO | LCP | TBT | CLS | HTML | JS | fonts | total | goals |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const lighthouseFloor = results.lighthouse.floor;
  const limits = lighthouseFloor ? pageLimits(lighthouseFloor) : null;
  const lighthouseRows = lighthouseFloor ? [lighthouseFloor, ...results.lighthouse.pages] : results.lighthouse.pages;
  for (const row of lighthouseRows) {
    const misses = row === lighthouseFloor ? [] : pageMisses(row, limits);
    const verdict = row === lighthouseFloor ? '(the floor)' : misses.length === 0 ? 'met' : `**missed**: ${misses.join(', ')}`;
    lines.push(
      `| ${row.page} (${row.locale}) | \`${row.path}\` | ${score(row.scores.performance)} | ${score(row.scores.accessibility)} | ${score(row.scores.bestPractices)} | ${score(row.scores.seo)} | ${ms(row.metrics.largestContentfulPaintMs)} | ${ms(row.metrics.totalBlockingTimeMs)} | ${row.metrics.cumulativeLayoutShift} | ${kB(row.bytes.html)} | ${kB(row.bytes.javaScript)} | ${kB(row.bytes.font)} (${row.fonts?.length ?? 0}) | ${kB(row.bytes.total)} | ${verdict} |`,
    );
  }
  const scripts = results.lighthouse.pages[0]?.largestScripts ?? [];
  if (scripts.length > 0)
    lines.push(
      '',
      `Largest scripts (${results.lighthouse.pages[0].page}, ${results.lighthouse.pages[0].locale}): ${scripts.map((script) => `\`${script.file}\` ${kB(script.bytes)}`).join(', ')}.`,
    );
  const errored = [...new Set(results.lighthouse.pages.flatMap((row) => row.erroredAudits))];
  if (errored.length > 0) {
    lines.push(
      '',
      `Lighthouse ${env.versions.lighthouse} predates this Chromium: these diagnostic audits (weight 0, no effect on any score) could not run: ${errored.map((id) => `\`${id}\``).join(', ')}.`,
    );
  }

  if (results.scale) {
    const { scale } = results;
    lines.push('', '## Lists at 20× the demo content', '');
    lines.push(
      `Created on a fresh SQLite database by \`apps/cms/scripts/scale-content.js\` in ${scale.loadSeconds} s: ${Object.entries(
        scale.created,
      )
        .map(([type, count]) => `${count} more ${type} entries`)
        .join(
          ', ',
        )}, translated into a varying subset of the languages. Goals per list page: at most 100 kB of HTML, a cold render within 1 s, at most 6 CMS requests per cold render; warm: ${scale.connections} connections, ${scale.seconds} s.`,
      '',
    );
    lines.push('| page | status | HTML | cold render | CMS requests (cold) | warm req/s | warm p99 |');
    lines.push('|---|---|---|---|---|---|---|');
    for (const row of scale.pages)
      lines.push(
        `| \`${row.path}\` | ${row.status} | ${kB(row.htmlBytes)} | ${ms(row.coldMs)} | ${row.cmsRequests} | ${row.warmRequestsPerSecond} | ${ms(row.warmP99Ms)} |`,
      );
    lines.push(
      '',
      `Sitemap: ${scale.sitemap.files} files (an index, the lists, one per 100 Italian entries of a type), ${scale.sitemap.urls} URLs, ${kB(scale.sitemap.bytes)}, ${ms(scale.sitemap.coldMs)} to fetch every file once, cold.`,
    );
  }

  lines.push('', '## Load (autocannon)', '');
  lines.push(
    `${results.load.connections} connections, ${results.load.seconds} s per page after a warm-up, pages already rendered once (warm). The floor is a one-page Next.js ${env.versions.next} app prerendered at build time (\`bench/floor-app\`), measured in the same run. "CMS requests" counts what the portal asked the CMS during the measured run, through a counting proxy (goal: none once warm); "cache" is Next's \`x-nextjs-cache\` answer.`,
    '',
  );
  lines.push('| target | URL | cache | req/s | × floor | p50 | p90 | p99 | non-2xx | CMS requests |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  const floor = results.load.targets.find((row) => row.kind === 'floor');
  for (const row of results.load.targets) {
    const times = floor ? (row.requestsPerSecond / floor.requestsPerSecond).toFixed(2) : '–';
    lines.push(
      `| ${row.name} | \`${row.path}\` | ${row.cache ?? '–'} | ${row.requestsPerSecond} | ${times} | ${ms(row.latencyMs.p50)} | ${ms(row.latencyMs.p90)} | ${ms(row.latencyMs.p99)} | ${row.non2xx + row.errors} | ${row.cmsRequests ?? '–'} |`,
    );
  }
  const throughNginx = results.load.throughNginx;
  if (throughNginx) {
    lines.push('', '### Cached pages through nginx', '');
    if (throughNginx.skipped) lines.push(`Not measured: ${throughNginx.skipped}.`);
    else {
      const limits = Object.entries(throughNginx.limits)
        .map(([name, value]) => `${name}=${value}`)
        .join(', ');
      lines.push(
        `The same pages under the same load through ${throughNginx.nginx} in front of the same portal instance, over HTTPS (${throughNginx.tls ?? 'TLS'}, HTTP/1.1), with the compose deployment's template and settings (\`deploy/nginx\`) but the per-client page limit raised for a load from one address (${limits}). "× floor" is against the floor measured directly; "× directly" against the same page without nginx.`,
        '',
        '| target | URL | cache | req/s | × floor | × directly | p50 | p90 | p99 | non-2xx |',
        '|---|---|---|---|---|---|---|---|---|---|',
      );
      for (const row of throughNginx.targets) {
        const direct = results.load.targets.find((target) => target.path === row.path && target.kind === 'cached');
        const times = floor ? (row.requestsPerSecond / floor.requestsPerSecond).toFixed(2) : '–';
        const againstDirect = direct ? (row.requestsPerSecond / direct.requestsPerSecond).toFixed(2) : '–';
        lines.push(
          `| ${row.name} | \`${row.path}\` | ${row.cache ?? '–'} | ${row.requestsPerSecond} | ${times} | ${againstDirect} | ${ms(row.latencyMs.p50)} | ${ms(row.latencyMs.p90)} | ${ms(row.latencyMs.p99)} | ${row.non2xx + row.errors} |`,
        );
      }
    }
  }
  const { delivery } = results;
  if (delivery) {
    lines.push(
      '',
      `Delivery: the portal answers a page with \`Content-Encoding: ${delivery.portalEncoding ?? 'none'}\`; the compose deployment's nginx template has ${delivery.nginxGzip ? '`gzip on`' : 'no gzip'}; ${delivery.assets.map((asset) => `\`${asset.path}\` is \`Cache-Control: ${asset.cacheControl}\``).join(', ')}.`,
    );
  }

  lines.push('', '## CMS list endpoints (autocannon)', '');
  lines.push(
    `${results.cmsEndpoints.connections} connections, ${results.cmsEndpoints.seconds} s each, straight to the CMS: each list as the portal asks for it (the registry's card populate shape, \`packages/types/src/content-types.ts\`, one list page, Italian) and the same list with no populate.`,
    '',
  );
  lines.push('| database | endpoint | populate | entries | response | req/s | p50 | p99 |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const database of results.cmsEndpoints.databases) {
    if (database.skipped) {
      lines.push(`| ${database.client} | – | – | – | – | not measured: ${database.skipped} | – | – |`);
      continue;
    }
    for (const row of database.rows) {
      lines.push(
        `| ${database.client} | ${row.endpoint} | ${row.variant} | ${row.entries} | ${kB(row.responseBytes)} | ${row.requestsPerSecond} | ${ms(row.latencyMs.p50)} | ${ms(row.latencyMs.p99)} |`,
      );
    }
  }

  lines.push(
    '',
    '## Publish-to-live latency',
    '',
    `From the "Publish" call in the admin API until the page shows the new title on every instance (each reloaded every 20 ms); the CMS notifies one instance by itself, the others hear of it through their shared Redis. The first publish after the instances start is timed apart (its renders run cold code). Goal: p100 ≤ ${PUBLISH_GOAL_MS} ms to both instances at 20× the content.`,
    '',
    '| content | instances | page | publishes | p50 | p90 | p100 | first after start |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  const lives = [
    { content: 'demo', live: results.publishToLive },
    { content: '20×', live: results.scale?.publishToLive },
  ];
  for (const { content, live } of lives) {
    if (!live) continue;
    if (live.skipped) {
      lines.push(`| ${content} | – | – | – | not measured: ${live.skipped} | – | – | – |`);
      continue;
    }
    lines.push(
      `| ${content} | ${live.instances ?? 1} | \`${live.page}\` | ${live.rounds} | ${ms(live.latencyMs.p50)} | ${ms(live.latencyMs.p90)} | ${ms(live.latencyMs.p100 ?? live.latencyMs.max)} | ${live.firstAfterStartMs === undefined ? '–' : ms(live.firstAfterStartMs)} |`,
    );
  }
  lines.push('');
  if (results.staffWrites) lines.push(staffWritesMarkdown(results.staffWrites), '');
  if (results.search) lines.push(searchMarkdown(results.search), '');
  return lines.join('\n');
}

/**
 * Create and publish in one step through the admin API (bench/lib/staff-writes.mjs).
 * @param {{ goalWorstMs: number, databases: Array<{ client: string, skipped?: string, oneAtATime?: { count: number, medianMs: number, worstMs: number }, fiveAtOnce?: { count: number, medianMs: number, worstMs: number } }> }} writes
 */
function staffWritesMarkdown(writes) {
  const lines = [
    '## Create and publish in one step (admin API)',
    '',
    `The admin's Publish button on an entry never saved, timed from the request to its answer: one member of staff at a time, then five at once. Goal: worst under ${writes.goalWorstMs} ms.`,
    '',
    '| database | one at a time: median | worst | five at once: median | worst | goal |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of writes.databases) {
    if (row.skipped || !row.oneAtATime || !row.fiveAtOnce) {
      lines.push(`| ${row.client} | skipped: ${row.skipped ?? 'no figures'} | | | | |`);
      continue;
    }
    const worst = Math.max(row.oneAtATime.worstMs, row.fiveAtOnce.worstMs);
    lines.push(
      `| ${row.client} | ${row.oneAtATime.medianMs} ms | ${row.oneAtATime.worstMs} ms | ${row.fiveAtOnce.medianMs} ms | ${row.fiveAtOnce.worstMs} ms | ${worst < writes.goalWorstMs ? 'met' : `missed by ${worst - writes.goalWorstMs} ms`} |`,
    );
  }
  return lines.join('\n');
}
