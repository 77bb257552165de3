#!/usr/bin/env node
/**
 * Smoke + accessibility check of every story in a built Storybook (`npm run test:stories`).
 *
 *   npm run build-storybook && npm run test:stories
 *   node scripts/check-stories.js [--dir storybook-static] [--filter text] [--concurrency 2]
 *                                 [--no-docs] [--timeout 30000] [--color-scheme light|dark] [--isolate]
 *
 * --isolate loads every story in a fresh tab (slower; by default a tab is reused and only a story
 * that fails is re-checked in a fresh tab).
 *
 * Serves the static build on 127.0.0.1 (free port, no dependencies), reads index.json, and opens
 * every story (`iframe.html?id=…&viewMode=story`) in Chromium (playwright-core, Debian's
 * /usr/bin/chromium or $CHROME_PATH; never a downloaded browser). A story FAILS on:
 *   - a console error, an uncaught exception or unhandled rejection, a failed request (anything
 *     not served by the local server is blocked: stories must work offline), an HTTP status >= 400;
 *   - Storybook's error display (render threw, story missing), an empty #storybook-root;
 *   - a custom element in the story that is not defined, or a Lit element whose class field
 *     shadows its reactive property (the two ways a wrong decorator transform shows up);
 *   - any axe-core violation in #storybook-root for WCAG 2.0/2.1/2.2 A and AA.
 * Docs pages (autodocs) are loaded too and fail on errors (no axe: that UI is Storybook's).
 *
 * Per-story opt-outs, as story `parameters` (Storybook's own a11y parameters are honoured, so the
 * a11y panel and this check agree):
 *   a11y: { test: 'todo' }                     violations are printed as warnings, not failures
 *   a11y: { test: 'off' } / { disable: true }  axe is not run
 *   a11y: { config: { rules: [{ id: 'color-contrast', enabled: false }] } }
 *   a11y: { context: { exclude: ['.decorative'] } }
 *   checkStories: { allowConsoleErrors: ['substring', /regex/] }
 *                                              expected errors (an Error-state story logs one,
 *                                              and its 404 shows as "Failed to load resource")
 * and the story tag 'skip-check-stories' (`tags: ['skip-check-stories']`): not opened at all (say
 * why in the story; it is listed as skipped).
 *
 * Exit code: 0 all passed, 1 a story failed, 2 the check could not run.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS } from './lib/chromium-args.js';

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  // Offline by construction: only the local server resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const opts = {
    dir: 'storybook-static',
    filter: '',
    concurrency: Math.max(1, Math.min(2, cpus().length)),
    docs: true,
    timeout: Number(process.env.STORY_TIMEOUT) || 30_000,
    colorScheme: 'light',
    isolate: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--dir') opts.dir = value();
    else if (flag === '--filter') opts.filter = value();
    else if (flag === '--concurrency') opts.concurrency = Math.max(1, Number(value()) || 1);
    else if (flag === '--timeout') opts.timeout = Number(value()) || opts.timeout;
    else if (flag === '--no-docs') opts.docs = false;
    else if (flag === '--isolate') opts.isolate = true;
    else if (flag === '--color-scheme') opts.colorScheme = value();
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: node scripts/check-stories.js [--dir storybook-static] [--filter text] [--concurrency n] [--timeout ms] [--no-docs] [--color-scheme light|dark] [--isolate]');
      process.exit(0);
    } else {
      console.error(`check-stories: unknown option ${argv[i]}`);
      process.exit(2);
    }
  }
  return opts;
}

// ---------------------------------------------------------------------------------------------
// Static server

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.m3u': 'audio/x-mpegurl',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.pls': 'audio/x-scpls',
  '.xspf': 'application/xspf+xml',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.flac': 'audio/flac',
};

function startServer(root) {
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // Chromium asks for it on every page; Storybook ships favicon.svg instead.
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const stat = statSync(file);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
      const headers = {
        'content-type': type,
        'accept-ranges': 'bytes',
        // Hashed assets are shared between pages: let the browser cache them for the run.
        'cache-control': /\/assets\/|\/sb-/.test(pathname) ? 'max-age=3600' : 'no-cache',
      };
      if (range && (range[1] || range[2])) {
        const start = range[1] ? Number(range[1]) : Math.max(0, stat.size - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), stat.size - 1) : stat.size - 1;
        if (start > end || start >= stat.size) {
          res.writeHead(416, { 'content-range': `bytes */${stat.size}` }).end();
          return;
        }
        res.writeHead(206, { ...headers, 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${stat.size}` });
        if (req.method === 'HEAD') res.end();
        else createReadStream(file, { start, end }).pipe(res);
        return;
      }
      res.writeHead(200, { ...headers, 'content-length': stat.size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

// ---------------------------------------------------------------------------------------------
// In-page helpers (run inside the story iframe)

/** Installed before any page script: records Storybook channel events in window.__checkStories. */
function installChannelProbe() {
  const state = { events: [], errors: [] };
  Object.defineProperty(window, '__checkStories', { value: state });
  let channel;
  const watch = ['storyFinished', 'storyRendered', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
  const hook = (ch) => {
    for (const name of watch) {
      ch.on(name, (payload) => {
        const id = typeof payload === 'string' ? payload : payload?.storyId;
        state.events.push({ name, id });
        if (/Errored|Threw|Missing/.test(name)) {
          const detail = payload && typeof payload === 'object' ? payload.message || payload.title || JSON.stringify(payload) : String(payload ?? '');
          state.errors.push(`${name}: ${detail}`.slice(0, 2000));
        }
      });
    }
  };
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      try {
        hook(value);
      } catch (e) {
        state.errors.push(`check-stories could not watch the channel: ${e}`);
      }
    },
  });
}

/** After render: the story's check parameters and structural problems. */
async function inspectStory() {
  const preview = window.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  const params = render?.story?.parameters ?? {};
  const toPattern = (p) => (p instanceof RegExp ? { source: p.source, flags: p.flags } : { text: String(p) });
  const problems = [];

  const root = document.getElementById('storybook-root');
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const msg = document.getElementById('error-message')?.textContent?.trim();
    const stack = document.getElementById('error-stack')?.textContent?.trim().split('\n').slice(1, 4).join('\n');
    problems.push(`Storybook error display: ${msg || '(no message)'}${stack ? `\n${stack}` : ''}`);
  } else if (!root) {
    problems.push('#storybook-root not found');
  } else if (![...(root.querySelector(':scope > #root-inner') ?? root).childNodes].some((n) => n.nodeType === 1 || (n.nodeType === 3 && n.textContent?.trim()))) {
    problems.push('#storybook-root is empty: the story rendered nothing');
  }

  // Every custom element (including inside shadow roots) must be defined and settled.
  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root) walk(root);
  const undefinedTags = new Set();
  const pending = [];
  for (const el of all) {
    const tag = el.localName;
    if (!tag.includes('-')) continue;
    const ctor = customElements.get(tag);
    if (!ctor) {
      undefinedTags.add(tag);
      continue;
    }
    if (el.updateComplete && typeof el.updateComplete.then === 'function') pending.push(el.updateComplete);
    // Lit: a class field with [[Define]] semantics (wrong decorator/TS transform) shadows the
    // reactive accessor, so changes never render. Lit warns in dev mode only.
    const props = ctor.elementProperties;
    if (props instanceof Map) {
      for (const key of props.keys()) {
        if (typeof key === 'string' && Object.prototype.hasOwnProperty.call(el, key)) {
          problems.push(`<${tag}> has an own "${key}" field shadowing its reactive property (class fields must not use define semantics: check experimentalDecorators/useDefineForClassFields in the build)`);
        }
      }
    }
  }
  for (const tag of undefinedTags) problems.push(`<${tag}> is not defined (element module failed to load or register)`);
  const timeout = (ms) => new Promise((r) => setTimeout(() => r('timeout'), ms));
  if ((await Promise.race([Promise.allSettled(pending), timeout(5000)])) === 'timeout') {
    problems.push('elements did not finish updating within 5 s');
  }
  // Let images inside the story (also in shadow roots) load or fail, so their errors are seen.
  const imgs = all.filter((el) => el.localName === 'img' && el.getAttribute('src') && !el.complete);
  await Promise.race([
    Promise.all(imgs.map((img) => new Promise((r) => { img.addEventListener('load', r, { once: true }); img.addEventListener('error', r, { once: true }); }))),
    timeout(5000),
  ]);
  await document.fonts?.ready;

  const a11y = params.a11y ?? {};
  const check = params.checkStories ?? {};
  return {
    problems,
    phase: render?.phase,
    a11y: {
      off: a11y.disable === true || a11y.test === 'off',
      todo: a11y.test === 'todo',
      rules: Array.isArray(a11y.config?.rules) ? a11y.config.rules.filter((r) => r && typeof r.id === 'string') : [],
      exclude: Array.isArray(a11y.context?.exclude) ? a11y.context.exclude.filter((s) => typeof s === 'string') : [],
    },
    allowConsoleErrors: (check.allowConsoleErrors ?? []).map(toPattern),
  };
}

async function runAxe({ tags, rules, exclude }) {
  const axe = window.axe;
  axe.reset();
  if (rules.length) axe.configure({ rules });
  // With runOnly, axe ignores `enabled` from configure(): repeat the switches as run options
  // (what @storybook/addon-a11y does too).
  const runRules = Object.fromEntries(rules.filter((r) => typeof r.enabled === 'boolean').map((r) => [r.id, { enabled: r.enabled }]));
  const context = { include: [['#storybook-root']], exclude: exclude.map((s) => [s]) };
  const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, rules: runRules, resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' >>> '),
      html: n.html.length > 240 ? `${n.html.slice(0, 240)}…` : n.html,
      summary: n.failureSummary ?? '',
    })),
  }));
}

// ---------------------------------------------------------------------------------------------
// Runner

const matches = (patterns, text) =>
  patterns.some((p) => ('text' in p ? text.includes(p.text) : new RegExp(p.source, p.flags).test(text)));

function formatViolations(violations) {
  const lines = [];
  for (const v of violations) {
    lines.push(`axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`);
    lines.push(`  ${v.helpUrl}`);
    for (const n of v.nodes.slice(0, 8)) {
      lines.push(`  - ${n.target}`);
      lines.push(`    ${n.html}`);
      for (const s of n.summary.split('\n').filter(Boolean)) lines.push(`    ${s.trim()}`);
    }
    if (v.nodes.length > 8) lines.push(`  … and ${v.nodes.length - 8} more nodes`);
  }
  return lines;
}

/**
 * One browser tab that checks entries one after another. The preview stays loaded and switches
 * stories through Storybook's own channel (what @storybook/test-runner does), which is several
 * times faster than loading iframe.html for each story. A story that fails is checked again in
 * a fresh tab before it is reported, so nothing left over from the previous story can fail it;
 * after a failure the next story also gets a fresh tab.
 */
class Tab {
  constructor(context, base, opts, axePath) {
    Object.assign(this, { context, base, opts, axePath, page: null, sink: null, origin: new URL(base).origin });
  }

  async #open() {
    const page = await this.context.newPage();
    const short = (url) => url.replace(this.origin, '');
    page.on('console', (msg) => {
      const type = msg.type();
      if (!this.sink || (type !== 'error' && type !== 'assert' && type !== 'warning')) return;
      const loc = msg.location()?.url;
      const body = msg.text().split('\n').slice(0, 6).join('\n');
      const text = `${body}${loc && !msg.text().includes(loc) ? ` (${short(loc)})` : ''}`;
      if (type === 'warning') this.sink.warnings.push(`console.warn: ${text}`);
      else this.sink.errors.push(`console.${type}: ${text}`);
    });
    page.on('pageerror', (err) => this.sink?.errors.push(`uncaught: ${err.stack?.split('\n').slice(0, 4).join('\n') || err.message}`));
    page.on('requestfailed', (req) => {
      const why = req.failure()?.errorText ?? 'failed';
      // Cancelled requests (an element aborting its fetch when removed, lazy images of a story
      // being torn down) are not failures.
      if (why === 'net::ERR_ABORTED') return;
      this.sink?.errors.push(`request failed: ${short(req.url())} (${why})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) this.sink?.errors.push(`HTTP ${res.status()}: ${short(res.url())}`);
    });
    this.page = page;
  }

  async close() {
    const page = this.page;
    this.page = null;
    await page?.close().catch(() => {});
  }

  /** Checks one entry; on failure in a reused tab, checks it again in a fresh one. */
  async check(entry) {
    const started = performance.now();
    let result = await this.#checkOnce(entry);
    if (result.failures.length && result.reused) {
      await this.close();
      result = await this.#checkOnce(entry);
    }
    if (result.failures.length || this.opts.isolate) await this.close();
    return { ...result, ms: Math.round(performance.now() - started) };
  }

  async #checkOnce(entry) {
    const { opts } = this;
    const failures = [];
    const sink = { errors: [], warnings: [] };
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    const reused = !!this.page;
    let info = { problems: [], a11y: { off: true }, allowConsoleErrors: [] };
    try {
      if (reused) {
        this.sink = sink;
        await this.page.evaluate(
          ({ id, mode }) => {
            const s = window.__checkStories;
            s.events.length = 0;
            s.errors.length = 0;
            window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: mode });
          },
          { id: entry.id, mode: viewMode },
        );
      } else {
        await this.#open();
        this.sink = sink;
        // a11y.manual: the a11y addon would run axe itself after each story; we run it below.
        const url = `${this.base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=a11y.manual:!true`;
        const response = await this.page.goto(url, { waitUntil: 'load', timeout: opts.timeout });
        if (!response?.ok()) throw new Error(`iframe.html answered HTTP ${response?.status() ?? '(no response)'}`);
      }
      const done = viewMode === 'docs' ? 'docsRendered' : 'storyFinished';
      await this.page
        .waitForFunction(
          ({ name, id }) => {
            const s = window.__checkStories;
            return (
              !!s &&
              (s.errors.length > 0 ||
                s.events.some((e) => e.name === name && (e.id === undefined || e.id === id)) ||
                document.body.classList.contains('sb-show-errordisplay'))
            );
          },
          { name: done, id: entry.id },
          { timeout: opts.timeout, polling: 50 },
        )
        .catch(() => failures.push(`timed out after ${opts.timeout} ms waiting for ${done}`));
      failures.push(...(await this.page.evaluate(() => window.__checkStories?.errors ?? [])));

      if (viewMode === 'docs') {
        // Stories inside the docs page render after docsRendered; give them a moment.
        await this.page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
        await this.page.waitForTimeout(reused ? 300 : 0);
        // A docs page shows every story of its files: what any of them may log is allowed here.
        info.allowConsoleErrors = await this.page.evaluate(() => {
          const toPattern = (p) => (p instanceof RegExp ? { source: p.source, flags: p.flags } : { text: String(p) });
          const files = window.__STORYBOOK_PREVIEW__?.currentRender?.csfFiles ?? [];
          const all = [];
          for (const file of files) {
            for (const a of [file.meta, ...Object.values(file.stories ?? {})]) all.push(...(a?.parameters?.checkStories?.allowConsoleErrors ?? []));
          }
          return all.map(toPattern);
        });
        const docsError = await this.page.evaluate(() =>
          document.body.classList.contains('sb-show-errordisplay') ? document.getElementById('error-message')?.textContent?.trim() || 'error display shown' : '',
        );
        if (docsError) failures.push(`Storybook error display: ${docsError}`);
      } else {
        info = await this.page.evaluate(inspectStory);
        failures.push(...info.problems);
        if (!info.a11y.off && !failures.length) {
          if (!(await this.page.evaluate(() => typeof window.axe?.run === 'function'))) await this.page.addScriptTag({ path: this.axePath });
          const violations = await this.page.evaluate(runAxe, { tags: A11Y_TAGS, rules: info.a11y.rules, exclude: info.a11y.exclude });
          if (violations.length) (info.a11y.todo ? sink.warnings : failures).push(...formatViolations(violations));
        }
      }
    } catch (err) {
      failures.push(`check crashed: ${err?.message ?? err}`);
    } finally {
      this.sink = null;
    }
    const errors = sink.errors.filter((e) => !matches(info.allowConsoleErrors ?? [], e));
    const warnings = [...sink.errors.filter((e) => !errors.includes(e)).map((e) => `(allowed) ${e}`), ...sink.warnings];
    return { entry, reused, failures: [...errors, ...failures], warnings, axe: entry.type === 'story' && !info.a11y?.off };
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const root = resolve(opts.dir);
  const indexFile = join(root, 'index.json');
  if (!existsSync(indexFile) || !existsSync(join(root, 'iframe.html'))) {
    console.error(`check-stories: no complete Storybook build in ${root} (index.json, iframe.html); run \`npm run build-storybook\` first.`);
    process.exit(2);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const entries = Object.values(index.entries ?? index.stories ?? {})
    .filter((e) => e.type === 'story' || (opts.docs && e.type === 'docs'))
    .filter((e) => !opts.filter || e.id.includes(opts.filter) || `${e.title}/${e.name}`.includes(opts.filter));
  const skipped = entries.filter((e) => e.tags?.includes('skip-check-stories'));
  for (const e of skipped) entries.splice(entries.indexOf(e), 1);
  const storyCount = entries.filter((e) => e.type === 'story').length;
  if (!entries.length || (!storyCount && !opts.filter)) {
    console.error(`check-stories: no stories found in ${indexFile}${opts.filter ? ` matching "${opts.filter}"` : ''}.`);
    process.exit(opts.filter ? 2 : 1);
  }

  const require = createRequire(join(process.cwd(), 'package.json'));
  const axePath = require.resolve('axe-core/axe.min.js');
  const { chromium } = await import('playwright-core');

  const server = await startServer(root);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    locale: 'en-US',
    colorScheme: opts.colorScheme === 'dark' ? 'dark' : 'light',
  });
  await context.addInitScript(installChannelProbe);

  for (const e of skipped) console.log(`skip ${e.id} (tag skip-check-stories)`);
  console.log(`check-stories: ${storyCount} stories${opts.docs ? ` + ${entries.length - storyCount} docs pages` : ''} from ${opts.dir}, Chromium ${browser.version()}, axe ${A11Y_TAGS.join('/')}, concurrency ${opts.concurrency}, ${opts.colorScheme} scheme`);

  const results = new Array(entries.length);
  let next = 0;
  const report = (r) => {
    const kind = r.entry.type === 'docs' ? 'docs ' : '';
    const status = r.failures.length ? 'FAIL' : r.warnings.length ? 'warn' : 'ok  ';
    const note = r.entry.type === 'story' && !r.axe ? ', axe off' : '';
    console.log(`${status} ${kind}${r.entry.id} (${r.ms} ms${note})`);
    for (const line of r.failures.flatMap((f) => f.split('\n'))) console.log(`       ${line}`);
    for (const line of r.warnings.flatMap((w) => w.split('\n'))) console.log(`       warn: ${line}`);
  };
  const worker = async () => {
    const tab = new Tab(context, base, opts, axePath);
    try {
      while (next < entries.length) {
        const i = next++;
        results[i] = await tab.check(entries[i]);
        report(results[i]);
      }
    } finally {
      await tab.close();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(opts.concurrency, entries.length) }, worker));
  } finally {
    await context.close().catch(() => {});
    await browser.close().catch(() => {});
    server.close();
  }

  const failed = results.filter((r) => r.failures.length);
  const warned = results.filter((r) => !r.failures.length && r.warnings.length);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `\ncheck-stories: ${results.length} checked (${storyCount} stories), ${results.length - failed.length} passed, ` +
      `${failed.length} failed, ${warned.length} with warnings, ${skipped.length} skipped, in ${secs} s`,
  );
  if (failed.length) {
    console.log(`failed: ${failed.map((r) => r.entry.id).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error('check-stories: could not run:', err?.stack ?? err);
  process.exit(2);
});
