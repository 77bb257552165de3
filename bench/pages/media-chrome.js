// media-chrome 4 (https://www.media-chrome.org): <media-controller audio> with a control bar as a
// fixed bar, from the package's minified browser build (dist/iife/index.js, what its CDN
// snippet loads), plus the plain hand-written list for the playlist (media-chrome has none).
import { loadScript, mediaSettled } from './harness.js';
import { renderList } from './vanilla.js';

export const name = 'media-chrome';

export async function load() {
  await loadScript('/node_modules/media-chrome/dist/iife/index.js');
}

function bar(root, t, preload = 'none') {
  const wrap = document.createElement('div');
  wrap.style.cssText = 'position:fixed;inset:auto 0 0 0;display:flex;align-items:center;gap:.5rem;padding:.25rem 1rem;background:#fff;border-top:1px solid #ddd;font:14px/1.3 system-ui,sans-serif';
  wrap.innerHTML = `<img alt="" width="44" height="44" style="border-radius:.35rem"><span style="display:flex;flex-direction:column;min-width:10rem"><b></b><span></span></span>
<media-controller audio style="flex:1">
  <audio slot="media" preload="${preload}"></audio>
  <media-control-bar>
    <media-play-button></media-play-button>
    <media-time-display showduration></media-time-display>
    <media-time-range></media-time-range>
    <media-mute-button></media-mute-button>
    <media-volume-range></media-volume-range>
  </media-control-bar>
</media-controller>`;
  const [img, now, controller] = wrap.children;
  const audio = controller.querySelector('audio');
  const show = (tr) => {
    img.src = tr.cover;
    now.firstChild.textContent = tr.title;
    now.lastChild.textContent = tr.subtitle;
  };
  show(t);
  audio.src = t.src;
  root.append(wrap);
  return { wrap, audio, show, controller };
}

export async function renderPlaylist(root, tracks) {
  const b = bar(root, tracks[0]);
  let list;
  const pick = (j) => {
    b.show(tracks[j]);
    b.audio.src = tracks[j].src;
    b.audio.play().catch(() => {});
    return list.setCurrent(j);
  };
  list = renderList(root, tracks, pick);
  return { last: list.last, reveal: list.reveal, update: async (j) => pick(j) };
}

export async function renderClick(root, tracks) {
  const b = bar(root, tracks[0], 'metadata');
  const target = b.wrap.querySelector('media-play-button');
  return { last: b.wrap, target, ready: mediaSettled(b.audio) };
}
