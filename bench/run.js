#!/usr/bin/env node
// `npm run bench`: renders the same work with our elements (built dist/), a hand-written vanilla
// floor and the peers a radio site would pick instead, in Debian's Chromium, in interleaved
// rounds (contestant order rotated per round), and writes medians and ratios to
// bench/results/latest.json (+ a timestamped copy), docs/benchmarks.md and docs/benchmarks.svg.
//
//   node bench/run.js [--rounds 5] [--only playlist,cards,virtual,click,cycles] [--cycles 1000]
//                     [--cycle-rounds 2] [--minutes 9] [--dist dist] [--no-docs] [--no-build]
// A full run writes bench/results/latest.json (+ a timestamped copy) and docs/; --only / --dist
// runs write bench/results/partial-<time>.json only.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions, serveStatic } from '../scripts/lib/static-server.js';
import { assetRoutes, pageHtml } from './lib/assets.js';
import { attach, delta, heapAfterGc, metrics, settle } from './lib/cdp.js';
import { CYCLES_PATH, cyclesPageHtml, runCycles } from './lib/cycles.js';
import { renderReport } from './lib/report.js';
import { median, quantile } from './lib/stats.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

// ---- options ----------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const ROUNDS = Math.max(1, Number(opt('rounds', 5)) || 5);
const ONLY = opt('only', '') ? new Set(opt('only').split(',')) : null;
const CYCLES = Math.max(1, Number(opt('cycles', 1000)) || 1000);
const CYCLE_ROUNDS = Math.max(1, Number(opt('cycle-rounds', 2)) || 2);
const MINUTES = Number(opt('minutes', 9)) || 9;
const DIST = opt('dist', 'dist');
const DOCS = !argv.includes('--no-docs');
const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
const stamp = () => `[${String(Math.floor(elapsed() / 60)).padStart(2, '0')}:${String(Math.floor(elapsed() % 60)).padStart(2, '0')}]`;
const log = (...a) => console.log(stamp(), ...a);

// ---- contestants and work ---------------------------------------------------------------------
const C = {
  vanilla: { id: 'vanilla', label: 'vanilla DOM (floor)', adapter: 'vanilla' },
  // The floor's bar does less than ours when a track starts; this one does the same (a row change is then the same work).
  vanillaStates: { id: 'vanilla-states', label: "vanilla DOM, with our bar's states", adapter: 'vanilla', variant: 'states' },
  ours: { id: 'ours', label: 'newsradio-elements', adapter: 'ours' },
  oursAll: { id: 'ours-all-rows', label: 'newsradio-elements, every row in the DOM', adapter: 'ours', variant: 'all-rows' },
  oursAllCards: { id: 'ours-all-cards', label: 'newsradio-elements, every card laid out', adapter: 'ours', variant: 'all-cards' },
  oursVirtual: { id: 'ours', label: 'newsradio-elements (virtualized)', adapter: 'ours', variant: 'virtual' },
  oursBar: { id: 'ours-bar', label: 'newsradio-elements <audio-bar src> play button', adapter: 'ours', variant: 'bar' },
  aplayer: { id: 'aplayer', label: 'APlayer 1.10', adapter: 'aplayer' },
  plyr: { id: 'plyr', label: 'Plyr 3.8 + plain list', adapter: 'plyr' },
  mediaChrome: { id: 'media-chrome', label: 'media-chrome 4 + plain list', adapter: 'media-chrome' },
  shoelace: { id: 'shoelace', label: 'Shoelace 2 <sl-card>', adapter: 'shoelace' },
};
const PLAYLIST = [C.vanilla, C.ours, C.aplayer, C.plyr, C.mediaChrome];
const CARDS = [C.vanilla, { id: 'vanilla-shadow', label: 'vanilla DOM, each card in a shadow root', adapter: 'vanilla', variant: 'shadow' }, C.ours, C.shoelace];
const CLICK = [
  { ...C.vanilla, label: 'bare <audio> + button (floor)' },
  { id: 'vanilla-preload-none', label: 'bare <audio preload="none"> + button', adapter: 'vanilla', variant: 'preload-none' },
  { ...C.ours, label: 'newsradio-elements <radio-playlist> row' },
  C.oursBar,
  C.aplayer,
  C.plyr,
  C.mediaChrome,
];

const GROUPS = [
  ...[10, 100, 1000].map((n) => ({
    id: `playlist-${n}`,
    kind: 'playlist',
    scenario: 'playlist',
    n,
    title: `Player bar + playlist, N = ${n}`,
    contestants: n === 1000 ? [...PLAYLIST, C.oursAll, C.vanillaStates] : PLAYLIST,
    update: n === 1000 ? 500 : null,
  })),
  ...[10, 100, 1000].map((n) => ({ id: `cards-${n}`, kind: 'cards', scenario: 'cards', n, title: `News cards, N = ${n}`, contestants: n === 1000 ? [...CARDS, C.oursAllCards] : CARDS })),
  { id: 'virtual-100000', kind: 'virtual', scenario: 'virtual', n: 100000, title: 'Virtualized playlist, N = 100,000', contestants: [C.oursVirtual], scroll: true },
  // One click is a short, spread-out sample (the floor's ran 1.1–8.3 ms in 16 runs, see the
  // report's method), so each contestant is clicked on four pages a round.
  { id: 'click', kind: 'click', scenario: 'click', n: 10, title: 'Click → playing (local WAV)', contestants: CLICK, click: true, repeat: 4 },
].filter((g) => !ONLY || ONLY.has(g.kind));

// A fresh clone has no build yet: make one (the bench measures the built drop-in module).
if (DIST === 'dist' && !existsSync('dist/newsradio-elements.js') && !argv.includes('--no-build')) {
  log('dist/newsradio-elements.js is missing: running `npx vite build`');
  spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
}

// ---- server: the repo (node_modules, bench/pages), a snapshot of dist/, pages and assets -------
function distSnapshot() {
  const routes = {};
  let files = [];
  try {
    files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  } catch {
    /* no build: our rows report n/a */
  }
  for (const f of files) routes[`/dist/${f}`] = { body: readFileSync(join(DIST, f)), type: 'text/javascript; charset=utf-8' };
  return routes;
}

const routes = { ...assetRoutes(), ...distSnapshot(), [CYCLES_PATH]: { body: cyclesPageHtml() } };
for (const g of GROUPS) for (const c of g.contestants) routes[`/bench/p/${c.adapter}-${g.scenario}.html`] = { body: pageHtml(c.adapter, g.scenario) };

let esbuild = null;
try {
  esbuild = await import('esbuild');
} catch {
  /* adapters are then counted unminified */
}

const sizes = new Map();
/** Size of one served file: raw (adapters: minified) and gzip -9; null when it is not a file. */
async function sizeOf(p) {
  if (sizes.has(p)) return sizes.get(p);
  let body = routes[p]?.body ?? null;
  if (!body) {
    try {
      body = readFileSync(join(ROOT, p));
    } catch {
      body = null;
    }
  }
  if (body && p.startsWith('/bench/pages/') && esbuild) body = Buffer.from((await esbuild.transform(body.toString(), { minify: true, loader: 'js', format: 'esm' })).code);
  const size = body && { path: p, min: body.length, gzip: gzipSync(body, { level: 9 }).length };
  sizes.set(p, size);
  return size;
}

/** min and min+gzip bytes of what a page loaded (minus the common harness, data and assets). */
async function bytesOf(paths) {
  const files = [];
  for (const p of [...paths].sort()) {
    if (p.startsWith('/bench/p/') || p.startsWith('/bench/assets/') || p === '/bench/pages/harness.js' || p === '/bench/pages/data.js') continue;
    const size = await sizeOf(p);
    if (size) files.push(size);
  }
  return { min: files.reduce((s, f) => s + f.min, 0), gzip: files.reduce((s, f) => s + f.gzip, 0), files };
}

// ---- one measurement --------------------------------------------------------------------------
async function runJob(browser, baseUrl, group, c) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const paths = new Set();
  const problems = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === baseUrl) paths.add(u.pathname);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text().slice(0, 200)}`));
  try {
    const cdp = await attach(page);
    const query = new URLSearchParams({ n: String(group.n), variant: c.variant ?? '' });
    await page.goto(`${baseUrl}/bench/p/${c.adapter}-${group.scenario}.html?${query}`, { waitUntil: 'commit' });
    const m0 = await metrics(cdp);
    await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 30000, polling: 50 });
    const state = await page.evaluate(() => ({ unavailable: window.__bench.unavailable, error: window.__bench.error }));
    if (state.unavailable) return { unavailable: state.unavailable };
    if (state.error) return { error: state.error, problems };
    const m1 = await metrics(cdp);
    const r = await page.evaluate(() => window.__bench.go());
    const m2 = await metrics(cdp);
    if (r.unavailable) return { unavailable: r.unavailable };
    const sample = { ...r, cpu: delta(m1, m2), loadCpu: delta(m0, m1).task, problems };
    // What the page still does after its render (idle callbacks, lazy chunks) is measured on its own.
    // A visitor's click comes after it, and no sooner than half a second after the list appeared.
    const quiet = await settle(cdp, page, { atLeast: group.update != null || group.click ? 500 : 0 });
    sample.deferred = quiet.deferred;
    if (!quiet.settled) problems.push('main-thread work went on for 3 s after the render: the next step ran while it went on');
    sample.heap = (await heapAfterGc(cdp)).heap;
    if (group.update != null) {
      // The row is brought into view first, as a visitor clicks a row they see: a virtualized list
      // renders it then, and the change re-renders it (before, row 500 of ours was not in the DOM).
      if (await page.evaluate((j) => window.__bench.reveal(j), group.update)) await settle(cdp, page, { atLeast: 300 });
      const u0 = await metrics(cdp);
      const u = await page.evaluate((j) => window.__bench.update(j), group.update);
      const u1 = await metrics(cdp);
      if (u) Object.assign(sample, { update: u.update, updateCpu: delta(u0, u1).task, updateLongTasks: u.longTasks });
      // A second change: what every later click costs, without first-time setup. To a track of the
      // same kind (row 502 is on demand like row 500; 501 is a live station, whose bar has no seek bar).
      const next = await page.evaluate((j) => window.__bench.update(j), group.update + 2);
      if (next) sample.updateNext = next.update;
    }
    if (group.scroll) {
      const s = await page.evaluate(() => window.__bench.scroll());
      if (s) Object.assign(sample, { scroll: s.scroll, reachedEnd: s.reachedEnd, scrollLongTasks: s.longTasks });
    }
    if (group.click) {
      const k = await page.evaluate(() => window.__bench.click());
      sample.playing = k?.playing ?? null;
      sample.toPlayCall = k?.toPlayCall ?? null;
    }
    sample.bytes = await bytesOf(paths);
    return sample;
  } catch (e) {
    return { error: e.message.split('\n')[0], problems };
  } finally {
    await context.close().catch(() => {});
  }
}

// ---- the run ----------------------------------------------------------------------------------
const server = await serveStatic(ROOT, routes);
const launch = chromiumLaunchOptions();
launch.args.push('--js-flags=--expose-gc');
const browser = await chromium.launch(launch);
const results = {};
const cycleSamples = [];
let cyclesInfo = null;
const rotate = (arr, k) => arr.slice(k % arr.length).concat(arr.slice(0, k % arr.length));
const fmt = (v, d = 1) => (v == null ? 'n/a' : v.toFixed(d));

try {
  const version = browser.version();
  log(`Chromium ${version}, ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}; ${ROUNDS} rounds; ${GROUPS.length} groups; budget ${MINUTES} min`);

  // Warm-up (discarded): every adapter once at small N, and one media start (the first media
  // load of a fresh browser is slow).
  const warm = GROUPS.filter((g) => g.n <= 10).flatMap((g) => g.contestants.map((c) => [g, c]));
  for (const [g, c] of warm) await runJob(browser, server.url, g, c);
  log(`warm-up done (${warm.length} pages)`);

  let roundsDone = 0;
  let lastRound = 0;
  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0 && elapsed() + lastRound * 1.1 > MINUTES * 60) {
      log(`stopping after ${round} rounds: another would pass the ${MINUTES}-minute budget`);
      break;
    }
    const t = elapsed();
    for (const g of GROUPS) {
      const order = Array.from({ length: g.repeat ?? 1 }, (_, k) => rotate(g.contestants, round + k)).flat();
      for (const c of order) {
        const s = await runJob(browser, server.url, g, c);
        const slot = ((results[g.id] ??= {})[c.id] ??= { label: c.label, samples: [], unavailable: null, errors: [] });
        if (s.unavailable) slot.unavailable = s.unavailable;
        else if (s.error) slot.errors.push(s.error);
        else slot.samples.push(s);
        const what = s.unavailable
          ? `n/a (${s.unavailable})`
          : s.error
            ? `ERROR ${s.error}`
            : g.click
              ? `playing after ${fmt(s.playing)} ms`
              : `rendered ${fmt(s.rendered)} ms, cpu ${fmt(s.cpu.task)} ms${s.update != null ? `, update ${fmt(s.update, 2)} ms` : ''}${s.scroll != null ? `, scroll ${fmt(s.scroll, 0)} ms, long tasks ${s.scrollLongTasks.count} (max ${fmt(s.scrollLongTasks.max, 0)})` : ''}`;
        log(`round ${round + 1}/${ROUNDS} ${g.id.padEnd(15)} ${c.id.padEnd(14)} ${what}`);
      }
    }
    if ((!ONLY || ONLY.has('cycles')) && round < CYCLE_ROUNDS) {
      const r = await runCycles(browser, server.url, {
        count: CYCLES,
        log: (tag, before, after, ms) =>
          log(`round ${round + 1}/${ROUNDS} cycles ×${CYCLES} ${tag.padEnd(15)} heap ${fmt((after.heap - before.heap) / 1024)} KB, nodes ${after.nodes - before.nodes}, listeners ${after.listeners - before.listeners} (${ms} ms)`),
      }).catch((e) => ({ error: e.message }));
      if (r.error) log(`cycles: ERROR ${r.error}`);
      else {
        cyclesInfo = { defined: r.defined, missing: r.missing, errors: r.errors };
        cycleSamples.push(r);
      }
    }
    roundsDone = round + 1;
    lastRound = elapsed() - t;
    log(`round ${round + 1} took ${lastRound.toFixed(0)} s`);
  }

  // ---- medians ----
  const summary = {};
  for (const g of GROUPS) {
    const rows = {};
    for (const c of g.contestants) {
      const slot = results[g.id]?.[c.id];
      if (!slot) continue;
      const S = slot.samples;
      const med = (f) => median(S.map(f).filter((v) => v != null && Number.isFinite(v)));
      rows[c.id] = {
        label: slot.label,
        runs: S.length,
        unavailable: S.length ? null : (slot.unavailable ?? (slot.errors[0] ? `error: ${slot.errors[0]}` : 'no samples')),
        errors: [...new Set(slot.errors)],
        problems: [...new Set(S.flatMap((s) => s.problems ?? []))].slice(0, 5),
        bytes: S[0]?.bytes ? { min: S[0].bytes.min, gzip: S[0].bytes.gzip, files: S[0].bytes.files } : null,
        rendered: med((s) => s.rendered),
        fcp: med((s) => s.fcp),
        cpu: med((s) => s.cpu.task),
        script: med((s) => s.cpu.script),
        layout: med((s) => s.cpu.layout),
        style: med((s) => s.cpu.style),
        loadCpu: med((s) => s.loadCpu),
        deferred: med((s) => s.deferred),
        heap: med((s) => s.heap),
        longTasks: med((s) => s.longTasks.count),
        longTaskMax: med((s) => s.longTasks.max),
        domNodes: med((s) => s.domNodes),
        update: med((s) => s.update),
        updateCpu: med((s) => s.updateCpu),
        updateNext: med((s) => s.updateNext),
        scroll: med((s) => s.scroll),
        scrollLongTasks: med((s) => s.scrollLongTasks?.count),
        scrollLongTaskMax: S.length ? Math.max(...S.map((s) => s.scrollLongTasks?.max ?? 0)) : null,
        reachedEnd: S.length ? S.every((s) => s.reachedEnd !== false) : null,
        playing: med((s) => s.playing),
        playingQuartiles: S.length ? [0.25, 0.75].map((q) => quantile(S.map((s) => s.playing), q)) : null,
        toPlayCall: med((s) => s.toPlayCall),
      };
    }
    const floor = rows.vanilla;
    for (const r of Object.values(rows)) {
      const ratio = (k) => (floor?.[k] && r[k] != null ? r[k] / floor[k] : null);
      r.ratio = { rendered: ratio('rendered'), cpu: ratio('cpu'), loadPlusCpu: floor && r.cpu != null ? (r.cpu + r.loadCpu) / (floor.cpu + floor.loadCpu) : null, playing: ratio('playing'), update: ratio('update') };
    }
    summary[g.id] = { title: g.title, kind: g.kind, n: g.n, rows };
  }
  let cycles = null;
  if (cycleSamples.length) {
    const tags = cycleSamples[0].defined;
    cycles = { count: CYCLES, rounds: cycleSamples.length, ...cyclesInfo, perTag: {} };
    for (const tag of tags) {
      const d = (k) => median(cycleSamples.map((s) => s.perTag[tag] && s.perTag[tag].after[k] - s.perTag[tag].before[k]).filter((v) => v != null));
      cycles.perTag[tag] = { heap: d('heap'), nodes: d('nodes'), listeners: d('listeners'), ms: median(cycleSamples.map((s) => s.perTag[tag]?.ms ?? 0)) };
    }
    const total = (k) => median(cycleSamples.map((s) => s.end[k] - s.start[k]));
    cycles.total = { heap: total('heap'), nodes: total('nodes'), listeners: total('listeners') };
  }

  const distFile = routes['/dist/newsradio-elements.js']?.body;
  const cpuModel = (() => {
    try {
      return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpus()[0]?.model;
    } catch {
      return cpus()[0]?.model ?? 'unknown';
    }
  })();
  const out = {
    meta: {
      date: new Date().toISOString(),
      cpu: cpuModel,
      cores: cpus().length,
      loadAverage: loadavg().map((v) => Number(v.toFixed(2))),
      chromium: version,
      node: process.version,
      rounds: roundsDone,
      roundsAsked: ROUNDS,
      seconds: Math.round(elapsed()),
      cpuClock: 'thread CPU time (CDP Performance.getMetrics, timeDomain threadTicks)',
      distDir: DIST,
      dist: distFile ? { min: distFile.length, gzip: gzipSync(distFile, { level: 9 }).length } : null,
    },
    groups: summary,
    cycles,
  };

  // A full run of the real build is "latest"; partial runs (--only, --dist) get their own file.
  const full = !ONLY && DIST === 'dist';
  const stampName = out.meta.date.replace(/[:.]/g, '-');
  const json = JSON.stringify(out, null, 2) + '\n';
  mkdirSync('bench/results', { recursive: true });
  const written = full ? ['bench/results/latest.json', `bench/results/${stampName}.json`] : [`bench/results/partial-${stampName}.json`];
  for (const f of written) writeFileSync(f, json);
  const report = renderReport(out);
  const docs = DOCS && full;
  if (docs) {
    mkdirSync('docs', { recursive: true });
    writeFileSync('docs/benchmarks.md', report.markdown);
    writeFileSync('docs/benchmarks.svg', report.svg);
  }
  console.log(`\n${report.console}`);
  log(`done: ${[...written, ...(docs ? ['docs/benchmarks.md', 'docs/benchmarks.svg'] : [])].join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
