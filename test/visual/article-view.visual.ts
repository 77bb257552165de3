import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { prepare, settled, snapshot } from './support.js';

/**
 * test/fixtures/wp-post.json (a real WordPress REST post with `_embed`) with its image URLs
 * pointed at local fixture images: the originals are on hosts that do not exist offline, and a
 * broken image would make the screenshot depend on how fast DNS fails.
 */
async function wpPost(): Promise<string> {
  const text = await fetch('/test/fixtures/wp-post.json').then((r) => r.text());
  // Absolute URLs: paths in the post's HTML resolve against the post's own link.
  const here = location.origin;
  return text
    .replace(/(https:\/\/cityradio\.example)?\/wp-content\/uploads\/2026\/03\/chamber[-0-9x]*\.jpg/g, `${here}/test/fixtures/images/cover-1.svg`)
    .replace(/https:\/\/secure\.gravatar\.com\/avatar\/8f1c\?s=(\d+)[^"]*/g, `${here}/test/fixtures/article-view/avatar.svg?s=$1`);
}

describe('<article-view> screenshots', () => {
  before(prepare);

  it('a WordPress post (wp-post.json)', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div class="nr-visual-frame" style="inline-size: 52rem"></div>`);
    const view = document.createElement('article-view');
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = await wpPost();
    view.append(data);
    frame.append(view);
    await settled(view);
    await snapshot(frame, 'article-view-wp-post');
  });
});
