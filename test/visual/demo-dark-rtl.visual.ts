import { prepare, snapshot } from './support.js';
import { loadDemo, type DemoPage } from './demo-page.js';

describe('demo page screenshots, dark and right to left (demo/dark-rtl.html)', () => {
  let demo: DemoPage;
  before(async () => {
    await prepare();
    demo = await loadDemo('dark-rtl');
  });

  it('main column', async () => {
    await snapshot(demo.main, 'demo-dark-rtl-main-column');
  });

  it('sidebar widget area', async () => {
    await snapshot(demo.sidebar, 'demo-dark-rtl-sidebar');
  });
});
