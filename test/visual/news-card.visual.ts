import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { NEWS_CARD_LAYOUTS } from '../../src/index.js';
import { prepare, snapshot } from './support.js';

const WIDTH: Record<(typeof NEWS_CARD_LAYOUTS)[number], string> = {
  vertical: '20rem',
  horizontal: '40rem',
  compact: '20rem',
  overlay: '24rem',
};

const card = (layout: string, theme?: 'dark') =>
  fixture<HTMLDivElement>(html`<div class="nr-visual-frame" theme=${theme ?? 'light'} style="inline-size: ${WIDTH[layout as keyof typeof WIDTH]}">
    <news-card
      layout=${layout}
      heading="City council approves new night-bus routes after months of debate"
      href="/news/politics/night-bus-routes"
      image="/test/fixtures/images/cover-1.svg"
      image-alt="A studio microphone in front of a sunset-coloured sky"
      category="Politics"
      category-href="/news/politics"
      date="2026-11-26"
      excerpt="Three new lines will run every 20 minutes between midnight and 5 a.m. from January, connecting the university district, the harbour and the two hospitals."
      author="Amina Okafor"
    ></news-card>
  </div>`);

describe('<news-card> screenshots', () => {
  before(prepare);

  for (const layout of NEWS_CARD_LAYOUTS) {
    it(`${layout} layout`, async () => {
      await snapshot(await card(layout), `news-card-${layout}`);
    });
  }

  it('vertical layout, dark theme', async () => {
    await snapshot(await card('vertical', 'dark'), 'news-card-vertical-dark');
  });
});
