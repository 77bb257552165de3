import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { AudioController } from '../../../src/core/audio/audio-controller.js';
import { disposePlayer, getPlayer } from '../../../src/core/audio/player.js';
import { storageKey } from '../../../src/core/audio/persist.js';
import type { AudioStore } from '../../../src/core/audio/audio-store.js';
import type { PlayerState, Track } from '../../../src/core/audio/types.js';
import { advances, disposeAll, freshPlayer, until, untilStatus } from './helpers.js';

const long: Track = { title: 'Long tone', subtitle: 'Test show', src: '/audio/long.mp3', cover: '/test/fixtures/images/cover-1.svg' };
const short: Track = { title: 'Short tone', src: '/audio/tone.mp3' };

describe('audio engine: one player per name', function () {
  this.timeout(60000);
  afterEach(disposeAll);

  it('getPlayer returns one engine per name, kept on globalThis[Symbol.for("nr.audio")]', () => {
    const a = getPlayer('registry-test');
    expect(getPlayer('registry-test')).to.equal(a);
    expect(getPlayer('registry-test-2')).not.to.equal(a);
    const registry = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('nr.audio')];
    expect(registry.get('registry-test')).to.equal(a);
    expect(getPlayer()).to.equal(getPlayer('default'));
    disposePlayer('registry-test');
    disposePlayer('registry-test-2');
    expect(registry.has('registry-test')).to.equal(false);
  });

  it('a second copy of the module (another bundle) shares the same player', async () => {
    const copy = (await import(/* @vite-ignore */ `/src/core/audio/player.ts?second-copy=${Date.now()}`)) as typeof import('../../../src/core/audio/player.js');
    expect(copy.getPlayer).not.to.equal(getPlayer);
    const mine = getPlayer('shared-copy-test');
    expect(copy.getPlayer('shared-copy-test')).to.equal(mine);
    disposePlayer('shared-copy-test');
  });

  it('the media element lives outside the document (survives any element move)', () => {
    const p = freshPlayer();
    expect(p.media).to.be.instanceOf(HTMLAudioElement);
    expect(p.media.isConnected).to.equal(false);
  });
});

class ProbeElement extends LitElement {
  renders: { status: string; title?: string }[] = [];
  audio = new AudioController(this, (s: PlayerState) => ({ status: s.status, title: s.track?.title }));
  override render() {
    this.renders.push(this.audio.value);
    return html`<p>${this.audio.value.status} ${this.audio.value.title ?? ''}</p>`;
  }
}
customElements.define('nr-audio-probe', ProbeElement);

describe('AudioController', function () {
  this.timeout(60000);
  afterEach(disposeAll);

  it('re-renders its host only when the picked slice changes (not on position ticks)', async () => {
    const p = freshPlayer();
    const el = await fixture<ProbeElement>(html`<nr-audio-probe player=${p.name}></nr-audio-probe>`);
    expect(el.audio.player).to.equal(p);
    let positionChanges = 0;
    p.subscribe((s, prev) => s.position !== prev.position && positionChanges++);
    await p.play(long);
    await advances(p, 1.5);
    await el.updateComplete;
    expect(positionChanges).to.be.at.least(4);
    // Every render shows a slice different from the previous one.
    for (let i = 1; i < el.renders.length; i++) expect(el.renders[i]).not.to.deep.equal(el.renders[i - 1]);
    expect(el.renders.at(-1)).to.deep.equal({ status: 'playing', title: 'Long tone' });
    expect(el.shadowRoot!.textContent).to.contain('playing Long tone');
  });

  it('binds to the player named by the host attribute and unsubscribes on disconnect', async () => {
    const p = freshPlayer();
    const el = await fixture<ProbeElement>(html`<nr-audio-probe player=${p.name}></nr-audio-probe>`);
    el.remove();
    const count = el.renders.length;
    await p.setQueue([short]);
    expect(p.getState().track?.title).to.equal('Short tone');
    await el.updateComplete;
    expect(el.renders.length).to.equal(count);
    document.body.append(el);
    await el.updateComplete;
    expect(el.renders.at(-1)).to.deep.equal({ status: 'idle', title: 'Short tone' });
    el.remove();
  });
});

describe('Media Session', function () {
  this.timeout(60000);
  const handlers = new Map<string, MediaSessionActionHandler | null>();
  let original: MediaSession['setActionHandler'] | undefined;

  before(function () {
    // Feature detection: no Media Session in this engine → nothing to drive.
    if (!('mediaSession' in navigator)) this.skip();
    // There is no getter for registered handlers (and no media keys headless): record them. On
    // the prototype: WebKit may collect the wrapper of navigator.mediaSession and hand out a new
    // one, losing a property set on the old one (the recorder went missing mid-file under load).
    original = MediaSession.prototype.setActionHandler;
    MediaSession.prototype.setActionHandler = function (action, handler) {
      handlers.set(action, handler);
      return original!.call(this, action, handler);
    };
  });
  after(() => {
    if (original) MediaSession.prototype.setActionHandler = original;
  });
  afterEach(disposeAll);

  it('shows metadata and playback state; handlers drive the engine (on-demand: seek too)', async () => {
    const p = freshPlayer();
    await p.setQueue([long, short], 0, true);
    await advances(p, 0.3);
    const meta = navigator.mediaSession.metadata!;
    expect(meta.title).to.equal('Long tone');
    expect(meta.artist).to.equal('Test show');
    expect(meta.artwork[0]?.src).to.match(/cover-1\.svg$/);
    expect(navigator.mediaSession.playbackState).to.equal('playing');
    handlers.get('pause')!({ action: 'pause' });
    await untilStatus(p, 'paused');
    await waitUntil(() => navigator.mediaSession.playbackState === 'paused', 'session paused');
    handlers.get('seekto')!({ action: 'seekto', seekTime: 20 });
    await until(p, (s) => Math.abs(s.position - 20) < 0.5, 'position 20');
    handlers.get('seekforward')!({ action: 'seekforward' });
    await until(p, (s) => Math.abs(s.position - 30) < 0.5, 'position 30');
    handlers.get('play')!({ action: 'play' });
    await advances(p, 0.3);
    handlers.get('nexttrack')!({ action: 'nexttrack' });
    await until(p, (s) => s.index === 1 && s.status === 'playing', 'next track playing');
    await waitUntil(() => navigator.mediaSession.metadata?.title === 'Short tone', 'session metadata of the next track');
    handlers.get('previoustrack')!({ action: 'previoustrack' });
    await until(p, (s) => s.index === 0 && s.status === 'playing', 'previous track playing');
    handlers.get('stop')!({ action: 'stop' });
    await untilStatus(p, 'idle');
    expect(p.media.paused).to.equal(true);
  });

  it('live: now-playing metadata, no seek handlers', async () => {
    const p = freshPlayer({ metadataInterval: 300 });
    await p.play({ title: 'Example FM', src: '/audio/fault/endless.mp3?k=ms', live: true, metadataUrl: '/audio/meta/icecast-one.json' });
    await until(p, (s) => s.nowPlaying?.title === 'Feeling Good' && s.status === 'playing', 'now playing');
    await until(p, () => navigator.mediaSession.metadata?.title === 'Feeling Good', 'session metadata');
    expect(navigator.mediaSession.metadata!).to.include({ artist: 'Nina Simone', album: 'Example FM' });
    expect(handlers.get('seekto')).to.equal(null);
    expect(handlers.get('seekforward')).to.equal(null);
  });
});

describe('persistence', function () {
  this.timeout(60000);
  afterEach(disposeAll);

  it('restores volume, muted, the last track and its position as paused after a "reload" (never autoplays)', async () => {
    const name = `persist-${Math.random().toString(36).slice(2)}`;
    localStorage.removeItem(storageKey(name));
    const first = getPlayer(name) as AudioStore;
    first.enablePersistence();
    first.setVolume(0.4);
    await first.play(long);
    await advances(first, 0.3);
    first.seek(12);
    await until(first, (s) => s.position >= 12, 'position 12');
    first.pause();
    await untilStatus(first, 'paused');
    disposePlayer(name); // the page goes away

    const again = getPlayer(name) as AudioStore; // a new engine, as after a reload
    expect(again).not.to.equal(first);
    again.enablePersistence();
    const s = again.getState();
    expect(s.status).to.equal('paused');
    expect(s.track?.title).to.equal('Long tone');
    expect(s.volume).to.equal(0.4);
    expect(s.position).to.be.closeTo(12, 1);
    expect(again.media.paused).to.equal(true);
    expect(again.media.hasAttribute('src'), 'nothing loads before play').to.equal(false);
    await again.play();
    await advances(again, 0.3);
    expect(again.media.currentTime).to.be.within(11, 20);
    disposePlayer(name);
    localStorage.removeItem(storageKey(name));
  });

  it('a live track is restored without position; storage that throws is ignored', async () => {
    const name = `persist-${Math.random().toString(36).slice(2)}`;
    const p = getPlayer(name) as AudioStore;
    p.enablePersistence();
    await p.play({ title: 'Live', src: '/audio/fault/endless.mp3?k=persist', live: true });
    await advances(p, 0.3);
    const saved = JSON.parse(localStorage.getItem(storageKey(name))!);
    expect(saved.track.title).to.equal('Live');
    expect(saved.position).to.equal(undefined);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      p.setVolume(0.2);
      await until(p, (s) => s.volume === 0.2, 'volume 0.2 despite a throwing storage');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    disposePlayer(name);
    localStorage.removeItem(storageKey(name));
  });
});

describe('autoplay blocked (NotAllowedError)', function () {
  this.timeout(90000);

  it('a browser without the autoplay flag: state goes paused + "Press play to listen", never playing', async () => {
    // A separate, real Chromium launched by the test server WITHOUT --autoplay-policy: its play()
    // rejects with NotAllowedError. The page loads the engine from src like this test does.
    const result = (await executeServerCommand('audio-autoplay-probe', { origin: location.origin })) as {
      statuses: string[];
      error: { kind: string; message: string } | null;
      mediaPaused: boolean;
      rejection: string;
    };
    expect(result.rejection).to.equal('NotAllowedError');
    expect(result.statuses).not.to.include('playing');
    expect(result.statuses.at(-1)).to.equal('paused');
    expect(result.error).to.deep.include({ kind: 'autoplay-blocked', message: 'Press play to listen' });
    expect(result.mediaPaused).to.equal(true);
  });
});
