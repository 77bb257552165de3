// The floor: the same bar, playlist and cards written by hand with plain DOM (template cloning,
// textContent, one fixed bar, one <audio>), as a careful site developer would, with the same
// accessible markup as ours (listbox rows, labelled buttons) and the same type sizes (the page's
// 16 px text, 18 px card titles, 13 px secondary lines): smaller text is less text to lay out. Also used as the "plain list" of
// the Plyr and media-chrome contestants, which have no playlist of their own.

import { mediaSettled } from './harness.js';

export const name = 'vanilla';

const css = `
.v-list{display:flex;flex-direction:column;gap:2px;max-width:40rem;margin:0 auto 5rem;line-height:1.3}
.v-row{display:grid;grid-template-columns:3rem 1fr auto 2rem;align-items:center;gap:.75rem;padding:.4rem .5rem;border-radius:.5rem;cursor:pointer}
.v-row:hover,.v-row.current{background:#eef2ff}
.v-row:focus-visible{outline:2px solid #4f46e5}
.v-cover{width:3rem;height:3rem;border-radius:.35rem;object-fit:cover;background:#ddd}
.v-text{display:flex;flex-direction:column;min-width:0}
.v-title{font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.v-sub,.v-dur{color:#666;font-size:.8125rem}
.v-badge{background:#c00;color:#fff;border-radius:.25rem;padding:0 .35rem;font-size:.75em;font-weight:700}
.v-icon{width:1.5rem;height:1.5rem;fill:currentColor;color:#4f46e5}
.v-bar{position:fixed;inset:auto 0 0 0;display:flex;align-items:center;gap:.5rem;padding:.5rem 1rem;min-height:3.5rem;background:#fff;border-top:1px solid #ddd;box-shadow:0 0 1rem rgb(0 0 0/.12);line-height:1.3}
.v-bar img{width:2.75rem;height:2.75rem;border-radius:.35rem;object-fit:cover}
.v-bar .v-now{display:flex;flex-direction:column;min-width:0;flex:1}
.v-bar button{width:2.5rem;height:2.5rem;border:0;border-radius:50%;background:transparent;display:grid;place-items:center;cursor:pointer}
.v-bar button.v-play{background:#4f46e5}.v-bar button.v-play .v-icon{color:#fff}
.v-bar input[type=range]{width:6rem}.v-bar .v-seek{flex:1;width:auto}
.v-bar button:disabled{opacity:.4;cursor:default}.v-sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.v-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem;padding:1rem;line-height:1.4}
.v-card{display:flex;flex-direction:column;border:1px solid #ddd;border-radius:.5rem;overflow:hidden;background:#fff}
.v-card img{width:100%;height:auto;aspect-ratio:16/9;object-fit:cover;background:#ddd}
.v-card .v-body{display:flex;flex-direction:column;gap:.375rem;padding:.5rem 1rem 1rem}
.v-card .v-cat{align-self:start;color:#4f46e5;font-size:.75rem;letter-spacing:.04em;text-transform:uppercase;font-weight:700;text-decoration:none}
.v-card h3{margin:0;font-size:1.125rem;line-height:1.25}.v-card h3 a{color:inherit;text-decoration:none}
.v-card .v-meta{margin:0;color:#666;font-size:.8125rem}
.v-card .v-ex{margin:0;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
`;

const PLAY = 'M8 5v14l11-7z';
const PAUSE = 'M6 19h4V5H6v14zm8-14v14h4V5h-4z';
const icon = (d) => `<svg class="v-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="${d}"/></svg>`;
const fmt = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

let styled = false;
function style() {
  if (styled) return;
  styled = true;
  const el = document.createElement('style');
  el.textContent = css;
  document.head.append(el);
}

const tpl = (html) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content.firstElementChild;
};

let rowTpl;
/** Renders a listbox of `tracks` into `root`; returns the list API. */
export function renderList(root, tracks, onPick) {
  style();
  rowTpl ??= tpl(
    `<div class="v-row" role="option" aria-selected="false" tabindex="-1"><img class="v-cover" alt="" loading="lazy" decoding="async" width="48" height="48"><span class="v-text"><span class="v-title"></span><span class="v-sub"></span></span><span class="v-meta"></span><span class="v-toggle" aria-hidden="true">${icon(PLAY)}</span></div>`,
  );
  const list = document.createElement('div');
  list.className = 'v-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Playlist');
  const frag = document.createDocumentFragment();
  const n = tracks.length;
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tracks[i];
    const row = rowTpl.cloneNode(true);
    row.id = `o${i}`;
    row.dataset.index = i;
    row.setAttribute('aria-posinset', i + 1);
    row.setAttribute('aria-setsize', n);
    if (i === 0) row.tabIndex = 0;
    const [img, text, meta] = row.children;
    img.src = t.cover;
    text.firstChild.textContent = t.title;
    text.lastChild.textContent = t.subtitle;
    if (t.live) {
      meta.className = 'v-badge';
      meta.textContent = 'Live';
    } else {
      meta.className = 'v-dur';
      meta.textContent = fmt(t.duration);
    }
    rows[i] = row;
    frag.append(row);
  }
  list.append(frag);
  list.addEventListener('click', (e) => {
    const row = e.target.closest('[role=option]');
    if (row) onPick?.(Number(row.dataset.index));
  });
  root.append(list);
  let current = -1;
  return {
    list,
    rows,
    last: rows[n - 1] ?? list,
    /** Scrolls row `j` to the middle of the view, where a visitor would click it. */
    reveal(j) {
      rows[j]?.scrollIntoView({ block: 'center' });
    },
    /** Marks row `j` as the playing one (and un-marks the previous one). */
    setCurrent(j) {
      const old = rows[current];
      if (old) {
        old.classList.remove('current');
        old.setAttribute('aria-selected', 'false');
        old.removeAttribute('aria-current');
        old.lastChild.firstChild.firstChild.setAttribute('d', PLAY);
      }
      const row = rows[j];
      current = j;
      row.classList.add('current');
      row.setAttribute('aria-selected', 'true');
      row.setAttribute('aria-current', 'true');
      row.lastChild.firstChild.firstChild.setAttribute('d', PAUSE);
      return row;
    },
  };
}

/**
 * The fixed player bar with one <audio>. With `states` (variant 'states'), it also does what our bar
 * does when a track starts, so that a row change is the same work: "Loading…" in place of the
 * subtitle until `playing`, Previous and Next disabled until a list is queued, the seek bar's
 * length, time and spoken text (Intl.DurationFormat, made while the page is idle), Pause while the
 * track loads, and a live region that says what plays.
 */
export function renderBar(root, tracks, { states = false } = {}) {
  style();
  const bar = tpl(
    `<div class="v-bar" role="region" aria-label="Player"><img alt="" width="44" height="44"><span class="v-now"><span class="v-title"></span><span class="v-sub"></span></span><button aria-label="Previous">${icon('M6 6h2v12H6zm3.5 6 8.5 6V6z')}</button><button class="v-play" aria-label="Play">${icon(PLAY)}</button><button aria-label="Next">${icon('M6 18l8.5-6L6 6v12zM16 6v12h2V6h-2z')}</button><input class="v-seek" type="range" min="0" max="100" value="0" aria-label="Seek"><span class="v-time">0:00</span><button aria-label="Mute">${icon('M3 9v6h4l5 5V4L7 9H3z')}</button><input type="range" min="0" max="100" value="100" aria-label="Volume"><button aria-label="Queue" aria-expanded="false">${icon('M3 13h2v-2H3v2zm0 4h2v-2H3v2zm0-8h2V7H3v2zm4 4h14v-2H7v2zm0 4h14v-2H7v2zM7 7v2h14V7H7z')}</button></div>`,
  );
  const audio = document.createElement('audio');
  audio.preload = 'none';
  const [img, now, prev, play, next, seek, time] = bar.children;
  const announcer = states ? tpl('<div class="v-sr" role="status"></div>') : null;
  let shown = null;
  let words = null;
  const speakLength = (d) => words && d && seek.setAttribute('aria-valuetext', `${words(0)} of ${words(d)}`);
  const show = (t, subtitle = t.subtitle) => {
    shown = t;
    img.src = t.cover;
    now.firstChild.textContent = t.title;
    now.lastChild.textContent = subtitle;
  };
  // A live track (no duration) has no length: its seek bar stays disabled, as ours is hidden.
  const showLength = (t, enabled) => {
    const d = t.duration ?? 0;
    seek.max = String(d);
    seek.value = '0';
    seek.disabled = !enabled || !d;
    speakLength(d);
    time.textContent = d ? `0:00 / ${fmt(d)}` : '--:--';
  };
  const setPlayButton = (pause) => {
    play.setAttribute('aria-label', pause ? 'Pause' : 'Play');
    play.querySelector('path').setAttribute('d', pause ? PAUSE : PLAY);
  };
  if (tracks[0]) show(tracks[0]);
  if (states) {
    prev.disabled = next.disabled = true;
    if (tracks[0]) showLength(tracks[0], false);
    const idle = window.requestIdleCallback ?? ((fn) => setTimeout(fn, 50));
    idle(() => {
      const f = new Intl.DurationFormat('en', { style: 'short' });
      const zero = new Intl.DurationFormat('en', { style: 'short', secondsDisplay: 'always' });
      words = (s) => (s ? f : zero).format({ hours: Math.floor(s / 3600), minutes: Math.floor((s % 3600) / 60), seconds: Math.floor(s % 60) });
      speakLength(shown?.duration);
    });
  }
  audio.src = tracks[0]?.src ?? '';
  let playing = false;
  audio.addEventListener('playing', () => {
    playing = true;
    setPlayButton(true);
    if (states && shown) now.lastChild.textContent = shown.subtitle;
  });
  audio.addEventListener('pause', () => {
    playing = false;
    setPlayButton(false);
  });
  play.addEventListener('click', () => (playing ? audio.pause() : audio.play().catch(() => {})));
  bar.append(audio);
  if (announcer) bar.append(announcer);
  root.append(bar);
  return {
    bar,
    audio,
    play,
    load(t) {
      show(t, states ? 'Loading…' : t.subtitle);
      if (states) {
        prev.disabled = next.disabled = tracks.length < 2;
        showLength(t, true);
        setPlayButton(true);
        announcer.textContent = `Now playing: ${t.title}`;
      }
      audio.src = t.src;
      audio.play().catch(() => {});
    },
  };
}

/** Variant 'states': the bar does what ours does when a track starts (see renderBar). */
export async function renderPlaylist(root, tracks, { variant } = {}) {
  let list;
  const bar = renderBar(root, tracks, { states: variant === 'states' });
  const pick = (j) => (bar.load(tracks[j]), list.setCurrent(j));
  list = renderList(root, tracks, pick);
  return { last: list.last, reveal: list.reveal, update: async (j) => pick(j) };
}

const cardCss = css.slice(css.indexOf('.v-card{'));
let cardSheet;
/** A host per card with the card in its own shadow root (variant 'shadow'): what encapsulation alone costs. */
function shadowHost(card) {
  if (!cardSheet) {
    cardSheet = new CSSStyleSheet();
    cardSheet.replaceSync(`:host{display:block;font:14px/1.4 system-ui,sans-serif}${cardCss}`);
  }
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [cardSheet];
  host.shadowRoot.append(card);
  return host;
}

let cardTpl;
/** Variant 'shadow': each card in a shadow root of its own, styles adopted (no library). */
export async function renderCards(root, articles, { variant } = {}) {
  style();
  cardTpl ??= tpl(
    `<article class="v-card"><img alt="" loading="lazy" decoding="async" width="640" height="360"><div class="v-body"><a class="v-cat"></a><h3><a></a></h3><p class="v-meta"><time></time> · <span class="v-author"></span></p><p class="v-ex"></p></div></article>`,
  );
  const grid = document.createElement('div');
  grid.className = 'v-cards';
  const frag = document.createDocumentFragment();
  const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  let last;
  for (const a of articles) {
    const card = cardTpl.cloneNode(true);
    const [img, body] = card.children;
    img.src = a.image;
    img.alt = a.imageAlt;
    const [cat, h, meta, p] = body.children;
    const [time, author] = meta.children;
    cat.textContent = a.category;
    cat.href = `/category/${a.category.toLowerCase()}`;
    h.firstChild.textContent = a.title;
    h.firstChild.href = a.href;
    time.dateTime = a.date;
    time.textContent = dates.format(new Date(a.date));
    p.textContent = a.excerpt;
    author.textContent = a.author;
    last = variant === 'shadow' ? shadowHost(card) : card;
    frag.append(last);
  }
  grid.append(frag);
  root.append(grid);
  return { last };
}

/**
 * Bare `<audio>` (native controls) and a button that calls play(): the click → playing floor.
 * Variant 'preload-none': `preload="none"`, i.e. nothing fetched before the click.
 */
export async function renderClick(root, tracks, { variant } = {}) {
  const audio = document.createElement('audio');
  audio.controls = true;
  if (variant === 'preload-none') audio.preload = 'none';
  audio.src = tracks[0].src;
  const button = document.createElement('button');
  button.textContent = 'Play';
  button.addEventListener('click', () => audio.play().catch(() => {}));
  root.append(audio, button);
  return { last: button, target: button, ready: mediaSettled(audio) };
}
