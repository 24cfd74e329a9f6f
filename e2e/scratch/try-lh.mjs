import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const { web } = JSON.parse(fs.readFileSync('/tmp/stack.json', 'utf8'));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-'));
const chrome = spawn('/usr/bin/chromium', ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
const port = await new Promise((resolve) => { let buf = ''; chrome.stderr.on('data', (c) => { buf += c; const m = /DevTools listening on ws:\/\/[^:]+:(\d+)/.exec(buf); if (m) resolve(Number(m[1])); }); });
for (const p of process.argv.slice(2)) {
  const r = await lighthouse(web + p, { port, output: 'json', logLevel: 'error', blockedUrlPatterns: process.env.BLOCK ? [process.env.BLOCK] : [] });
  const lhr = r.lhr;
  const cats = Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, v.score]));
  const rs = lhr.audits['resource-summary'].details.items;
  const js = rs.find((i) => i.resourceType === 'script'); const total = rs.find((i) => i.resourceType === 'total');
  console.log(p, JSON.stringify(cats), 'FCP', lhr.audits['first-contentful-paint'].numericValue.toFixed(0), 'SI', lhr.audits['speed-index'].numericValue.toFixed(0), 'LCP', lhr.audits['largest-contentful-paint'].numericValue.toFixed(0), 'TBT', lhr.audits['total-blocking-time'].numericValue.toFixed(0), 'CLS', lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3), 'JS', js.transferSize, 'total', total.transferSize);
  for (const [k, c] of Object.entries(lhr.categories)) for (const ref of c.auditRefs) { const a = lhr.audits[ref.id]; if (ref.weight > 0 && a.score !== null && a.score < 1) console.log('   ', k, ref.id, a.score, a.displayValue ?? ''); }
}
chrome.kill();
