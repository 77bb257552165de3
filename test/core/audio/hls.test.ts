import { expect } from '@open-wc/testing';
import { canUseHlsJs, HLS_TYPE } from '../../../src/core/audio/sources.js';
import { advances, disposeAll, freshPlayer, requestsFor, until, untilStatus } from './helpers.js';

/** hls.js is a separate module, fetched by the dynamic import only when an HLS source needs it. */
const hlsEntries = () => performance.getEntriesByType('resource').filter((e) => /\/hls\.js\/dist\//.test(e.name));
const nativeHls = () => new Audio().canPlayType(HLS_TYPE) !== '';
const vod = { title: 'HLS VOD', src: '/audio/hls-vod/index.m3u8' };
const live = () => ({ title: 'HLS live', src: `/audio/hls-live/index.m3u8?s=${Math.random().toString(36).slice(2)}` });

// Tests run in order: the lazy-load assertions depend on hls.js not having been needed before.
describe('audio engine: HLS', function () {
  this.timeout(90000);
  afterEach(disposeAll);

  it('does not load hls.js for non-HLS audio', async () => {
    const p = freshPlayer();
    await p.play({ title: 'mp3', src: '/audio/tone.mp3' });
    await advances(p, 0.3);
    expect(hlsEntries()).to.have.length(0);
  });

  it('plays a VOD playlist through hls.js, loaded lazily only then', async function () {
    // Engines without Media Source Extensions can only play HLS natively (next tests).
    if (!canUseHlsJs()) this.skip();
    const p = freshPlayer({ preferHlsJs: true });
    const before = performance.now();
    expect(hlsEntries(), 'hls.js not requested before an HLS track').to.have.length(0);
    await p.play(vod);
    await advances(p, 1);
    const [entry] = hlsEntries();
    expect(entry, 'hls.js requested for the HLS track').to.exist;
    // at.least: Firefox coarsens performance timestamps, so the request can carry the same millisecond.
    expect(entry.startTime).to.be.at.least(before);
    expect(p.media.currentSrc).to.match(/^blob:/);
    const s = p.getState();
    expect(s.live).to.equal(false);
    expect(s.duration).to.be.within(11, 13);
  });

  it('plays a live playlist through hls.js (live, currentTime advances)', async function () {
    if (!canUseHlsJs()) this.skip();
    const p = freshPlayer({ preferHlsJs: true });
    await p.play(live());
    await advances(p, 1.5);
    expect(p.getState().live).to.equal(true);
    expect(p.getState().duration).to.equal(Infinity);
  });

  it('by default plays HLS natively where canPlayType says so, else via hls.js', async () => {
    const p = freshPlayer();
    const loadedBefore = hlsEntries().length;
    await p.play(vod);
    await advances(p, 1);
    if (nativeHls()) expect(p.media.currentSrc).to.match(/index\.m3u8$/);
    else expect(p.media.currentSrc).to.match(/^blob:/);
    if (!canUseHlsJs() || nativeHls()) expect(hlsEntries().length).to.equal(loadedBefore);
    expect(p.getState().live).to.equal(false);
  });

  it('by default plays a live playlist (native or hls.js) as live', async () => {
    const p = freshPlayer();
    await p.play(live());
    await advances(p, 1.5);
    expect(p.getState().live).to.equal(true);
  });

  it('tears hls.js down on track change (no more playlist reloads)', async function () {
    if (!canUseHlsJs()) this.skip();
    const p = freshPlayer({ preferHlsJs: true });
    const track = live();
    await p.play(track);
    await advances(p, 1);
    await p.play({ title: 'mp3', src: '/audio/long.mp3' });
    await advances(p, 0.2);
    const count = (await requestsFor('/audio/hls-live/index.m3u8')).filter((r) => track.src.endsWith(r.search)).length;
    // Live playlists reload every target duration (2 s): none may come while the MP3 plays 3 s.
    await advances(p, 3);
    const after = (await requestsFor('/audio/hls-live/index.m3u8')).filter((r) => track.src.endsWith(r.search)).length;
    expect(after).to.equal(count);
    expect(p.media.currentSrc).to.match(/long\.mp3$/);
  });

  it('a missing playlist ends in an error, not a hang', async () => {
    const p = freshPlayer({ preferHlsJs: true });
    await p.play({ title: 'missing', src: '/audio/hls-missing/index.m3u8' });
    const s = await until(p, (x) => x.status === 'error', 'error');
    expect(s.error?.message).to.be.a('string').and.not.empty;
    await untilStatus(p, 'error');
  });
});
