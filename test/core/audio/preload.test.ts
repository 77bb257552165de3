// A queued track is attached ahead of the click, so that play() starts it at once; what that may
// cost a visitor: the header of an on-demand file of known length, and nothing at all for a
// stream (a station connects only when played) or a track of unknown kind.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { RadioPlaylist } from '../../../src/index.js';
import type { Track } from '../../../src/core/audio/types.js';
import { advances, disposeAll, freshPlayer, requestsFor, untilStatus } from './helpers.js';

const unique = () => Math.random().toString(36).slice(2);

/** Resolves at the next `type` event of `media`. */
const mediaEvent = (media: HTMLMediaElement, type: string) =>
  new Promise<void>((resolve) => media.addEventListener(type, () => resolve(), { once: true }));

/** Requests the test server saw for `path` with the query `?k=<key>`. */
const requestsOf = async (path: string, key: string) => (await requestsFor(path)).filter((r) => r.search === `?k=${key}`);

/**
 * A barrier for "no request was made": a control element started now with `preload="metadata"`
 * has fetched its metadata (WebKit fires no `suspend` for `preload="none"`, so that event cannot
 * be awaited everywhere); its own request shows the log works.
 */
async function networkSettled() {
  const key = unique();
  const control = new Audio();
  control.muted = true;
  control.preload = 'metadata';
  const loaded = mediaEvent(control, 'loadedmetadata');
  control.src = `/audio/tone.mp3?k=${key}`;
  await loaded;
  expect((await requestsOf('/audio/tone.mp3', key)).length, 'the control element was seen').to.be.at.least(1);
  control.removeAttribute('src');
  control.load();
}

describe('audio engine: the queued track is ready before the click', function () {
  this.timeout(60000);
  afterEach(disposeAll);

  it('an on-demand track of known length preloads its metadata only, then plays from the click', async () => {
    const p = freshPlayer();
    p.setMuted(true);
    const key = unique();
    const track: Track = { title: 'Episode', src: `/audio/long.mp3?k=${key}`, duration: 60 };
    const metadata = mediaEvent(p.media, 'loadedmetadata');
    await p.setQueue([track]);
    expect(p.media.preload).to.equal('metadata');
    await metadata;
    expect((await requestsOf('/audio/long.mp3', key)).length, 'its header was fetched before play').to.be.at.least(1);
    const s = p.getState();
    expect(s.status, 'queued, not playing').to.equal('idle');
    expect(p.media.paused).to.equal(true);
    expect(s.position).to.equal(0);
    await p.play();
    await advances(p, 0.5);
    expect(p.getState().track?.title).to.equal('Episode');
  });

  it('a live station makes no request before play; play connects to it', async () => {
    const p = freshPlayer();
    p.setMuted(true);
    const key = unique();
    await p.setQueue([{ title: 'Station', src: `/audio/fault/endless.mp3?k=${key}`, live: true }]);
    expect(p.media.src, 'attached ahead of the click').to.match(new RegExp(`/audio/fault/endless\\.mp3\\?k=${key}$`));
    expect(p.media.preload).to.equal('none');
    await networkSettled();
    expect(await requestsOf('/audio/fault/endless.mp3', key), 'no connection before play').to.deep.equal([]);
    expect(p.getState().status).to.equal('idle');
    await p.play();
    await advances(p, 0.5);
    expect((await requestsOf('/audio/fault/endless.mp3', key)).length).to.equal(1);
  });

  it('a track that may be a stream (no duration, not marked live) makes no request before play either', async () => {
    const p = freshPlayer();
    p.setMuted(true);
    const key = unique();
    await p.setQueue([{ title: 'Unknown', src: `/audio/long.mp3?k=${key}` }]);
    expect(p.media.preload).to.equal('none');
    await networkSettled();
    expect(await requestsOf('/audio/long.mp3', key)).to.deep.equal([]);
    await p.play();
    await advances(p, 0.5);
  });

  it('a queued "on-demand" track that turns out to be a stream is dropped before play, and still plays', async () => {
    const p = freshPlayer();
    p.setMuted(true);
    const key = unique();
    // What this engine reports for a stream preloaded like this (a control element).
    const control = new Audio();
    control.muted = true;
    control.preload = 'metadata';
    const reported = new Promise<number>((resolve) => control.addEventListener('durationchange', () => resolve(control.duration), { once: true }));
    control.src = `/audio/fault/endless.mp3?k=${key}-control`;
    const noLength = (await reported) === Infinity;
    control.removeAttribute('src');
    control.load();
    const changed = mediaEvent(p.media, 'durationchange');
    await p.setQueue([{ title: 'Mislabelled', src: `/audio/fault/endless.mp3?k=${key}`, duration: 60 }]);
    expect(p.media.preload).to.equal('metadata');
    await changed;
    // Chromium and WebKit report no length: the download of a stream cannot be paused, so it is
    // dropped. Firefox reports what it buffered (finite) and suspends the download itself.
    expect(p.media.hasAttribute('src'), 'kept before play').to.equal(!noLength);
    expect(p.getState().status).to.equal('idle');
    await p.play();
    await advances(p, 0.5);
  });

  it('calls the media element’s play() before it announces loading (inside the click)', async () => {
    const p = freshPlayer();
    p.setMuted(true);
    const pausedWhenLoading: boolean[] = [];
    p.subscribe((s, prev) => s.status === 'loading' && prev.status !== 'loading' && pausedWhenLoading.push(p.media.paused));
    await p.play({ title: 'Tone', src: `/audio/long.mp3?k=${unique()}`, duration: 60 });
    await untilStatus(p, 'playing');
    expect(pausedWhenLoading).to.deep.equal([false]);
  });

  it('a hint (a playlist’s first row) preloads nothing once the player has a track', async () => {
    const p = freshPlayer();
    const queued = unique();
    const hinted = unique();
    await p.setQueue([{ title: 'Station', src: `/audio/fault/endless.mp3?k=${queued}`, live: true }]);
    p.prepare({ title: 'Episode', src: `/audio/long.mp3?k=${hinted}`, duration: 60 });
    await networkSettled();
    expect(p.media.src).to.match(new RegExp(`endless\\.mp3\\?k=${queued}$`));
    expect(await requestsOf('/audio/long.mp3', hinted)).to.deep.equal([]);
  });

  it('a playlist’s first on-demand row is ready before the click, without becoming the current track', async () => {
    const p = freshPlayer();
    p.setMuted(true);
    const key = unique();
    const items: Track[] = [
      { id: 'ep', title: 'Episode', src: `/audio/long.mp3?k=${key}`, duration: 60 },
      { id: 'fm', title: 'Station', src: `/audio/fault/endless.mp3?k=${key}`, live: true },
    ];
    const metadata = mediaEvent(p.media, 'loadedmetadata');
    const el = await fixture<RadioPlaylist>(html`<radio-playlist player=${p.name} .items=${items}></radio-playlist>`);
    await metadata;
    expect((await requestsOf('/audio/long.mp3', key)).length).to.be.at.least(1);
    expect(p.getState().track, 'nothing is current (a bar would still show its idle text)').to.equal(null);
    el.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
    await advances(p, 0.5);
    expect(p.getState().track?.title).to.equal('Episode');
  });

  it('a playlist whose first row is a station makes no request before the click', async () => {
    const p = freshPlayer();
    const key = unique();
    const items: Track[] = [{ id: 'fm', title: 'Station', src: `/audio/fault/endless.mp3?k=${key}`, live: true }];
    await fixture<RadioPlaylist>(html`<radio-playlist player=${p.name} .items=${items}></radio-playlist>`);
    await networkSettled();
    expect(await requestsOf('/audio/fault/endless.mp3', key)).to.deep.equal([]);
    expect(p.getState().track).to.equal(null);
  });
});

