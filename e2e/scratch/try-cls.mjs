import { launchChromium } from '../support/browser.mjs';
import fs from 'node:fs';
const { web } = JSON.parse(fs.readFileSync('/tmp/stack.json', 'utf8'));
const browser = await launchChromium();
for (const p of process.argv.slice(2)) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push({ value: e.value, t: Math.round(e.startTime), sources: e.sources.map((s) => (s.node?.nodeName ?? '') + '.' + (s.node?.className ?? '') + ' ' + JSON.stringify([s.previousRect.y, s.currentRect.y, s.previousRect.height, s.currentRect.height])) }); }).observe({ type: 'layout-shift', buffered: true });
  });
  const fonts = [];
  page.on('requestfinished', (r) => { if (r.resourceType() === 'font') fonts.push(r.url().split('/').pop()); });
  await page.goto(web + p, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const shifts = await page.evaluate(() => window.__shifts);
  console.log(p, 'CLS', shifts.reduce((a, s) => a + s.value, 0).toFixed(3), 'fonts', fonts);
  for (const s of shifts) console.log('   ', s.value.toFixed(4), s.t, s.sources.join(' | '));
  await context.close();
}
await browser.close();
