import { launchChromium } from '/work/main/e2e/support/browser.mjs';
import { AxeBuilder } from '@axe-core/playwright';
import fs from 'node:fs';
const { web } = JSON.parse(fs.readFileSync('/tmp/stack.json', 'utf8'));
const browser = await launchChromium();
console.log(browser.version());
const pages = process.argv.slice(2);
for (const width of [360, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  for (const p of pages) {
    const r = await page.goto(web + p);
    const res = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(width, p, r.status(), 'violations', res.violations.length, 'overflow', overflow);
    for (const v of res.violations) console.log('  ', v.id, v.impact, v.help, v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary.replace(/\n/g, ' ')).join('\n      '));
  }
  await context.close();
}
await browser.close();
