// In-page side of the benchmark (common to every contestant, not counted in anyone's bytes).
// A page imports this module and one contestant adapter, then calls `start(adapter, scenario)`.
// The Node side (bench/run.js) drives it through `window.__bench`: it waits for `ready`, reads
// CDP metrics, calls `go()` (the measured work), then `update()` / `scroll()` / `click()`.

import { frame, makeArticles, makeTracks } from './data.js';

export { frame, makeArticles, makeTracks };

/** Thrown by an adapter when what it needs is not there (e.g. an element not in dist yet). */
export class NotAvailable extends Error {}

// ---- instrumentation installed before any library runs -----------------------------------

const longTasks = [];
try {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
} catch {
  /* no long task API: counts stay 0 */
}

/** First `playing` event of any media element after `arm()`; works for elements outside the DOM. */
const media = { armedAt: 0, playCalledAt: 0, playingAt: 0, elements: new Set() };
const nativePlay = HTMLMediaElement.prototype.play;
HTMLMediaElement.prototype.play = function play(...args) {
  if (media.armedAt && !media.playCalledAt) media.playCalledAt = performance.now();
  if (!media.elements.has(this)) {
    media.elements.add(this);
    this.addEventListener('playing', () => {
      if (media.armedAt && !media.playingAt) media.playingAt = performance.now();
    });
  }
  return nativePlay.apply(this, args);
};

// ---- helpers for adapters -------------------------------------------------------------------


/** Resolves with `fn()` once it is truthy, checking now and then every frame (rejects after `ms`). */
export async function until(fn, ms = 5000, what = 'condition') {
  const end = performance.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await frame();
  }
}

/** Waits until a media element has its metadata (when it preloads at all), at most `ms`. */
export function mediaSettled(el, ms = 2000) {
  if (!el || el.preload === 'none' || el.readyState >= 1) return Promise.resolve();
  return new Promise((r) => {
    const done = () => r();
    el.addEventListener('loadedmetadata', done, { once: true });
    el.addEventListener('error', done, { once: true });
    setTimeout(done, ms);
  });
}

/** Adds a classic `<script src>` and resolves when it has run. */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

/** Adds a stylesheet and resolves when it is loaded. */
export function loadCss(href) {
  return new Promise((resolve, reject) => {
    const l = document.createElement('link');
    l.rel = 'stylesheet';
    l.href = href;
    l.onload = () => resolve();
    l.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(l);
  });
}

/** Makes play/pause/load and `src` inert on every media element; returns the undo function. */
function stubMedia() {
  const P = HTMLMediaElement.prototype;
  const saved = { play: P.play, pause: P.pause, load: P.load, src: Object.getOwnPropertyDescriptor(P, 'src') };
  const srcs = new WeakMap();
  P.play = () => Promise.resolve();
  P.pause = () => {};
  P.load = () => {};
  Object.defineProperty(P, 'src', {
    configurable: true,
    get() {
      return srcs.get(this) ?? '';
    },
    set(v) {
      srcs.set(this, String(v));
    },
  });
  return () => {
    Object.assign(P, { play: saved.play, pause: saved.pause, load: saved.load });
    Object.defineProperty(P, 'src', saved.src);
  };
}

/** Elements under `root`, shadow trees included. */
function countElements(root) {
  let n = 0;
  const walk = (node) => {
    for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
      n++;
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(root);
  return n;
}

/** The start of the page's next idle period (at most 500 ms away). */
const idle = () => new Promise((r) => (window.requestIdleCallback ? requestIdleCallback(r, { timeout: 500 }) : setTimeout(r, 50)));

const layout = (el) => {
  const box = (el ?? document.body).getBoundingClientRect(); // forces style + layout
  return box.height;
};

const tasksSince = (t) => {
  const mine = longTasks.filter((e) => e.startTime + e.duration >= t);
  return { count: mine.length, max: mine.reduce((m, e) => Math.max(m, e.duration), 0), total: mine.reduce((s, e) => s + e.duration, 0) };
};

/** FCP (ms since navigation) once the browser reports it (after presentation), or null after `ms`. */
const fcpEntry = (ms = 3000) =>
  new Promise((resolve) => {
    const found = () => performance.getEntriesByName('first-contentful-paint')[0];
    if (found()) return resolve(found().startTime);
    try {
      new PerformanceObserver((list, obs) => {
        const e = list.getEntriesByName('first-contentful-paint')[0];
        if (!e) return;
        obs.disconnect();
        resolve(e.startTime);
      }).observe({ type: 'paint', buffered: true });
    } catch {
      /* no paint timing */
    }
    setTimeout(() => resolve(found()?.startTime ?? null), ms);
  });

// ---- the protocol ---------------------------------------------------------------------------

/**
 * scenario: 'playlist' | 'cards' | 'virtual' | 'click'. URL params: n (items), variant (adapter option).
 */
export function start(adapter, scenario) {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') || 10);
  const variant = params.get('variant') || '';
  const root = document.getElementById('root');
  const bench = (window.__bench = { ready: false, error: null, unavailable: null });
  let handle = null;
  let t0 = 0;

  const fail = (e) => {
    if (e instanceof NotAvailable) bench.unavailable = e.message;
    else bench.error = `${e?.name ?? 'Error'}: ${e?.message ?? e}`;
    bench.ready = true;
  };

  const data = scenario === 'cards' ? makeArticles(n) : makeTracks(n);

  bench.go = async () => {
    t0 = performance.now();
    const fn = { playlist: 'renderPlaylist', cards: 'renderCards', virtual: 'renderPlaylist', click: 'renderClick' }[scenario];
    try {
      if (!adapter[fn]) throw new NotAvailable(`${adapter.name} has no ${scenario} rendering`);
      handle = await adapter[fn](root, data, { variant, n });
    } catch (e) {
      if (e instanceof NotAvailable) return { unavailable: e.message };
      throw e;
    }
    layout(handle.last);
    const rendered = performance.now() - t0;
    await frame();
    await frame();
    const fcp = scenario === 'click' ? null : await fcpEntry();
    return {
      rendered,
      fcp: fcp === null ? null : fcp - t0,
      longTasks: tasksSince(t0),
      domNodes: countElements(document.body),
    };
  };

  /** Scrolls row `j` into view before it is changed (a visitor clicks a row they see). */
  bench.reveal = async (j) => {
    if (!handle?.reveal) return false;
    await handle.reveal(j);
    await frame();
    await frame();
    return true;
  };

  /**
   * Changes the playing row to `j`; time until the changed rows are rendered and laid out. The
   * media layer is stubbed meanwhile (for every contestant), so the figure is the UI's update,
   * not the start of a media pipeline.
   */
  bench.update = async (j) => {
    if (!handle?.update) return null;
    await idle();
    const restore = stubMedia();
    try {
      const t = performance.now();
      const el = await handle.update(j);
      layout(el);
      const ms = performance.now() - t;
      await frame();
      return { update: ms, longTasks: tasksSince(t) };
    } finally {
      restore();
    }
  };

  /** Scrolls the (virtualized) list to its end over `steps` frames; long tasks meanwhile. */
  bench.scroll = async (steps = 40) => {
    const scroller = handle?.scroller;
    if (!scroller) return null;
    const t = performance.now();
    for (let s = 1; s <= steps; s++) {
      scroller.scrollTop = (scroller.scrollHeight * s) / steps;
      await frame();
    }
    scroller.scrollTop = scroller.scrollHeight;
    const lastSeen = await until(() => handle.lastRendered?.(), 5000, 'the last row').then(() => true, () => false);
    const ms = performance.now() - t;
    await frame();
    return { scroll: ms, reachedEnd: lastSeen, longTasks: tasksSince(t) };
  };

  /** Clicks the contestant's play control; ms until the media element fires `playing`. */
  bench.click = async (timeout = 15000) => {
    if (!handle?.target) return null;
    await handle.ready;
    await idle();
    media.playingAt = 0;
    media.playCalledAt = 0;
    media.armedAt = performance.now();
    handle.target.click();
    await until(() => media.playingAt, timeout, 'playing').catch(() => 0);
    return {
      playing: media.playingAt ? media.playingAt - media.armedAt : null,
      toPlayCall: media.playCalledAt ? media.playCalledAt - media.armedAt : null,
    };
  };

  Promise.resolve()
    .then(() => adapter.load?.({ variant, scenario }))
    .then(() => {
      bench.libsLoadedAt = performance.now();
      bench.ready = true;
    }, fail);
}
