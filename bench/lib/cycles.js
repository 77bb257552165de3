// Node side of the mount/unmount cycles, shared by bench/run.js and scripts/check-leaks.js:
// loads bench/pages/cycles.js in a page, warms every element up, then per element runs
// `count` cycles and reads the heap (after forced GC) and the DOM counters via CDP.
import { attach, heapAfterGc } from './cdp.js';

export const CYCLES_PATH = '/bench/p/cycles.html';

export const cyclesPageHtml = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mount/unmount cycles</title><link rel="icon" href="data:,">
<script type="module">import * as c from '/bench/pages/cycles.js'; window.__cycles = c;</script>
</head><body><div id="root"></div></body></html>`;

/**
 * Returns `{ defined, missing, start, end, perTag: { [tag]: { before, after, ms } }, errors }`
 * (heap in bytes). `warmup` cycles per element run before the start figure (one-time caches:
 * styles, templates, the shared player).
 */
export async function runCycles(browser, baseUrl, { count = 1000, warmup = 20, log = () => {} } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
  try {
    const cdp = await attach(page);
    await page.goto(baseUrl + CYCLES_PATH);
    await page.waitForFunction(() => window.__cycles, null, { timeout: 30000 });
    const defined = await page.evaluate(() => window.__cycles.init());
    const missing = await page.evaluate((d) => window.__cycles.TAGS.filter((t) => !d.includes(t)), defined);
    for (const tag of defined) await page.evaluate(([t, n]) => window.__cycles.cycle(t, n), [tag, warmup]);
    const start = await heapAfterGc(cdp);
    const perTag = {};
    let before = start;
    for (const tag of defined) {
      const t = Date.now();
      const left = await page.evaluate(([t, n]) => window.__cycles.cycle(t, n), [tag, count]);
      const ms = Date.now() - t;
      const after = await heapAfterGc(cdp);
      perTag[tag] = { before, after, ms, left };
      log(tag, before, after, ms);
      before = after;
    }
    return { defined, missing, start, end: before, perTag, errors };
  } finally {
    await context.close();
  }
}
