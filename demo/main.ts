/**
 * The demo page's script. Importing the library defines every element; the page itself is plain
 * HTML (index.html). This file only does what a site's own theme script would:
 *   - fills "More from News" with <news-card>s from the WordPress REST posts, through the
 *     `article` property (the sidebar's cards use attributes, written by the widget-area layout);
 *   - lets a Customizer preview (customizer.html, same origin) send live sidebar layouts.
 */
import * as elements from '../src/index.js';
import { loadArticles } from '../src/core/loaders/news.js';

// Keep a live reference to the module (package.json "sideEffects" only lists src/index.ts, so a
// bare import could be dropped from a production build), and make it handy in the console.
Object.assign(globalThis, { newsradioElements: elements });

async function fillMoreNews() {
  const grid = document.getElementById('more-news');
  if (!grid) return;
  try {
    const articles = await loadArticles('/data/posts.json');
    const cards = articles.slice(1, 4).map((article) => {
      const card = document.createElement('news-card');
      card.article = article;
      return card;
    });
    grid.replaceChildren(...cards);
  } catch (error) {
    // A real theme would leave the section out; the demo says why.
    grid.textContent = 'The news could not be loaded.';
    console.error('demo: loading /data/posts.json failed', error);
  }
}

// Elements still being built may not be in the barrel yet: load them directly meanwhile.
if (!customElements.get('audio-bar')) void import('../src/components/audio-bar/audio-bar.js');

// The Customizer preview (customizer.html) is this site's own page: allow its origin.
document.querySelector('widget-area#sidebar')?.setAttribute('allow-origin', location.origin);

void fillMoreNews();
