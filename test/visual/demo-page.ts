/**
 * The demo page (demo/index.html) rebuilt in the test page for screenshots: its header and
 * columns as written in index.html, its stylesheet (demo/demo.css) and its script (demo/main.ts,
 * which fills "More from News"). `/data/…` requests are mapped to demo/data/ by
 * web-test-runner.visual.config.js. Only the fixed <audio-bar> is left out: it needs the demo's
 * stream server, and it has screenshots of its own (audio-bar.visual.ts).
 */
import { waitUntil } from '@open-wc/testing';
import { settled } from './support.js';

export interface DemoPage {
  main: HTMLElement;
  sidebar: HTMLElement;
}

/** Loads the demo into `document.body`; `dark-rtl` is what demo/dark-rtl.html does to it. */
export async function loadDemo(variant: 'default' | 'dark-rtl' = 'default'): Promise<DemoPage> {
  const source = await fetch('/demo/index.html').then((r) => r.text());
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  if (variant === 'dark-rtl') {
    document.documentElement.dir = 'rtl';
    document.body.setAttribute('theme', 'dark');
  }

  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = '/demo/demo.css';
  const loaded = new Promise((resolve, reject) => {
    css.onload = resolve;
    css.onerror = reject;
  });
  // The sidebar is sticky on wide screens: its position would depend on where the screenshot
  // scrolled to.
  const pin = document.createElement('style');
  pin.textContent = '.sidebar widget-area { position: static !important; }';
  document.head.append(css, pin);
  await loaded;

  const header = document.importNode(parsed.querySelector('.site-header')!, true);
  const page = document.importNode(parsed.querySelector('#content')!, true);
  document.body.append(header, page);
  await import('../../demo/main.js');

  const main = page.querySelector<HTMLElement>('main.primary')!;
  const sidebar = page.querySelector<HTMLElement>('widget-area#sidebar')!;
  await settled(main.querySelector('article-view')!);
  await settled(sidebar);
  await settled(sidebar.querySelector('radio-playlist')!);
  const more = main.querySelector('#more-news')!;
  await waitUntil(() => more.querySelectorAll('news-card').length === 3, 'More from News never got its three cards', { timeout: 20000 });
  return { main, sidebar };
}
