#!/usr/bin/env node
// Loads the built drop-in module into a plain HTML page in Chromium, the way a site owner would
// (<script type="module" src>), twice (two module instances, like two plugins each embedding it),
// and checks: every element defines, a <news-card heading=…> renders, exactly one console warning,
// no error, no uncaught exception.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, serveStatic } from './lib/static-server.js';

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bundle check</title><link rel="icon" href="data:,">
<script type="module" src="/dist/newsradio-elements.js"></script>
<script type="module" src="/dist/newsradio-elements.js?second-copy"></script>
</head><body>
<news-card heading="Hello from the bundle" href="/post" date="2026-11-26" category="News"></news-card>
</body></html>`;

const server = await serveStatic('.', { '/bundle-check.html': { body: page } });
const browser = await chromium.launch(chromiumLaunchOptions());
const problems = [];
try {
  const tab = await browser.newPage();
  const warnings = [];
  tab.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await tab.goto(`${server.url}/bundle-check.html`);
  await tab.waitForFunction(() => document.querySelector('news-card')?.shadowRoot?.querySelector('[part~="title"]'));
  await tab.waitForTimeout(300);
  const title = await tab.evaluate(() => document.querySelector('news-card').shadowRoot.querySelector('[part~="title"]').textContent.trim());
  const tags = ['news-card', 'article-view', 'radio-playlist', 'audio-bar', 'widget-area'];
  const defined = await tab.evaluate((t) => t.filter((n) => customElements.get(n)), tags);
  const srcTags = await import('node:fs').then((fs) => fs.readdirSync('src/components'));
  for (const t of srcTags) if (!defined.includes(t)) problems.push(`<${t}> is not defined by the bundle`);
  if (title !== 'Hello from the bundle') problems.push(`news-card rendered "${title}"`);
  const ours = warnings.filter((w) => w.includes('newsradio-elements'));
  if (ours.length !== 1) problems.push(`expected one registration warning, got ${ours.length}: ${ours.join(' | ')}`);
  console.log(`bundle: defined ${defined.map((t) => `<${t}>`).join(' ')}; loaded twice → ${ours.length} warning`);
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.map((p) => `bundle: ${p}`).join('\n'));
  process.exit(1);
}
