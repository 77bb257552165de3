#!/usr/bin/env node
// Leak check of the built drop-in module (part of `npm test`, after the build): in Chromium,
// mounts and unmounts every element the bundle defines 1000 times with realistic attributes
// (audio-bar and radio-playlist bound to the shared player), forces GC through CDP and fails if
// the JS heap grew more than 2 MB from the start, or the DOM node / JS event listener counts
// (CDP Memory.getDOMCounters) grew beyond a small allowance. Thresholds are generous on purpose:
// a real leak of one element per cycle is ≥ 1000 nodes and tens of KB, far above them.
//   node scripts/check-leaks.js [--cycles 1000]
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, serveStatic } from './lib/static-server.js';
import { CYCLES_PATH, cyclesPageHtml, runCycles } from '../bench/lib/cycles.js';
import { assetRoutes } from '../bench/lib/assets.js';

const HEAP_LIMIT = 2 * 1024 * 1024;
const NODE_ALLOWANCE = 200;
const LISTENER_ALLOWANCE = 20;

const i = process.argv.indexOf('--cycles');
const count = i > 0 ? Math.max(1, Number(process.argv[i + 1]) || 1000) : 1000;

const server = await serveStatic('.', { ...assetRoutes(), [CYCLES_PATH]: { body: cyclesPageHtml() } });
const launch = chromiumLaunchOptions();
launch.args.push('--js-flags=--expose-gc');
const browser = await chromium.launch(launch);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const signed = (n) => (n > 0 ? `+${n}` : String(n));
let result;
try {
  result = await runCycles(browser, server.url, {
    count,
    log: (tag, a, b, ms) =>
      console.log(`leaks: <${tag}> ×${count}: heap ${signed(Math.round((b.heap - a.heap) / 1024))} KB, DOM nodes ${signed(b.nodes - a.nodes)}, listeners ${signed(b.listeners - a.listeners)} (${ms} ms)`),
  });
} finally {
  await browser.close();
  await server.close();
}

const { start, end, defined, missing, errors } = result;
const problems = [];
if (!defined.length) problems.push('the bundle defines none of the elements (is dist/ built?)');
const heap = end.heap - start.heap;
const nodes = end.nodes - start.nodes;
const listeners = end.listeners - start.listeners;
console.log(
  `leaks: ${defined.length} elements × ${count} cycles: heap ${kb(start.heap)} → ${kb(end.heap)} (${signed(Math.round(heap / 1024))} KB, limit ${kb(HEAP_LIMIT)}), ` +
    `DOM nodes ${start.nodes} → ${end.nodes} (limit +${NODE_ALLOWANCE}), listeners ${start.listeners} → ${end.listeners} (limit +${LISTENER_ALLOWANCE})`,
);
if (missing.length) console.log(`leaks: not in the bundle, not checked: ${missing.map((t) => `<${t}>`).join(' ')}`);
if (heap > HEAP_LIMIT) problems.push(`the JS heap grew by ${kb(heap)} (limit ${kb(HEAP_LIMIT)})`);
if (nodes > NODE_ALLOWANCE) problems.push(`${nodes} DOM nodes were not released (allowance ${NODE_ALLOWANCE})`);
if (listeners > LISTENER_ALLOWANCE) problems.push(`${listeners} event listeners were not released (allowance ${LISTENER_ALLOWANCE})`);
for (const e of errors) problems.push(e);
if (problems.length) {
  console.error(problems.map((p) => `leaks: ${p}`).join('\n'));
  process.exit(1);
}
