// Shoelace 2.20 <sl-card> (https://shoelace.style), from the package's cdn/ build served
// statically (card.js and the chunks it imports, plus the light theme's CSS), with the same
// content as our cards in its slots.
import { loadCss } from './harness.js';

export const name = 'shoelace';

const base = '/node_modules/@shoelace-style/shoelace/cdn';
export async function load() {
  await Promise.all([loadCss(`${base}/themes/light.css`), import(`${base}/components/card/card.js`)]);
  await customElements.whenDefined('sl-card');
  // The image at 16:9 like the other contestants' (its width/height attributes alone would fix its height).
  const style = document.createElement('style');
  style.textContent = 'sl-card img[slot="image"]{height:auto;aspect-ratio:16/9;object-fit:cover}';
  document.head.append(style);
}

export async function renderCards(root, articles) {
  const grid = document.createElement('div');
  grid.style.cssText = 'display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem;padding:1rem';
  const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  const frag = document.createDocumentFragment();
  const cards = [];
  for (const a of articles) {
    const card = document.createElement('sl-card');
    const img = document.createElement('img');
    img.slot = 'image';
    img.src = a.image;
    img.alt = a.imageAlt;
    img.loading = 'lazy';
    img.width = 640;
    img.height = 360;
    const cat = document.createElement('a');
    cat.href = `/category/${a.category.toLowerCase()}`;
    cat.textContent = a.category;
    const h = document.createElement('h3');
    const link = document.createElement('a');
    link.href = a.href;
    link.textContent = a.title;
    h.append(link);
    const time = document.createElement('time');
    time.dateTime = a.date;
    time.textContent = dates.format(new Date(a.date));
    const p = document.createElement('p');
    p.textContent = a.excerpt;
    const author = document.createElement('small');
    author.slot = 'footer';
    author.textContent = a.author;
    card.append(img, cat, h, time, p, author);
    cards.push(card);
    frag.append(card);
  }
  grid.append(frag);
  root.append(grid);
  await Promise.all(cards.map((c) => c.updateComplete));
  return { last: cards[cards.length - 1] };
}
