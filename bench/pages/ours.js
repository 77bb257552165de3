// Our elements from the built drop-in module (dist/newsradio-elements.js), used the way a site
// owner would: one module, then plain tags with attributes / the `items` property.
// Variants: '' (defaults: the playlist virtualizes above its threshold, cards out of view wait
// to be rendered: content-visibility: auto), 'all-rows' (virtualize-threshold above N: every row
// in the DOM, the same work as the floor), 'all-cards' (--nr-news-card-content-visibility: visible:
// every card styled and laid out at once, the same work as the floor),
// 'bar' (click scenario: a single-station <audio-bar src> and its play button).
import { NotAvailable, frame, mediaSettled, until } from './harness.js';

export const name = 'ours';

let lib;
export async function load() {
  try {
    lib = await import('/dist/newsradio-elements.js');
  } catch (e) {
    throw new NotAvailable(`dist/newsradio-elements.js did not load (${e.message}); run \`npx vite build\``);
  }
}

function need(...tags) {
  const missing = tags.filter((t) => !customElements.get(t));
  if (missing.length) throw new NotAvailable(`${missing.map((t) => `<${t}>`).join(' ')} not in dist`);
}

const rowsOf = (pl) => pl.shadowRoot?.querySelectorAll('[role="option"]') ?? [];
const lastRow = (pl) => {
  const rows = rowsOf(pl);
  return rows[rows.length - 1];
};
// By id, as the floor keeps its rows in an array: a selector would search every row of the list.
const rowAt = (pl, j) => pl.shadowRoot?.getElementById(`o${j}`);

async function settle(...els) {
  await Promise.all(els.map((e) => e.updateComplete));
}

export async function renderPlaylist(root, tracks, { variant, n }) {
  const withBar = variant !== 'virtual';
  need('radio-playlist', ...(withBar ? ['audio-bar'] : []));
  const pl = document.createElement('radio-playlist');
  if (variant === 'all-rows') pl.setAttribute('virtualize-threshold', String(n + 1));
  pl.items = tracks;
  const els = [pl];
  if (withBar) {
    const bar = document.createElement('audio-bar');
    bar.setAttribute('position', 'bottom');
    els.push(bar);
  }
  root.append(...els);
  await settle(...els);
  // A virtualized list renders its rows after it has measured itself (a frame or two later).
  const last = lastRow(pl) ?? (await until(() => lastRow(pl), 10000, 'the first rows'));
  const scroller = pl.shadowRoot.querySelector('[part~="list"]');
  return {
    last,
    scroller,
    lastRendered: () => rowAt(pl, tracks.length - 1),
    /** Brings row j into view, where a visitor would click it (a virtualized list renders it then). */
    async reveal(j) {
      let row = rowAt(pl, j);
      if (!row) {
        scroller.scrollTop = (scroller.scrollHeight * j) / tracks.length;
        row = await until(() => rowAt(pl, j), 5000, `row ${j}`);
      }
      row.scrollIntoView({ block: 'center' });
    },
    /** What a click on row j does: the list (its validated tracks) becomes the queue and row j plays. */
    async update(j) {
      await lib.getPlayer().setQueue(pl.tracks, j, true).catch(() => {});
      await settle(...els);
      return rowAt(pl, j) ?? lastRow(pl);
    },
  };
}

export async function renderCards(root, articles, { variant } = {}) {
  need('news-card');
  const frag = document.createDocumentFragment();
  const grid = document.createElement('div');
  grid.style.cssText = 'display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem;padding:1rem';
  if (variant === 'all-cards') grid.style.setProperty('--nr-news-card-content-visibility', 'visible');
  const cards = [];
  for (const a of articles) {
    const c = document.createElement('news-card');
    c.setAttribute('heading', a.title);
    c.setAttribute('href', a.href);
    c.setAttribute('image', a.image);
    c.setAttribute('image-alt', a.imageAlt);
    c.setAttribute('category', a.category);
    c.setAttribute('category-href', `/category/${a.category.toLowerCase()}`);
    c.setAttribute('date', a.date);
    c.setAttribute('excerpt', a.excerpt);
    c.setAttribute('author', a.author);
    cards.push(c);
    frag.append(c);
  }
  grid.append(frag);
  root.append(grid);
  await settle(...cards);
  return { last: cards[cards.length - 1] };
}

export async function renderClick(root, tracks, { variant }) {
  if (variant === 'bar') {
    need('audio-bar');
    const bar = document.createElement('audio-bar');
    bar.setAttribute('src', tracks[0].src);
    bar.setAttribute('heading', tracks[0].title);
    bar.setAttribute('subtitle', tracks[0].subtitle);
    bar.setAttribute('cover', tracks[0].cover);
    root.append(bar);
    await bar.updateComplete;
    await frame();
    const target = bar.shadowRoot.querySelector('[part~="play-button"]');
    if (!target) throw new Error('<audio-bar> has no play-button part');
    return { last: bar, target, ready: settledPlayer() };
  }
  need('radio-playlist');
  const pl = document.createElement('radio-playlist');
  pl.items = tracks;
  root.append(pl);
  await pl.updateComplete;
  const target = await until(() => rowsOf(pl)[0], 5000, 'the first row');
  return { last: pl, target, ready: settledPlayer() };
}

/**
 * What every contestant's click waits for: the media element that will play has its metadata, if
 * it preloads at all (the playlist attaches its first row's source ahead of the click; a bar's
 * source that may be live preloads nothing). The player's element is internal: no public API has it.
 */
function settledPlayer() {
  const { media } = lib.getPlayer();
  if (!(media instanceof HTMLMediaElement)) throw new Error("the player's media element is not where the bench looks for it");
  return mediaSettled(media);
}
