import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { prepare, settled, snapshot } from './support.js';

/** test/fixtures/widget-area/layout.json: two compact news cards (one titled) and an html widget. */
const LAYOUT = '/test/fixtures/widget-area/layout.json';

describe('<widget-area> screenshots', () => {
  before(prepare);

  for (const [name, width] of [
    ['sidebar', '22rem'],
    ['columns', '48rem'],
  ] as const) {
    it(`layout from JSON (${name}, ${width})`, async () => {
      const frame = await fixture<HTMLDivElement>(html`<div class="nr-visual-frame" style="inline-size: ${width}">
        <widget-area src=${LAYOUT}></widget-area>
      </div>`);
      await settled(frame.querySelector('widget-area')!);
      await snapshot(frame, `widget-area-${name}`);
    });
  }

  it('empty area', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div class="nr-visual-frame" style="inline-size: 22rem">
      <widget-area></widget-area>
    </div>`);
    await settled(frame.querySelector('widget-area')!, 'empty');
    await snapshot(frame, 'widget-area-empty');
  });
});
