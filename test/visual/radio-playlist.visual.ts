import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { prepare, settled, snapshot } from './support.js';

/** test/fixtures/playlists/demo.json: live stations, shows, one without cover, one unsafe (skipped). */
const SRC = '/test/fixtures/playlists/demo.json';

describe('<radio-playlist> screenshots', () => {
  before(prepare);

  for (const layout of ['list', 'compact'] as const) {
    it(`${layout} layout from a JSON playlist`, async () => {
      const frame = await fixture<HTMLDivElement>(html`<div class="nr-visual-frame" style="inline-size: 24rem">
        <radio-playlist player=${`visual-${layout}`} layout=${layout} src=${SRC}></radio-playlist>
      </div>`);
      await settled(frame.querySelector('radio-playlist')!);
      await snapshot(frame, `radio-playlist-${layout}`);
    });
  }
});
