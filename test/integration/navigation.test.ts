import { expect, waitUntil } from '@open-wc/testing';
import { advances, click, frame, part } from '../support/pages.js';
import type { AudioBar } from '../../src/components/audio-bar/audio-bar.js';
import type { Player } from '../../src/core/audio/types.js';

/*
 * Continuous playback across page navigations, with the real libraries: Turbo Drive
 * (@hotwired/turbo, `data-turbo-permanent` bar) and swup (bar outside the swapped container).
 * Each two-page site (test/fixtures/navigation/{turbo,swup}/page{1,2}.html) runs in an iframe;
 * the navigation is a real click on a link, handled by the library. Playback must go on in the
 * SAME audio element without restarting, and the bar must stay on the page.
 */

interface Nav {
  player: Player;
  media: HTMLAudioElement;
  loads: number;
}
type NavWindow = Window & { nrNav?: Nav; marker?: number };

const frames: HTMLIFrameElement[] = [];

async function site(path: string) {
  const { iframe, value } = await frame(path, (w) => {
    const nav = (w as NavWindow).nrNav;
    const bar = w.document.querySelector('audio-bar');
    return nav && bar && w.customElements.get('audio-bar') ? nav : undefined;
  }, 'width:760px;height:320px');
  frames.push(iframe);
  const win = iframe.contentWindow as NavWindow;
  const bar = win.document.querySelector('audio-bar') as AudioBar;
  await bar.updateComplete;
  return { iframe, win, nav: value, bar };
}

async function playThenNavigate(path: string, heading: RegExp) {
  const { win, nav, bar } = await site(path);
  win.marker = 42; // a full page load would lose it
  await click(part(bar, 'play-button')!);
  await advances(nav.player, nav.media, 0.5);
  const src = nav.media.currentSrc;
  const before = nav.media.currentTime;

  await click(win.document.getElementById('go')!);
  await waitUntil(() => heading.test(win.document.querySelector('h1')?.textContent ?? ''), 'page 2 to show', { timeout: 20000 });
  expect(win.location.pathname).to.match(/page2\.html$/);
  expect(win.marker, 'same window: the library navigated, no full load').to.equal(42);
  expect(nav.loads).to.be.greaterThan(0);

  // Same element, same source, never restarted, still advancing.
  expect((win as NavWindow).nrNav!.media).to.equal(nav.media);
  expect(nav.media.currentSrc).to.equal(src);
  expect(nav.media.currentTime).to.be.at.least(before);
  const after = await advances(nav.player, nav.media, 0.5);
  expect(after).to.be.greaterThan(before);
  expect(nav.player.getState().status).to.equal('playing');
  return { win, nav, bar };
}

describe('continuous playback across navigations', function () {
  this.timeout(90000);

  afterEach(() => {
    for (const f of frames.splice(0)) {
      ((f.contentWindow as NavWindow | null)?.nrNav?.player)?.stop();
      f.remove();
    }
  });

  it('Turbo Drive: audio keeps playing and the permanent bar is the same node', async () => {
    const { win, bar } = await playThenNavigate('/test/fixtures/navigation/turbo/page1.html', /Turbo page 2/);
    const barAfter = win.document.querySelector('audio-bar');
    expect(barAfter).to.equal(bar);
    expect(part(bar, 'play-button')!.getAttribute('aria-label')).to.equal('Pause');
  });

  it('swup: audio keeps playing and the bar outside the container stays', async () => {
    const { win, bar } = await playThenNavigate('/test/fixtures/navigation/swup/page1.html', /swup page 2/);
    const barAfter = win.document.querySelector('audio-bar');
    expect(barAfter).to.equal(bar);
    expect(barAfter!.isConnected).to.equal(true);
    expect(part(bar, 'play-button')!.getAttribute('aria-label')).to.equal('Pause');
  });
});
