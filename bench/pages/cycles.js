// In-page side of the mount/unmount cycles (bench and scripts/check-leaks.js): loads the drop-in
// module, then mounts each element with realistic attributes, waits for it to render, and
// removes it — `count` times. audio-bar and radio-playlist bind to the shared player (and a
// track is queued in it, so their subscriptions carry real state).
import { frame, makeArticles, makeTracks } from './data.js';

export const TAGS = ['news-card', 'article-view', 'radio-playlist', 'audio-bar', 'widget-area'];

const tracks = makeTracks(12);
const [a] = makeArticles(1);
const article = {
  title: a.title,
  url: a.href,
  excerpt: a.excerpt,
  bodyHtml: '<p>The vote passed after a long debate.</p><h2>What changes</h2><ul><li>New lanes</li><li>More buses</li></ul><blockquote>“A good day.”</blockquote>',
  image: { src: a.image, alt: a.imageAlt, width: 640, height: 360, caption: 'Main Street' },
  categories: [{ name: 'Politics', url: '/category/politics', parent: 'News' }],
  published: '2026-11-26T10:00:00Z',
  modified: '2026-11-26T12:00:00Z',
  author: { name: 'Ama Mensah', url: '/author/ama' },
};

const SETUP = {
  'news-card'(el, i) {
    el.setAttribute('heading', `${a.title} ${i}`);
    el.setAttribute('href', a.href);
    el.setAttribute('image', a.image);
    el.setAttribute('image-alt', a.imageAlt);
    el.setAttribute('category', a.category);
    el.setAttribute('date', a.date);
    el.setAttribute('excerpt', a.excerpt);
    el.setAttribute('author', a.author);
    el.setAttribute('layout', ['vertical', 'horizontal', 'compact', 'overlay'][i % 4]);
  },
  'article-view'(el) {
    el.article = article;
  },
  'radio-playlist'(el, i) {
    el.items = tracks;
    if (i % 2) el.setAttribute('searchable', '');
  },
  'audio-bar'(el, i) {
    el.setAttribute('src', tracks[0].src);
    el.setAttribute('heading', tracks[0].title);
    el.setAttribute('subtitle', tracks[0].subtitle);
    el.setAttribute('cover', tracks[0].cover);
    el.setAttribute('position', i % 2 ? 'bottom' : 'inline');
  },
  'widget-area'(el) {
    el.layout = [
      { widget: 'news-card', title: 'Latest', attributes: { heading: a.title, href: a.href, layout: 'compact', date: a.date } },
      { widget: 'html', title: 'About', content: '<p>This station plays <b>music</b>.</p>' },
    ];
  },
};

let lib;
/** Loads the module; returns the tags it defines (of those we know) and queues a track in the player. */
export async function init(src = '/dist/newsradio-elements.js') {
  lib = await import(src);
  await lib.getPlayer?.().setQueue?.(tracks, 0, false);
  return TAGS.filter((t) => customElements.get(t));
}

/** Mounts and removes `tag` `count` times; every 25 cycles lets a frame run (observers, rAF work). */
export async function cycle(tag, count) {
  const stage = document.getElementById('root');
  for (let i = 0; i < count; i++) {
    const el = document.createElement(tag);
    SETUP[tag](el, i);
    stage.append(el);
    await el.updateComplete;
    if (i % 25 === 0) await frame();
    el.remove();
  }
  await frame();
  await frame();
  return stage.childElementCount;
}
