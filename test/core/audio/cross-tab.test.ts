import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { AudioBar } from '../../../src/components/audio-bar/audio-bar.js';
import type { AudioStore } from '../../../src/core/audio/audio-store.js';
import { disposePlayer, getPlayer } from '../../../src/core/audio/player.js';
import type { Player, PlayerState, Track } from '../../../src/core/audio/types.js';
import { CrossTab } from '../../../src/core/audio/cross-tab-channel.js';
import type { CrossTabHost } from '../../../src/core/audio/cross-tab.js';
import { afterMediaTurn, yieldToMedia } from '../../../src/core/audio/media-turn.js';
import { INITIAL_STATE } from '../../../src/core/audio/player-state.js';
import { advances, click, frame, ON_DEMAND, part, until, visibleText } from '../../support/pages.js';

/*
 * Two pages of the site in one browser context: this test page and a same-origin iframe
 * (test/fixtures/cross-tab/peer.html) with its own copy of the elements and its own player of the
 * same name. They only meet through the BroadcastChannel `nr-player:<name>`. Players are muted
 * (Firefox headless has no audio output; muted audio still advances currentTime).
 */

type Store = Player & AudioStore;
interface Peer {
  player: Store;
  bar: AudioBar;
  media: HTMLAudioElement;
}

let n = 0;
const names: string[] = [];
const frames: HTMLIFrameElement[] = [];

function fresh(): { name: string; player: Store } {
  const name = `xtab-${Date.now().toString(36)}-${n++}`;
  names.push(name);
  const player = getPlayer(name) as Store;
  player.setMuted(true);
  return { name, player };
}

async function peer(name: string, heading = 'Peer'): Promise<Peer> {
  const q = new URLSearchParams({ player: name, muted: '', src: `${ON_DEMAND}?peer`, heading });
  const { iframe, value } = await frame(`/test/fixtures/cross-tab/peer.html?${q}`, (w) => (w as Window & { nrTest?: Peer }).nrTest);
  frames.push(iframe);
  await value.bar.updateComplete;
  return value;
}

async function mainBar(name: string, heading = 'Main'): Promise<AudioBar> {
  const el = await fixture<AudioBar>(html`<audio-bar player=${name} src=${`${ON_DEMAND}?main`} heading=${heading}></audio-bar>`);
  await el.updateComplete;
  return el;
}

const shows = async (bar: AudioBar, what: string) => {
  await waitUntil(async () => (await bar.updateComplete) && visibleText(bar).includes(what), `bar to show "${what}"`, { timeout: 20000 });
};

/**
 * This page's bar, and a peer page playing its track (with `next` queued after it) for `seconds`,
 * which this page shows as "Listening in another tab".
 */
async function peerPlaying(name: string, { next = [] as Track[], seconds = 0.5 } = {}): Promise<{ bar: AudioBar; other: Peer }> {
  const bar = await mainBar(name);
  const other = await peer(name);
  if (next.length) await other.player.setQueue([other.player.getState().track!, ...next], 0, false);
  await click(part(other.bar, 'play-button')!);
  await advances(other.player, other.media, seconds);
  await shows(bar, 'Listening in another tab');
  return { bar, other };
}

describe('cross-tab: one tab plays at a time', function () {
  this.timeout(90000);

  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
    for (const name of names.splice(0)) disposePlayer(name);
  });

  it('starting in the other page pauses this one, whose bar shows "Listening in another tab"', async () => {
    const { name, player } = fresh();
    const bar = await mainBar(name);
    const other = await peer(name);

    await click(part(bar, 'play-button')!);
    await advances(player, player.media);
    // The other page pauses nothing of its own but learns what plays here.
    await until(other.player, (s) => s.playingElsewhere?.title === 'Main', 'peer to see Main playing');
    expect(other.player.getState().elsewhere).to.equal('tab');
    await shows(other.bar, 'Listening in another tab');

    await click(part(other.bar, 'play-button')!);
    await advances(other.player, other.media);
    const s = await until(player, (x) => x.status === 'paused' && x.playingElsewhere?.title === 'Peer', 'this page to pause');
    expect(s.elsewhere).to.equal('tab');
    expect(player.media.paused).to.equal(true);
    await shows(bar, 'Listening in another tab');
    expect(part(bar, 'take-over-button'), 'take-over button').to.exist;
    // The peer took over: it no longer shows anything playing elsewhere.
    expect(other.player.getState().playingElsewhere).to.equal(null);
    await other.bar.updateComplete;
    expect(visibleText(other.bar)).not.to.include('Listening in another tab');
  });

  it('"Listen here" takes over: the other page pauses and shows the notice', async () => {
    const { name, player } = fresh();
    const { bar, other } = await peerPlaying(name);

    await click(part(bar, 'take-over-button')!);
    await advances(player, player.media);
    await until(other.player, (s) => s.status === 'paused', 'peer to pause');
    expect(other.media.paused).to.equal(true);
    await shows(other.bar, 'Listening in another tab');
    await bar.updateComplete;
    expect(player.getState().playingElsewhere).to.equal(null);
    expect(visibleText(bar)).not.to.include('Listening in another tab');
  });

  it('"Listen here" continues the other page\'s track from where it was, in its queue', async () => {
    const { name, player } = fresh();
    const { bar, other } = await peerPlaying(name, { next: [{ src: `${ON_DEMAND}?peer-next`, title: 'Peer next' }], seconds: 2 });

    const there = other.media.currentTime;
    await click(part(bar, 'take-over-button')!);
    await until(other.player, (s) => s.status === 'paused', 'peer to pause');
    await advances(player, player.media);
    const s = player.getState();
    expect(s.track?.title).to.equal('Peer');
    expect(player.media.currentTime, 'continues near the peer position, not from 0').to.be.greaterThan(there - 0.5);
    expect(s.queue.map((t) => t.title)).to.deep.equal(['Peer', 'Peer next']);
    expect(s.index).to.equal(0);
  });

  it('clears the notice when the other page pauses, and when it closes', async () => {
    const { name, player } = fresh();
    const { bar, other } = await peerPlaying(name);

    await click(part(other.bar, 'play-button')!); // pause there
    await until(player, (s) => s.playingElsewhere === null, 'notice to clear after pause');
    await bar.updateComplete;
    expect(visibleText(bar)).not.to.include('Listening in another tab');

    await click(part(other.bar, 'play-button')!);
    await until(player, (s) => s.playingElsewhere?.title === 'Peer', 'notice again');
    frames.pop()!.remove(); // pagehide in the closing page
    await until(player, (s) => s.playingElsewhere === null && s.elsewhere === null, 'notice to clear after the page closed');
  });

  it('a page that plays before its channel is made (it waits for an idle moment) tells the others, and no answer pauses it', async () => {
    const name = `xtab-late-${Date.now().toString(36)}-${n++}`;
    const state: PlayerState = { ...INITIAL_STATE, track: { title: 'Mine', src: '/mine.mp3' }, status: 'playing' };
    let paused = 0;
    const host = { name, getState: () => state, subscribe: () => () => {}, pause: () => paused++, setElsewhere() {} };
    const heard: string[] = [];
    const otherPage = new BroadcastChannel(`nr-player:${name}`);
    otherPage.onmessage = (e: MessageEvent<{ type: string }>) => {
      heard.push(e.data.type);
      // what a playing page answers to "hello"
      if (e.data.type === 'hello') otherPage.postMessage({ type: 'playing', id: 'other', track: { title: 'Theirs', src: '/theirs.mp3' } });
    };
    const tab = new CrossTab(host as unknown as CrossTabHost);
    try {
      await waitUntil(() => heard.length > 0, 'a message from the late channel');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).to.deep.equal(['playing']);
      expect(paused).to.equal(0);
    } finally {
      tab.dispose();
      otherPage.close();
    }
  });

  it('says "playing" to other pages after the media\'s turn, and not once it stopped or the page went', async () => {
    const name = `xtab-turn-${Date.now().toString(36)}-${n++}`;
    let state: PlayerState = INITIAL_STATE;
    const listeners = new Set<(s: PlayerState, prev: PlayerState) => void>();
    const host = { name, getState: () => state, subscribe: (fn: (s: PlayerState, prev: PlayerState) => void) => (listeners.add(fn), () => listeners.delete(fn)), pause() {}, setElsewhere() {} };
    const set = (patch: Partial<PlayerState>) => {
      const prev = state;
      state = { ...state, ...patch };
      for (const fn of listeners) fn(state, prev);
    };
    const heard: string[] = [];
    const otherPage = new BroadcastChannel(`nr-player:${name}`);
    otherPage.onmessage = (e: MessageEvent<{ type: string }>) => heard.push(e.data.type);
    const tab = new CrossTab(host as unknown as CrossTabHost);
    try {
      yieldToMedia(); // a play() was just called
      set({ track: { title: 'One', src: '/one.mp3' }, status: 'playing' });
      set({ status: 'paused' }); // stopped before the media's turn was over
      await afterMediaTurn(() => {});
      yieldToMedia();
      set({ status: 'playing' });
      await afterMediaTurn(() => {});
      yieldToMedia();
      set({ track: { title: 'Two', src: '/two.mp3' }, status: 'playing' });
      window.dispatchEvent(new PageTransitionEvent('pagehide')); // the page goes before the turn is over
      await afterMediaTurn(() => {});
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await waitUntil(() => heard.filter((t) => t === 'closed').length === 2, 'both "closed" messages');
      expect(heard).to.deep.equal(['hello', 'stopped', 'playing', 'stopped', 'closed', 'closed']);
    } finally {
      tab.dispose();
      otherPage.close();
    }
  });

  it('is a no-op without BroadcastChannel', async () => {
    const saved = globalThis.BroadcastChannel;
    // @ts-expect-error simulating an old browser
    delete globalThis.BroadcastChannel;
    try {
      const { name, player } = fresh(); // must not throw
      const bar = await mainBar(name);
      await click(part(bar, 'play-button')!);
      await advances(player, player.media);
      expect(player.getState().playingElsewhere).to.equal(null);
    } finally {
      globalThis.BroadcastChannel = saved;
    }
  });
});
