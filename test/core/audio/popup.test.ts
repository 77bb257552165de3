import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { AudioBar } from '../../../src/components/audio-bar/audio-bar.js';
import type { AudioStore } from '../../../src/core/audio/audio-store.js';
import { disposePlayer, getPlayer } from '../../../src/core/audio/player.js';
import type { Player } from '../../../src/core/audio/types.js';
import { advances, click, ON_DEMAND, part, until, visibleText } from '../../support/pages.js';

/*
 * The popup player, with a real `window.open` from a real click on the bar's popup button. The
 * popup page is test/fixtures/cross-tab/peer.html with `<audio-bar player-popup>`. Players are
 * muted (the hand-over carries `muted` to the popup).
 */

type Store = Player & AudioStore;
interface Peer {
  player: Store;
  bar: AudioBar;
  media: HTMLAudioElement;
}

describe('<audio-bar popup>: the popup player takes over', function () {
  this.timeout(90000);
  let name = '';
  let popup: Window | null = null;
  const realOpen = window.open;

  beforeEach(() => {
    name = `popup-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    // Still the real window.open; the test only keeps the reference to reach the popup.
    window.open = (...args: Parameters<typeof window.open>) => (popup = realOpen.apply(window, args));
  });
  afterEach(() => {
    window.open = realOpen;
    popup?.close();
    popup = null;
    disposePlayer(name);
  });

  it('hands track, position and volume over; the page then controls nothing until the popup closes', async () => {
    const player = getPlayer(name) as Store;
    player.setMuted(true);
    const url = `/test/fixtures/cross-tab/peer.html?player=${name}&player-popup`;
    const bar = await fixture<AudioBar>(html`<audio-bar player=${name} popup popup-url=${url} src=${ON_DEMAND} heading="City Radio"></audio-bar>`);
    const button = part(bar, 'popup-button')!;
    expect(button.getAttribute('aria-label')).to.equal('Open the player in a popup');
    await expect(bar).to.be.accessible();

    await click(part(bar, 'play-button')!);
    const at = await advances(player, player.media, 1);

    await click(button);
    // WebKit's MiniBrowser under WebDriver opens popups too; a browser that blocked it would
    // leave `popup` null and playback here untouched (checked below instead of the hand-over).
    await waitUntil(() => popup, 'window.open to be called', { timeout: 5000 });
    expect(popup, 'the popup window').to.not.equal(null);
    await waitUntil(() => (popup as Window & { nrTest?: Peer }).nrTest, 'the popup page to load', { timeout: 30000 });
    const remote = (popup as Window & { nrTest: Peer }).nrTest;

    const s = await until(player, (x) => x.elsewhere === 'popup' && x.status === 'paused', 'the page to hand over');
    expect(s.playingElsewhere?.title).to.equal('City Radio');
    expect(player.media.paused).to.equal(true);
    const there = await advances(remote.player, remote.media, 0.5);
    expect(there, 'the popup continues from the same position').to.be.at.least(at);
    expect(remote.player.getState().track?.title).to.equal('City Radio');
    expect(remote.player.getState().muted).to.equal(true);
    expect(remote.bar.hasAttribute('player-popup')).to.equal(true);
    expect(part(remote.bar, 'popup-button'), 'no popup button inside the popup').to.equal(null);

    await bar.updateComplete;
    expect(visibleText(bar)).to.include('Playing in the popup');
    const play = part(bar, 'play-button')!;
    expect(play.closest('[inert]'), 'transport is inert').to.exist;
    expect(part(bar, 'seek'), 'no seek bar while the popup plays').to.equal(null);
    await click(play); // inert: does nothing
    await advances(remote.player, remote.media, 0.3);
    expect(player.getState().status).to.equal('paused');

    popup!.close(); // the popup announces `closed` on pagehide
    await until(player, (x) => x.elsewhere === null && x.playingElsewhere === null, 'the page to be released');
    await bar.updateComplete;
    expect(visibleText(bar)).not.to.include('Playing in the popup');
    expect(part(bar, 'play-button')!.closest('[inert]')).to.equal(null);
    await click(part(bar, 'play-button')!);
    await advances(player, player.media, 0.3);
  });

  it('has no popup button without the `popup` attribute', async () => {
    const bar = await fixture<AudioBar>(html`<audio-bar player=${name}></audio-bar>`);
    expect(part(bar, 'popup-button')).to.equal(null);
  });
});
