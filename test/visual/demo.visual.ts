import { prepare, snapshot } from './support.js';
import { loadDemo, type DemoPage } from './demo-page.js';

describe('demo page screenshots (demo/index.html)', () => {
  let demo: DemoPage;
  before(async () => {
    await prepare();
    demo = await loadDemo();
  });

  it('main column: the article and More from News', async () => {
    await snapshot(demo.main, 'demo-main-column');
  });

  it('sidebar widget area', async () => {
    await snapshot(demo.sidebar, 'demo-sidebar');
  });
});
