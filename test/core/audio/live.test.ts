import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PlayerOptions, Track } from '../../../src/core/audio/types.js';
import { advances, disposeAll, freshPlayer, nextEvent, requestsFor, statusLog, until, untilStatus } from './helpers.js';

const cmd = <T = Record<string, unknown>>(command: string, payload: object = {}) => executeServerCommand(command, payload) as Promise<T>;

/** Small backoff so recoveries happen within a test; production defaults are 1 s → 30 s. */
const FAST: Partial<PlayerOptions> = { reconnectBaseDelay: 300, reconnectMaxDelay: 2000, loadTimeout: 8000, metadataInterval: 500 };
const secs = (ms: number) => (ms / 1000).toFixed(1);

describe('audio engine: live stream from a real Icecast 2', function () {
  this.timeout(120000);
  let port = 0;
  const station = (mount = '/live.mp3', extra: Partial<Track> = {}): Track => ({
    title: 'Test FM',
    subtitle: 'The test station',
    src: `http://127.0.0.1:${port}${mount}`,
    metadataUrl: `http://127.0.0.1:${port}/status-json.xsl`,
    ...extra,
  });

  beforeEach(async () => {
    // Every test starts from a running mount, whatever the previous one left behind.
    ({ port } = await cmd<{ port: number }>('audio-source-start', { mount: '/live.mp3' }));
  });
  after(async () => {
    await cmd('audio-icecast-stop');
  });
  afterEach(disposeAll);

  it('plays the mount: detected as live (infinite duration), currentTime advances', async () => {
    const p = freshPlayer(FAST);
    await p.play(station());
    await advances(p, 1.5);
    // Chromium and WebKit report an infinite duration at once; Firefox a growing one (detected).
    const s = await until(p, (x) => x.live, 'live detected');
    expect(s.duration).to.equal(Infinity);
  });

  it('shows the now-playing title from status-json.xsl and follows admin metadata updates', async () => {
    const p = freshPlayer(FAST);
    await p.play(station());
    await untilStatus(p, 'playing');
    await cmd('audio-metadata', { mount: '/live.mp3', song: 'Artist One - Song A' });
    await until(p, (s) => s.nowPlaying?.title === 'Song A', 'title Song A');
    expect(p.getState().nowPlaying).to.include({ artist: 'Artist One', title: 'Song A' });
    await cmd('audio-metadata', { mount: '/live.mp3', song: '1234' });
    await until(p, (s) => s.nowPlaying?.title === '1234', 'numeric title "1234"');
    expect(p.getState().status).to.equal('playing');
  });

  it('reconnects when the source is killed and comes back (reconnecting → playing)', async () => {
    const p = freshPlayer(FAST);
    await p.play(station());
    await advances(p, 1);
    await until(p, (x) => x.live, 'live detected');
    const t0 = performance.now();
    await cmd('audio-source-stop', { mount: '/live.mp3' });
    await untilStatus(p, 'reconnecting');
    const t1 = performance.now();
    await cmd('audio-source-start', { mount: '/live.mp3' });
    const t2 = performance.now();
    await untilStatus(p, 'playing');
    const t3 = performance.now();
    await advances(p, 1);
    console.log(`timing source-restart: drop→reconnecting ${secs(t1 - t0)} s; source back→playing ${secs(t3 - t2)} s; drop→playing ${secs(t3 - t0)} s`);
    expect(p.getState().reconnectAttempt).to.equal(0);
  });

  it('recovers when Icecast itself restarts', async () => {
    const p = freshPlayer(FAST);
    await p.play(station());
    await advances(p, 1);
    await until(p, (x) => x.live, 'live detected');
    const log = statusLog(p);
    const t0 = performance.now();
    const restarted = cmd('audio-icecast-restart', { downFor: 1500 });
    await untilStatus(p, 'reconnecting');
    const t1 = performance.now();
    await restarted;
    const t2 = performance.now();
    await untilStatus(p, 'playing');
    const t3 = performance.now();
    await advances(p, 1);
    console.log(`timing icecast-restart: drop→reconnecting ${secs(t1 - t0)} s; server back→playing ${secs(t3 - t2)} s; drop→playing ${secs(t3 - t0)} s`);
    expect(log).to.include('reconnecting');
  });

  it('gives up after maxReconnectAttempts on a mount that never comes back; retry() recovers', async () => {
    await cmd('audio-source-start', { mount: '/gone.mp3' });
    const p = freshPlayer({ ...FAST, maxReconnectAttempts: 3, reconnectBaseDelay: 200, reconnectMaxDelay: 800 });
    await p.play(station('/gone.mp3', { metadataUrl: undefined }));
    await advances(p, 0.5);
    await until(p, (x) => x.live, 'live detected');
    const attempts: number[] = [];
    const onReconnect = (e: Event) => {
      const d = (e as CustomEvent).detail;
      if (d.player === p.name) attempts.push(d.attempt);
    };
    document.addEventListener('nr-reconnect', onReconnect);
    const error = nextEvent<{ kind: string }>('nr-error', p.name);
    const t0 = performance.now();
    await cmd('audio-source-stop', { mount: '/gone.mp3' });
    const s = await untilStatus(p, 'error', 90000);
    console.log(`timing gave-up after 3 attempts: ${secs(performance.now() - t0)} s`);
    document.removeEventListener('nr-reconnect', onReconnect);
    expect(s.error?.kind).to.equal('gave-up');
    expect((await error).kind).to.equal('gave-up');
    expect(attempts).to.deep.equal([1, 2, 3]);
    expect(p.media.paused).to.equal(true);
    await cmd('audio-source-start', { mount: '/gone.mp3' });
    await p.retry();
    await advances(p, 0.5);
    await cmd('audio-source-stop', { mount: '/gone.mp3' });
  });
});

describe('audio engine: live faults from the test server', function () {
  this.timeout(120000);
  afterEach(disposeAll);

  it('an endless MP3 stream without Xing header is detected as live', async () => {
    const p = freshPlayer(FAST);
    await p.play({ title: 'endless', src: '/audio/fault/endless.mp3' });
    await advances(p, 1);
    await until(p, (s) => s.live && s.duration === Infinity, 'live detected');
  });

  it('resuming a paused live stream reloads at the live edge (fresh, cache-busting request)', async () => {
    const p = freshPlayer(FAST);
    const src = `/audio/fault/endless.mp3?k=${Math.random()}`;
    await p.play({ title: 'endless', src, live: true });
    await advances(p, 0.5);
    p.pause();
    await untilStatus(p, 'paused');
    expect(p.media.hasAttribute('src'), 'a paused live stream stops downloading').to.equal(false);
    await p.play();
    await advances(p, 0.5);
    const requests = (await requestsFor('/audio/fault/endless.mp3')).filter((r) => r.search.includes(src.split('?')[1]));
    expect(requests.length).to.be.at.least(2);
    expect(requests.at(-1)!.search).to.match(/[?&]_nr=/);
  });

  it('a stream that stalls (socket open, no data) is reconnected by the watchdog', async () => {
    const p = freshPlayer(FAST);
    await p.play({ title: 'stalls', src: '/audio/fault/stall.mp3', live: true });
    await advances(p, 0.5);
    const reconnect = nextEvent<{ reason: string; attempt: number }>('nr-reconnect', p.name);
    const t0 = performance.now();
    const d = await reconnect;
    const t1 = performance.now();
    expect(['watchdog', 'stalled', 'ended', 'error']).to.include(d.reason);
    await untilStatus(p, 'playing');
    console.log(`timing stalled stream: playing→reconnect detected ${secs(t1 - t0)} s (reason ${d.reason}); →playing ${secs(performance.now() - t1)} s`);
    await advances(p, 0.5);
  });

  it('a live stream that ends is reconnected (not left ended)', async () => {
    const p = freshPlayer(FAST);
    const log = statusLog(p);
    await p.play({ title: 'ends', src: '/audio/fault/ends.mp3', live: true });
    await advances(p, 0.5);
    await untilStatus(p, 'reconnecting');
    await untilStatus(p, 'playing');
    await advances(p, 0.5);
    expect(log).not.to.include('ended');
  });

  it('a live stream that 404s keeps trying, then gives up into a clear error', async () => {
    const p = freshPlayer({ ...FAST, maxReconnectAttempts: 2, reconnectBaseDelay: 100, reconnectMaxDelay: 200 });
    const log = statusLog(p);
    await p.play({ title: 'missing', src: '/audio/fault/404.mp3', live: true });
    const s = await untilStatus(p, 'error');
    expect(s.error).to.include({ kind: 'gave-up' });
    expect(s.error?.message).to.match(/retry/i);
    expect(log).to.include('reconnecting');
    expect(log).not.to.include('playing');
  });
});
