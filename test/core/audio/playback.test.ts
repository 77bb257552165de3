import { expect } from '@open-wc/testing';
import type { Track } from '../../../src/core/audio/types.js';
import { advances, canPlay, disposeAll, freshPlayer, nextEvent, statusLog, until, untilStatus } from './helpers.js';

const FORMATS: { file: string; type: string }[] = [
  { file: 'tone.wav', type: 'audio/wav' },
  { file: 'tone.mp3', type: 'audio/mpeg' },
  { file: 'tone.m4a', type: 'audio/mp4; codecs="mp4a.40.2"' },
  { file: 'tone.opus', type: 'audio/ogg; codecs=opus' },
];

const track = (file: string, extra: Partial<Track> = {}): Track => ({ title: file, src: `/audio/${file}`, ...extra });

describe('audio engine: on-demand playback', function () {
  this.timeout(60000);
  afterEach(disposeAll);

  for (const { file, type } of FORMATS) {
    it(`plays ${file} (currentTime advances)`, async function () {
      // Feature detection, not a blanket skip: an engine without a decoder for this format says ''.
      if (!canPlay(type)) this.skip();
      const p = freshPlayer();
      await p.play(track(file));
      await advances(p, 0.5);
      const s = p.getState();
      expect(s.track?.title).to.equal(file);
      expect(s.live).to.equal(false);
      expect(s.duration).to.be.within(2.5, 3.5);
    });
  }

  it('picks the first source the browser can play (canPlayType)', async () => {
    const p = freshPlayer();
    await p.play({ title: 'multi', sources: [{ src: '/audio/nope.xyz', type: 'audio/x-unplayable' }, { src: '/audio/tone.mp3', type: 'audio/mpeg' }] });
    await advances(p, 0.3);
    expect(p.media.currentSrc).to.match(/\/audio\/tone\.mp3$/);
  });

  it('pauses (nr-pause, currentTime stops) and resumes from the same position', async () => {
    const p = freshPlayer();
    await p.play(track('long.mp3'));
    await advances(p, 1);
    const paused = nextEvent('nr-pause', p.name);
    p.pause();
    await paused;
    const s = await untilStatus(p, 'paused');
    const at = p.media.currentTime;
    expect(p.media.paused).to.equal(true);
    expect(s.position).to.be.closeTo(at, 0.3);
    await p.toggle();
    await advances(p, 0.5);
    expect(p.media.currentTime).to.be.greaterThan(at);
  });

  it('seeks on-demand files', async () => {
    const p = freshPlayer();
    await p.play(track('long.mp3'));
    await advances(p, 0.3);
    p.seek(30);
    await until(p, (s) => s.position >= 30 && s.position < 32, 'position near 30');
    await advances(p, 0.5);
    expect(p.media.currentTime).to.be.within(30.4, 40);
    p.seek(-5);
    await until(p, (s) => s.position < 2, 'position clamped to 0');
  });

  it('plays next/previous in the queue and fires nr-track-change', async () => {
    const p = freshPlayer();
    const queue = [track('long.mp3'), track('tone.mp3'), track('tone.wav')];
    await p.setQueue(queue, 0, true);
    await advances(p, 0.3);
    const change = nextEvent<{ index: number; track: Track }>('nr-track-change', p.name);
    await p.next();
    expect((await change).index).to.equal(1);
    await advances(p, 0.3);
    expect(p.getState().track?.title).to.equal('tone.mp3');
    expect(p.media.currentSrc).to.match(/tone\.mp3$/);
    await p.previous();
    await advances(p, 0.3);
    expect(p.getState()).to.include({ index: 0 });
    expect(p.media.currentSrc).to.match(/long\.mp3$/);
  });

  it('goes to the next item when one ends, and stays ended after the last', async () => {
    const p = freshPlayer();
    await p.setQueue([track('tone.mp3'), track('tone.wav')], 0, true);
    const ended = nextEvent('nr-ended', p.name);
    await untilStatus(p, 'playing');
    await ended;
    await until(p, (s) => s.index === 1 && s.status === 'playing', 'the second item playing');
    await untilStatus(p, 'ended');
    expect(p.getState().index).to.equal(1);
    expect(p.getState().position).to.be.within(2.5, 3.5);
  });

  it('setQueue without autoplay keeps the current track playing', async () => {
    const p = freshPlayer();
    await p.play(track('long.mp3'));
    await advances(p, 0.3);
    await p.setQueue([track('tone.mp3'), track('long.mp3')]);
    expect(p.getState()).to.include({ status: 'playing', index: 1 });
  });

  it('volume and mute change only through the media element', async () => {
    const p = freshPlayer();
    p.setVolume(0.25);
    await until(p, (s) => s.volume === 0.25, 'volume 0.25');
    expect(p.media.volume).to.equal(0.25);
    p.setVolume(7);
    await until(p, (s) => s.volume === 1, 'clamped volume');
    p.setMuted(true);
    await until(p, (s) => s.muted, 'muted');
    expect(p.media.muted).to.equal(true);
  });
});

describe('audio engine: failures', function () {
  this.timeout(60000);
  afterEach(disposeAll);

  it('a 404 ends in error (nr-error on document) and never shows playing', async () => {
    const p = freshPlayer();
    const log = statusLog(p);
    const error = nextEvent<{ kind: string; message: string }>('nr-error', p.name);
    await p.play(track('fault/404.mp3'));
    const s = await untilStatus(p, 'error');
    expect(['unsupported', 'network']).to.include(s.error?.kind);
    expect((await error).message).to.be.a('string').and.not.empty;
    expect(log).not.to.include('playing');
  });

  it('an undecodable body ends in error, never playing', async () => {
    const p = freshPlayer();
    const log = statusLog(p);
    await p.play(track('fault/undecodable.mp3'));
    const s = await untilStatus(p, 'error');
    expect(['decode', 'unsupported']).to.include(s.error?.kind);
    expect(log).not.to.include('playing');
  });

  it('a wrong Content-Type does not hang: it plays (sniffed) or fails clearly', async () => {
    const p = freshPlayer();
    await p.play(track('fault/wrong-type.mp3'));
    const s = await until(p, (x) => x.status === 'playing' || x.status === 'error', 'playing or error');
    if (s.status === 'playing') await advances(p, 0.3);
    else expect(s.error?.message).to.be.a('string').and.not.empty;
  });

  it('a track without a playable source fails as unsupported without touching the network', async () => {
    const p = freshPlayer();
    await p.play({ title: 'nothing', sources: [{ src: 'javascript:alert(1)' }, { src: '/audio/x.bin', type: 'audio/x-unplayable' }] });
    expect(p.getState()).to.include({ status: 'error' });
    expect(p.getState().error?.kind).to.equal('unsupported');
    expect(p.media.hasAttribute('src')).to.equal(false);
  });

  it('commands never throw in any state', async () => {
    const p = freshPlayer();
    p.pause();
    p.stop();
    p.seek(10);
    p.setVolume(NaN);
    await p.next();
    await p.previous();
    await p.toggle();
    await p.retry();
    await p.setQueue(null as unknown as Track[]);
    await p.play({} as Track);
    expect(p.getState().status).to.equal('error');
  });
});
