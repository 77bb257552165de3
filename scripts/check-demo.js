#!/usr/bin/env node
/**
 * Smoke test of the demo (`npm run test:demo`): starts what `npm start` starts (the local stream
 * source and Vite on free ports), opens the pages in Chromium (playwright-core, Debian's
 * /usr/bin/chromium or $CHROME_PATH) and checks what a visitor sees:
 *
 *   index.html     no console error, uncaught exception, failed or >= 400 request (everything is
 *                  local: other hosts are unresolvable); the article (breadcrumb Home › News ›
 *                  Politics, title, date, three paragraphs, "Written by …") is visible; the sidebar
 *                  <widget-area> shows its playlist (the live station + six mixes) and compact
 *                  <news-card>s; "More from News" has three cards; the <audio-bar> is fixed at the
 *                  bottom; no horizontal overflow at 360 and 1280 px; axe (WCAG 2.2 A/AA) passes;
 *                  pressing play on the live station plays it (currentTime advances) and the bar's
 *                  title follows /status-json.xsl as it changes.
 *   dark-rtl.html  the same content, right to left, dark; axe passes.
 *   customizer.html  a layout sent from the Customizer reorders the preview's sidebar while the
 *                  live station keeps playing (the same <radio-playlist> node).
 *   player-popup.html  the bar's popup button opens it; it takes the playing live station over
 *                  and the page's bar says "Playing in the popup"; axe passes there.
 *
 *   node scripts/check-demo.js [--screenshots dir] [--only index|dark-rtl|customizer|popup] [--headed]
 *                              [--prod]   (the production build, dist-demo/, through `vite preview`)
 *
 * Prints one line per check and "N passed, N failed"; exit code 0 when all passed, 1 otherwise,
 * 2 when it could not run.
 */
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { startDemo } from '../demo/server/start.js';
import { STATION } from '../demo/server/stream-source.js';
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS } from './lib/chromium-args.js';

const require = createRequire(import.meta.url);
const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  // Offline by construction: only the local server resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const TITLE = 'Regional assembly approves a fund for community radio stations';
const MIXES = [
  '01. LOFI IN SPACE chill lofi beats to vibe',
  '01. Jazz',
  '01. Highlife Sundays',
  '01. Deep House Drive',
  '01. Amapiano Sunset',
  '01. Morning Acoustic',
];

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const screenshots = arg('screenshots');
const only = arg('only');
if (screenshots) mkdirSync(screenshots, { recursive: true });

let passed = 0;
let failed = 0;
const check = async (name, fn) => {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (e) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
  }
};
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

/** Collects what must not happen on a page. */
function watch(page, origin) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    const failure = r.failure()?.errorText ?? '';
    // The live stream and media are cut off when the page goes away or the player switches track.
    if (/ERR_ABORTED/.test(failure) && /\/stream|\/mixes\//.test(r.url())) return;
    problems.push(`request failed: ${r.url()} (${failure})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    else if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`left the machine: ${r.url()}`);
  });
  return problems;
}

/** Everything the checks read from the page, in one evaluate (shadow roots included). */
const readPage = () => {
  const text = (el) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const part = (host, name) => host?.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
  const article = document.querySelector('article-view');
  const area = document.querySelector('widget-area');
  const playlist = area?.querySelector('radio-playlist');
  const items = [...(playlist?.shadowRoot?.querySelectorAll('[part~="item"]') ?? [])];
  const bar = document.querySelector('audio-bar');
  const barBox = part(bar, 'bar') ?? bar;
  return {
    defined: ['article-view', 'news-card', 'radio-playlist', 'audio-bar', 'widget-area'].filter((t) => !customElements.get(t)),
    title: text(part(article, 'title')),
    titleVisible: visible(part(article, 'title')),
    breadcrumb: text(part(article, 'breadcrumb')),
    byline: text(part(article, 'byline')),
    paragraphs: article ? [...article.querySelectorAll('[data-nr-body] p')].filter(visible).length : 0,
    date: part(article, 'date')?.getAttribute('datetime') ?? '',
    areaStatus: area?.getAttribute('status'),
    widgetTitles: [...(area?.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].map(text),
    sidebarCards: [...(area?.querySelectorAll('news-card[layout="compact"]') ?? [])].filter(visible).map((c) => text(part(c, 'title'))),
    playlistItems: items.map((i) => [text(i.querySelector('[part~="title"]')), text(i.querySelector('[part~="subtitle"]'))]),
    moreNews: [...document.querySelectorAll('#more-news news-card')].filter(visible).map((c) => text(part(c, 'title'))),
    barFixedBottom: !!bar && Math.abs(barBox.getBoundingClientRect().bottom - innerHeight) < 2 && getComputedStyle(bar).position === 'fixed',
    barTitle: text(part(bar, 'title')),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    dir: getComputedStyle(document.body).direction,
    cardScheme: area?.querySelector('news-card') ? getComputedStyle(area.querySelector('news-card')).colorScheme : '',
    sidebarLeft: area ? area.getBoundingClientRect().left : 0,
    mainLeft: article ? article.getBoundingClientRect().left : 0,
  };
};

async function axe(page, axePath) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  }, A11Y_TAGS);
  assert(!violations.length, violations.join('\n'));
}

const TAGS = ['article-view', 'news-card', 'radio-playlist', 'audio-bar', 'widget-area'];

async function waitForPage(page) {
  // Undefined tags are reported by the first check; don't wait forever for them here.
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, { timeout: 15000 }).catch(() => {});
  await page.waitForFunction(() => {
    const area = document.querySelector('widget-area');
    const playlist = area?.querySelector('radio-playlist');
    return (
      document.querySelector('article-view')?.getAttribute('status') === 'ready' &&
      area?.getAttribute('status') === 'ready' &&
      playlist?.getAttribute('status') === 'ready' &&
      document.querySelectorAll('#more-news news-card').length === 3
    );
  }, undefined, { timeout: 30000 });
  // Images and fonts settled, custom elements rendered.
  await page.evaluate(() => Promise.all([...document.images].map((i) => (i.complete ? null : new Promise((r) => (i.onload = i.onerror = r))))));
}

async function checkIndex(context, base, axePath) {
  console.log('index.html');
  const page = await context.newPage();
  const problems = watch(page, base);
  await page.goto(base, { waitUntil: 'load' });
  await check('elements are defined and have loaded their data', async () => {
    await waitForPage(page);
    const s = await page.evaluate(readPage);
    assert(!s.defined.length, `not defined: ${s.defined.join(', ')}`);
  });
  const s = await page.evaluate(readPage);
  await check('the article: breadcrumb, title, date, three paragraphs, byline', () => {
    assert(s.title === TITLE && s.titleVisible, `title: "${s.title}" (visible: ${s.titleVisible})`);
    assert(/Home\s*›?\s*News\s*›?\s*Politics/.test(s.breadcrumb), `breadcrumb: "${s.breadcrumb}"`);
    assert(s.date.startsWith('2026-11-24'), `date: "${s.date}"`);
    assert(s.paragraphs === 3, `paragraphs: ${s.paragraphs}`);
    assert(/Written by\s+Kwame Asante/.test(s.byline), `byline: "${s.byline}"`);
  });
  await check('the sidebar: playlist of the station and six mixes, compact news cards', () => {
    assert(s.areaStatus === 'ready', `widget-area status ${s.areaStatus}`);
    assert(s.widgetTitles.includes('Latest news'), `widget titles: ${s.widgetTitles.join(' | ')}`);
    const titles = s.playlistItems.map(([t]) => t);
    assert(s.playlistItems[0]?.[0] === 'FlowFm92.7' && s.playlistItems[0]?.[1] === 'Araba Radio', `first item: ${s.playlistItems[0]}`);
    for (const mix of MIXES) assert(titles.includes(mix), `missing mix "${mix}" in ${titles.join(' | ')}`);
    assert(s.sidebarCards.length === 3 && s.sidebarCards.every(Boolean), `sidebar cards: ${s.sidebarCards.join(' | ')}`);
  });
  await check('"More from News" shows three cards (article property)', () => {
    assert(s.moreNews.length === 3 && s.moreNews[0] === 'Harbour ferry gets a night timetable from January', `cards: ${s.moreNews.join(' | ')}`);
  });
  await check('the audio bar is fixed at the bottom', () => assert(s.barFixedBottom, 'not fixed at the bottom of the viewport'));
  await check('no horizontal overflow at 1280 and 360 px', async () => {
    assert(s.overflow <= 0, `1280 px: ${s.overflow} px too wide`);
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await page.evaluate(readPage);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'index-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    assert(narrow.overflow <= 0, `360 px: ${narrow.overflow} px too wide`);
  });
  if (screenshots) await page.screenshot({ path: join(screenshots, 'index.png'), fullPage: true });
  await check('axe: no WCAG 2.2 A/AA violations', () => axe(page, axePath));
  await check('the live station plays and its title follows status-json.xsl', async () => {
    await page.evaluate(() => {
      const playlist = document.querySelector('widget-area radio-playlist');
      playlist.shadowRoot.querySelector('[part~="item"]').click();
    });
    await page.waitForFunction(() => {
      const s = window.newsradioElements.getPlayer().getState();
      return s.status === 'playing' && s.track?.title === 'FlowFm92.7' && s.position > 0.5;
    }, undefined, { timeout: 30000 });
    const first = await page.waitForFunction(
      (titles) => {
        const t = document.querySelector('audio-bar')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
        return titles.find((x) => t.includes(x.split(' - ')[1] ?? x));
      },
      STATION.titles,
      { timeout: 30000 },
    );
    const firstTitle = await first.jsonValue();
    await page.waitForFunction(
      ([titles, seen]) => {
        const t = document.querySelector('audio-bar')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
        return titles.some((x) => x !== seen && t.includes(x.split(' - ')[1] ?? x));
      },
      [STATION.titles, firstTitle],
      { timeout: 30000 },
    );
    const position = await page.evaluate(() => window.newsradioElements.getPlayer().getState().position);
    assert(position > 1, `position ${position}`);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'index-playing.png') });
    await page.evaluate(() => window.newsradioElements.getPlayer().pause());
  });
  await check('no console errors, exceptions or failed requests', () => assert(!problems.length, problems.join('\n')));
  await page.close();
}

async function checkDarkRtl(context, base, axePath) {
  console.log('dark-rtl.html');
  const page = await context.newPage();
  const problems = watch(page, base);
  await page.goto(`${base}dark-rtl.html`, { waitUntil: 'load' });
  await check('same content, right to left, dark', async () => {
    await waitForPage(page);
    const s = await page.evaluate(readPage);
    assert(s.title === TITLE, `title "${s.title}"`);
    assert(s.dir === 'rtl', `direction ${s.dir}`);
    assert(s.cardScheme === 'dark', `news-card color-scheme "${s.cardScheme}"`);
    assert(s.sidebarLeft < s.mainLeft, 'the sidebar is not on the left');
    assert(s.overflow <= 0, `${s.overflow} px too wide`);
  });
  if (screenshots) await page.screenshot({ path: join(screenshots, 'dark-rtl.png'), fullPage: true });
  await check('axe: no WCAG 2.2 A/AA violations', () => axe(page, axePath));
  await check('no console errors, exceptions or failed requests', () => assert(!problems.length, problems.join('\n')));
  await page.close();
}

async function checkCustomizer(context, base) {
  console.log('customizer.html');
  const page = await context.newPage();
  const problems = watch(page, base);
  await page.goto(`${base}customizer.html`, { waitUntil: 'load' });
  const frame = () => page.frames().find((f) => f !== page.mainFrame());
  await check('a layout sent from the Customizer reorders the sidebar; the radio keeps playing', async () => {
    await page.waitForFunction(() => document.querySelector('#layout').value.includes('radio-playlist'), undefined, { timeout: 30000 });
    const preview = frame();
    await waitForPage(preview);
    await preview.evaluate(() => {
      window.__playlist = document.querySelector('widget-area radio-playlist');
      window.__playlist.shadowRoot.querySelector('[part~="item"]').click();
    });
    await preview.waitForFunction(() => window.newsradioElements.getPlayer().getState().status === 'playing', undefined, { timeout: 30000 });
    await page.click('button[data-action="reverse"]');
    await preview.waitForFunction(() => {
      const area = document.querySelector('widget-area');
      return area.widgets.at(-1) === window.__playlist && area.widgets[0].localName === 'div';
    }, undefined, { timeout: 10000 });
    const before = await preview.evaluate(() => window.newsradioElements.getPlayer().getState().position);
    await preview.waitForFunction((p) => window.newsradioElements.getPlayer().getState().position > p + 1, before, { timeout: 15000 });
    const status = await preview.evaluate(() => window.newsradioElements.getPlayer().getState().status);
    assert(status === 'playing', `status ${status}`);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'customizer.png') });
    await preview.evaluate(() => window.newsradioElements.getPlayer().pause());
  });
  await check('no console errors, exceptions or failed requests', () => assert(!problems.length, problems.join('\n')));
  await page.close();
}

async function checkPopup(context, base, axePath) {
  console.log('player-popup.html');
  const page = await context.newPage();
  const problems = watch(page, base);
  await page.goto(base, { waitUntil: 'load' });
  await waitForPage(page);
  let popup;
  let popupProblems = [];
  await check("the bar's popup button opens the popup player, which takes the live station over", async () => {
    await page.evaluate(() => document.querySelector('widget-area radio-playlist').shadowRoot.querySelector('[part~="item"]').click());
    await page.waitForFunction(() => window.newsradioElements.getPlayer().getState().status === 'playing', undefined, { timeout: 30000 });
    const opened = context.waitForEvent('page', { timeout: 10000 });
    await page.evaluate(() => document.querySelector('audio-bar').shadowRoot.querySelector('[part~="popup-button"]').click());
    popup = await opened;
    popupProblems = watch(popup, base);
    await popup.waitForLoadState('load');
    assert(new URL(popup.url()).pathname === '/player-popup.html', `opened ${popup.url()}`);
    await popup.waitForFunction(() => {
      const s = window.newsradioElements?.getPlayer().getState();
      return s?.status === 'playing' && s.track?.title === 'FlowFm92.7' && s.position > 1;
    }, undefined, { timeout: 30000 });
    await page.waitForFunction(() => {
      const s = window.newsradioElements.getPlayer().getState();
      const text = document.querySelector('audio-bar').shadowRoot.textContent.replace(/\s+/g, ' ');
      return s.status !== 'playing' && s.elsewhere === 'popup' && text.includes('Playing in the popup');
    }, undefined, { timeout: 15000 });
  });
  if (popup) {
    if (screenshots) await popup.screenshot({ path: join(screenshots, 'player-popup.png') });
    await check('popup: axe, no console errors or failed requests', async () => {
      await axe(popup, axePath);
      assert(!popupProblems.length, popupProblems.join('\n'));
    });
    await popup.close();
  }
  await check('no console errors, exceptions or failed requests', () => assert(!problems.length, problems.join('\n')));
  await page.close();
}

let demo;
let browser;
try {
  const { chromium } = await import('playwright-core');
  demo = await startDemo({ port: 0, streamPort: 0, quiet: true, titleInterval: 3000, watch: false, prod: process.argv.includes('--prod') });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: !process.argv.includes('--headed'), args: CHROMIUM_ARGS });
  console.log(`check-demo: ${demo.url} (stream ${demo.streamUrl}, ${demo.ffmpeg ? 'ffmpeg' : 'pure JS'}), Chromium ${browser.version()}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
  const axePath = require.resolve('axe-core/axe.min.js');
  const base = demo.url.endsWith('/') ? demo.url : `${demo.url}/`;
  const origin = new URL(base).origin;
  if (!only || only === 'index') await checkIndex(context, origin + '/', axePath);
  if (!only || only === 'dark-rtl') await checkDarkRtl(context, origin + '/', axePath);
  if (!only || only === 'customizer') await checkCustomizer(context, origin + '/');
  if (!only || only === 'popup') await checkPopup(context, origin + '/', axePath);
} catch (e) {
  console.error(`check-demo: could not run: ${e?.stack ?? e}`);
  await browser?.close();
  await demo?.close();
  process.exit(2);
}
await browser.close();
await demo.close();
console.log(`\ncheck-demo: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
