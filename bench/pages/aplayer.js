// APlayer 1.10 (https://aplayer.js.org): its fixed bar with its own playlist, from the npm
// package's dist (APlayer.min.js + APlayer.min.css). Its list rows show index, title and
// artist (no cover, no per-row button): that is what APlayer offers.
import { loadCss, loadScript, mediaSettled } from './harness.js';

export const name = 'aplayer';

export async function load() {
  await Promise.all([loadCss('/node_modules/aplayer/dist/APlayer.min.css'), loadScript('/node_modules/aplayer/dist/APlayer.min.js')]);
}

const toAudio = (t) => ({ name: t.title, artist: t.subtitle, url: t.src, cover: t.cover });

function make(root, tracks) {
  const container = document.createElement('div');
  root.append(container);
  const ap = new window.APlayer({ container, fixed: true, listFolded: false, audio: tracks.map(toAudio) });
  return { ap, container };
}

export async function renderPlaylist(root, tracks) {
  const { ap, container } = make(root, tracks);
  const items = () => container.querySelectorAll('.aplayer-list li');
  return {
    last: items()[tracks.length - 1] ?? container,
    reveal: (j) => items()[j]?.scrollIntoView({ block: 'center' }),
    async update(j) {
      ap.list.switch(j);
      ap.play();
      return items()[j];
    },
  };
}

export async function renderClick(root, tracks) {
  const { ap, container } = make(root, tracks);
  const target = container.querySelector('.aplayer-button.aplayer-play') ?? container.querySelector('.aplayer-pic');
  return { last: container, target, ready: mediaSettled(ap.audio) };
}
