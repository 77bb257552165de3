import { expect, fixture, html } from '@open-wc/testing';
import { defineElements, type NewsCard } from '../../src/index.js';
import { INHERITED_THEME_ATTRIBUTE, inheritedTheme } from '../../src/core/theme.js';

/** MutationObserver callbacks run as microtasks; one macrotask later they have all run. */
const settled = () => new Promise((r) => setTimeout(r));
const titleColor = (card: NewsCard) => getComputedStyle(card.shadowRoot!.querySelector('[part~="title"]')!).color;
const LIGHT_TEXT = 'rgb(27, 28, 31)';
const DARK_TEXT = 'rgb(232, 233, 237)';

describe('theme="light|dark" on an ancestor', () => {
  it('applies to elements inside, and follows changes of the attribute', async () => {
    const root = await fixture<HTMLDivElement>(html`<div theme="dark"><section><news-card heading="Night bus"></news-card></section></div>`);
    const card = root.querySelector('news-card')!;
    await card.updateComplete;
    expect(card.getAttribute(INHERITED_THEME_ATTRIBUTE)).to.equal('dark');
    expect(getComputedStyle(card).colorScheme).to.equal('dark');
    expect(titleColor(card)).to.equal(DARK_TEXT);

    root.setAttribute('theme', 'light');
    await settled();
    expect(titleColor(card)).to.equal(LIGHT_TEXT);

    root.removeAttribute('theme');
    await settled();
    expect(card.hasAttribute(INHERITED_THEME_ATTRIBUTE)).to.equal(false);
  });

  it('lets the closest ancestor, theme="auto" and the element\'s own theme win', async () => {
    const root = await fixture<HTMLDivElement>(html`<div theme="dark">
      <div theme="light"><news-card id="a" heading="A"></news-card></div>
      <div theme="auto"><news-card id="b" heading="B"></news-card></div>
      <news-card id="c" theme="light" heading="C"></news-card>
    </div>`);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => root.querySelector<NewsCard>(`#${id}`)!);
    await Promise.all([a, b, c].map((x) => x.updateComplete));
    expect(titleColor(a)).to.equal(LIGHT_TEXT);
    expect(b.getAttribute(INHERITED_THEME_ATTRIBUTE)).to.equal('auto'); // the visitor's preference
    expect(getComputedStyle(b).colorScheme).to.equal('light dark');
    expect(titleColor(c)).to.equal(LIGHT_TEXT);
  });

  it('follows the page\'s color-scheme when nothing sets a theme, like native controls', async () => {
    const light = await fixture<NewsCard>(html`<news-card heading="Light page"></news-card>`);
    expect(getComputedStyle(light).colorScheme).to.equal('normal');
    expect(titleColor(light)).to.equal(LIGHT_TEXT);
    const wrap = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><news-card heading="Dark page"></news-card></div>`);
    const dark = wrap.querySelector('news-card')!;
    await dark.updateComplete;
    expect(titleColor(dark)).not.to.equal(LIGHT_TEXT);
  });

  it('is picked up when an element moves into a themed subtree', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><div theme="dark" id="dark"></div><news-card heading="Moved"></news-card></div>`);
    const card = root.querySelector('news-card')!;
    expect(card.hasAttribute(INHERITED_THEME_ATTRIBUTE)).to.equal(false);
    root.querySelector('#dark')!.append(card);
    await card.updateComplete;
    expect(titleColor(card)).to.equal(DARK_TEXT);
  });

  it('crosses shadow roots outwards, and works for prefixed elements', async () => {
    defineElements({ prefix: 'th' });
    const host = await fixture<HTMLDivElement>(html`<div theme="dark"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<th-news-card heading="In a shadow root"></th-news-card>';
    const card = shadow.querySelector('th-news-card') as NewsCard;
    await card.updateComplete;
    expect(inheritedTheme(card)).to.equal('dark');
    expect(titleColor(card)).to.equal(DARK_TEXT);
  });
});
