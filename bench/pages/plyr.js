// Plyr 3.8 (https://plyr.io): its audio player as a fixed bar (plyr.min.js + plyr.css + its SVG
// sprite, all from the npm package), plus the plain hand-written list for the playlist (Plyr has
// none).
import { loadCss, loadScript, mediaSettled } from './harness.js';
import { renderList } from './vanilla.js';

export const name = 'plyr';

export async function load() {
  await Promise.all([loadCss('/node_modules/plyr/dist/plyr.css'), loadScript('/node_modules/plyr/dist/plyr.min.js')]);
}

function bar(root, t, preload = 'none') {
  const wrap = document.createElement('div');
  wrap.style.cssText = 'position:fixed;inset:auto 0 0 0;display:flex;align-items:center;gap:.5rem;padding:.25rem 1rem;background:#fff;border-top:1px solid #ddd;font:14px/1.3 system-ui,sans-serif';
  wrap.innerHTML = `<img alt="" width="44" height="44" style="border-radius:.35rem"><span style="display:flex;flex-direction:column;min-width:10rem"><b></b><span></span></span><div style="flex:1"><audio preload="${preload}"></audio></div>`;
  const [img, now, holder] = wrap.children;
  const show = (tr) => {
    img.src = tr.cover;
    now.firstChild.textContent = tr.title;
    now.lastChild.textContent = tr.subtitle;
  };
  show(t);
  const audio = holder.firstChild;
  audio.src = t.src;
  root.append(wrap);
  const player = new window.Plyr(audio, { iconUrl: '/node_modules/plyr/dist/plyr.svg', blankVideo: '' });
  return { player, audio, wrap, show };
}

export async function renderPlaylist(root, tracks) {
  const b = bar(root, tracks[0]);
  let list;
  const pick = (j) => {
    const t = tracks[j];
    b.show(t);
    b.player.source = { type: 'audio', sources: [{ src: t.src }] };
    b.player.play()?.catch?.(() => {});
    return list.setCurrent(j);
  };
  list = renderList(root, tracks, pick);
  return { last: list.last, reveal: list.reveal, update: async (j) => pick(j) };
}

export async function renderClick(root, tracks) {
  const b = bar(root, tracks[0], 'metadata');
  const target = b.wrap.querySelector('button[data-plyr="play"]');
  return { last: b.wrap, target, ready: mediaSettled(b.player.media ?? b.audio) };
}
