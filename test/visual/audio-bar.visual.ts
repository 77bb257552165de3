import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AudioBar, PlayerState, Track } from '../../src/index.js';
import { prepare, snapshot } from './support.js';

const COVER = '/test/fixtures/images/cover-2.svg';
const station: Track = {
  id: 'flowfm',
  title: 'FlowFm92.7',
  subtitle: 'Araba Radio',
  src: '/test/fixtures/audio/demo-tone.mp3?station=flowfm',
  cover: COVER,
  live: true,
};

describe('<audio-bar> screenshots', () => {
  before(prepare);

  it('idle single-station bar (src attributes, nothing played)', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div class="nr-visual-frame" style="inline-size: 56rem">
      <audio-bar player="visual-idle" src=${station.src!} heading="FlowFm92.7" subtitle="Araba Radio" cover=${COVER} live></audio-bar>
    </div>`);
    await snapshot(frame, 'audio-bar-idle-station');
  });

  it('playing a live stream (state preview)', async () => {
    const state: Partial<PlayerState> = {
      status: 'playing',
      track: station,
      queue: [station],
      index: 0,
      live: true,
      duration: Infinity,
      nowPlaying: { title: 'Sade – Smooth Operator', artist: 'FlowFm92.7' },
    };
    const frame = await fixture<HTMLDivElement>(html`<div class="nr-visual-frame" style="inline-size: 56rem">
      <audio-bar player="visual-live" .state=${state}></audio-bar>
    </div>`);
    await (frame.querySelector('audio-bar') as AudioBar).updateComplete;
    await snapshot(frame, 'audio-bar-playing-live');
  });
});
