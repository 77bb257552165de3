import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NewsCard } from '../../src/index.js';
import type { Article } from '../../src/core/article.js';
import type { NrErrorEvent, NrLoadEvent } from '../../src/core/events.js';

const IMG = '/test/fixtures/images/test-1.svg';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const text = (el: Node | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function full(): Promise<NewsCard> {
  return fixture<NewsCard>(html`<news-card
    heading="Council approves new budget"
    href="/news/politics/budget"
    image=${IMG}
    image-alt="Council chamber"
    category="Politics"
    category-href="/news/politics"
    date="2026-03-14"
    excerpt="The city council passed the budget after a long night."
    author="Ama Owusu"
    lang="en-GB"
  ></news-card>`);
}

describe('<news-card>', () => {
  it('passes axe in every layout', async () => {
    for (const layout of ['vertical', 'horizontal', 'compact', 'overlay']) {
      const el = await full();
      el.layout = layout as NewsCard['layout'];
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  describe('attributes', () => {
    it('renders every field', async () => {
      const el = await full();
      const link = part(el, 'title')!.querySelector('a')!;
      expect(part(el, 'title')!.tagName).to.equal('H3');
      expect(text(link)).to.equal('Council approves new budget');
      expect(link.getAttribute('href')).to.equal(new URL('/news/politics/budget', document.baseURI).href);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.alt).to.equal('Council chamber');
      const cat = part(el, 'category') as HTMLAnchorElement;
      expect(cat.tagName).to.equal('A');
      expect(text(cat)).to.equal('Politics');
      expect(cat.href).to.match(/\/news\/politics$/);
      const time = part(el, 'date')!;
      expect(time.tagName).to.equal('TIME');
      expect(time.getAttribute('datetime')).to.equal('2026-03-14');
      expect(text(time)).to.equal('14 Mar 2026');
      expect(text(part(el, 'excerpt'))).to.equal('The city council passed the budget after a long night.');
      expect(text(part(el, 'author'))).to.equal('Ama Owusu');
    });

    it('re-renders live when a Customizer changes attributes', async () => {
      const el = await full();
      el.setAttribute('heading', 'Budget vote delayed');
      el.setAttribute('category', 'City');
      el.removeAttribute('category-href');
      el.setAttribute('date', '2026-12-01');
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Budget vote delayed');
      expect(part(el, 'category')!.tagName).to.equal('SPAN');
      expect(text(part(el, 'category'))).to.equal('City');
      expect(text(part(el, 'date'))).to.equal('1 Dec 2026');
    });

    it('formats the date for the lang attribute and follows changes of it', async () => {
      const el = await full();
      el.setAttribute('lang', 'de-DE');
      await el.updateComplete;
      expect(text(part(el, 'date'))).to.equal('14.03.2026');
      el.setAttribute('lang', 'en-US');
      await el.updateComplete;
      expect(text(part(el, 'date'))).to.equal('Mar 14, 2026');
    });

    it('takes the language of an ancestor', async () => {
      const wrap = await fixture(html`<div lang="fr-FR"><news-card heading="Titre" date="2026-03-14"></news-card></div>`);
      const el = wrap.querySelector('news-card')!;
      await el.updateComplete;
      expect(text(part(el, 'date'))).to.equal('14 mars 2026');
    });

    it('renders a date-time in the reader’s time zone with a full ISO datetime', async () => {
      const el = await fixture<NewsCard>(html`<news-card heading="T" date="2026-03-14T12:00:00Z" lang="en-GB"></news-card>`);
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2026-03-14T12:00:00.000Z');
      expect(text(part(el, 'date'))).to.match(/Mar 2026/);
    });

    it('sets the heading level', async () => {
      const el = await fixture<NewsCard>(html`<news-card heading="T" heading-level="2"></news-card>`);
      expect(part(el, 'title')!.tagName).to.equal('H2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'title')!.tagName).to.equal('H6');
    });

    it('uses an empty alt when the image has no description', async () => {
      const el = await fixture<NewsCard>(html`<news-card heading="T" image=${IMG}></news-card>`);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('alt')).to.equal('');
    });

    it('reserves the image area with a fixed aspect ratio before the image loads', async () => {
      const el = await fixture<NewsCard>(html`<news-card style="width:400px" heading="T" image="/test/fixtures/images/never-loads.svg"></news-card>`);
      const media = el.shadowRoot!.querySelector('.media') as HTMLElement;
      expect(media.getBoundingClientRect().height).to.be.closeTo(400 * 9 / 16, 2);
    });
  });

  describe('article property', () => {
    const article: Article = {
      title: 'From the property',
      url: 'https://example.org/story',
      excerpt: 'Excerpt',
      image: { src: IMG, alt: 'Alt', width: 1200, height: 675, srcset: `${IMG} 1200w` },
      categories: [{ name: 'News', url: 'https://example.org/news' }],
      published: '2026-01-02',
      author: { name: 'Kofi' },
    };

    it('wins over attributes, field by field', async () => {
      const el = await fixture<NewsCard>(html`<news-card heading="From attr" author="Attr author" .article=${{ ...article, author: undefined }}></news-card>`);
      expect(text(part(el, 'title'))).to.equal('From the property');
      expect(text(part(el, 'author'))).to.equal('Attr author');
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('srcset')).to.contain('1200w');
    });
  });

  describe('light DOM', () => {
    it('reads plain markup as data and keeps it in the document', async () => {
      const el = await fixture<NewsCard>(html`<news-card lang="en-GB">
        <a rel="tag" href="/news">News</a>
        <h3><a href="/post/1">Light DOM title</a></h3>
        <img src=${IMG} alt="A picture" width="1200" height="675" />
        <time datetime="2026-05-01">1 May</time>
        <p>Light DOM excerpt.</p>
        <span rel="author">Efua</span>
      </news-card>`);
      expect(text(part(el, 'title'))).to.equal('Light DOM title');
      expect((part(el, 'title')!.querySelector('a') as HTMLAnchorElement).href).to.match(/\/post\/1$/);
      expect((part(el, 'image') as HTMLImageElement).alt).to.equal('A picture');
      expect(text(part(el, 'date'))).to.equal('1 May 2026');
      expect(text(part(el, 'excerpt'))).to.equal('Light DOM excerpt.');
      expect(text(part(el, 'category'))).to.equal('News');
      expect(text(part(el, 'author'))).to.equal('Efua');
      expect(el.querySelector('h3 a')).to.exist; // crawlers still see the markup
    });

    it('follows changes to the markup', async () => {
      const el = await fixture<NewsCard>(html`<news-card><a href="/a">First</a></news-card>`);
      el.querySelector('a')!.textContent = 'Second';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Second');
    });

    it('follows attribute changes inside the markup, and ignores the card’s own state attributes', async () => {
      const el = await fixture<NewsCard>(html`<news-card><a href="/a">Title</a><p class="x">Excerpt</p></news-card>`);
      let renders = 0;
      const spy = el as unknown as { render(): unknown };
      const render = spy.render.bind(el);
      spy.render = () => (renders++, render());
      el.querySelector('a')!.setAttribute('href', '/b');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect((part(el, 'title')!.querySelector('a') as HTMLAnchorElement).href).to.match(/\/b$/);
      expect(renders).to.equal(1);
      el.setAttribute('status', 'ready'); // reflected state, as the card writes it itself
      el.querySelector('p')!.className = 'y'; // nothing the card reads
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(renders).to.equal(1);
    });

    it('lets attributes override the markup', async () => {
      const el = await fixture<NewsCard>(html`<news-card heading="Attr"><a href="/a">Markup</a></news-card>`);
      expect(text(part(el, 'title'))).to.equal('Attr');
    });
  });

  describe('layouts', () => {
    it('compact shows title and date only', async () => {
      const el = await full();
      el.layout = 'compact';
      await el.updateComplete;
      expect(part(el, 'title')).to.exist;
      expect(part(el, 'date')).to.exist;
      for (const p of ['image', 'category', 'excerpt', 'author']) expect(part(el, p), p).to.equal(null);
    });

    it('horizontal puts the image beside the text when wide and stacks it when narrow', async () => {
      const wide = await fixture<NewsCard>(html`<news-card style="width:800px" layout="horizontal" heading="T" image=${IMG}></news-card>`);
      const wImg = part(wide, 'image')!.getBoundingClientRect();
      const wTitle = part(wide, 'title')!.getBoundingClientRect();
      expect(wTitle.left).to.be.greaterThan(wImg.right - 1);
      const narrow = await fixture<NewsCard>(html`<news-card style="width:240px" layout="horizontal" heading="T" image=${IMG}></news-card>`);
      const nImg = part(narrow, 'image')!.getBoundingClientRect();
      const nTitle = part(narrow, 'title')!.getBoundingClientRect();
      expect(nTitle.top).to.be.greaterThan(nImg.bottom - 1);
    });

    it('overlay puts the text on the image', async () => {
      const el = await fixture<NewsCard>(html`<news-card style="width:400px" layout="overlay" heading="T" image=${IMG}></news-card>`);
      const img = part(el, 'image')!.getBoundingClientRect();
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(title.top).to.be.greaterThan(img.top);
      expect(title.bottom).to.be.at.most(img.bottom + 1);
    });

    it('falls back to vertical for an unknown layout', async () => {
      const el = await fixture<NewsCard>(html`<news-card layout="sideways" heading="T"></news-card>`);
      expect(el.layout).to.equal('vertical');
      expect(el.getAttribute('layout')).to.equal('vertical');
    });

    it('reflects the layout as an attribute, the default too', async () => {
      const el = document.createElement('news-card');
      el.heading = 'T';
      expect(el.hasAttribute('layout')).to.equal(false); // not before it is connected
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(el);
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('vertical');
      el.layout = 'compact';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('compact');
      expect(part(el, 'image')).to.equal(null);
      el.removeAttribute('layout');
      await el.updateComplete;
      expect(el.layout).to.equal('vertical');
      expect(el.getAttribute('layout')).to.equal('vertical');
      el.setAttribute('layout', 'overlay');
      await el.updateComplete;
      expect(el.layout).to.equal('overlay');
    });
  });

  describe('rendering out of view', () => {
    it('renders a card far below the viewport only as it nears it; --nr-news-card-content-visibility: visible renders it at once', async () => {
      const wrap = await fixture(html`<div>
        <div style="height: 300vh"></div>
        <news-card heading="Below the fold" excerpt="Far down the page."></news-card>
        <news-card style="--nr-news-card-content-visibility: visible" heading="Always rendered"></news-card>
      </div>`);
      const [later, always] = [...wrap.querySelectorAll('news-card')];
      await Promise.all([later!.updateComplete, always!.updateComplete]);
      await nextFrame();
      await nextFrame();
      const shown = (el: Element) => part(el, 'title')!.checkVisibility({ contentVisibilityAuto: true });
      // Firefox collapses a skipped card with inline-size containment to height 0: it renders every card.
      const firefox = CSS.supports('-moz-appearance', 'none');
      expect(shown(later!), 'not rendered while far out of view').to.equal(firefox);
      expect(shown(always!)).to.equal(true);
      expect(text(part(later!, 'title')), 'its content is there (find in page, assistive technology)').to.equal('Below the fold');
      expect(later!.getBoundingClientRect().height, 'an estimated height meanwhile (or its own), not zero').to.be.greaterThan(firefox ? 50 : 200);
      later!.scrollIntoView();
      await waitUntil(() => shown(later!), 'rendered once scrolled into view');
      expect(part(later!, 'title')!.getBoundingClientRect().height).to.be.greaterThan(0);
      window.scrollTo(0, 0);
    });
  });

  describe('missing fields and long text', () => {
    it('stacks category, title, date line and excerpt with equal gaps; the category label is as wide as its text', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const el = await full();
        el.dir = dir;
        await el.updateComplete;
        const [cat, title, meta, excerpt] = ['category', 'title', 'meta', 'excerpt'].map((p) => part(el, p)!.getBoundingClientRect());
        const gaps = [title.top - cat.bottom, meta.top - title.bottom, excerpt.top - meta.bottom];
        expect(gaps[0], dir).to.be.greaterThan(2);
        for (const gap of gaps) expect(gap, dir).to.be.closeTo(gaps[0], 0.5);
        const body = part(el, 'body')!;
        const box = body.getBoundingClientRect();
        const pad = parseFloat(getComputedStyle(body).paddingInlineStart);
        expect(cat.width, dir).to.be.greaterThan(0).and.lessThan(box.width / 2);
        expect(dir === 'ltr' ? cat.left - box.left : box.right - cat.right, dir).to.be.closeTo(pad, 1);
      }
    });

    it('leaves no empty boxes', async () => {
      const el = await fixture<NewsCard>(html`<news-card heading="Only a title"></news-card>`);
      for (const p of ['image', 'category', 'meta', 'date', 'excerpt', 'author']) expect(part(el, p), p).to.equal(null);
      expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('takes out the boxes of fields that go away and puts them back in place, current, when they return', async () => {
      const el = await full();
      const shape = () =>
        [...el.shadowRoot!.querySelectorAll('[part]')]
          .map((e) => `${e.localName}[${e.getAttribute('part')}] ${e.childElementCount ? '' : text(e)}`.trim())
          .join(' | ');
      const before = shape();
      for (const a of ['image', 'category', 'href', 'date', 'excerpt']) el.removeAttribute(a);
      await el.updateComplete;
      expect(shape()).to.equal('article[card] | div[body] | h3[title] Council approves new budget | p[meta] | span[author] Ama Owusu');
      expect(part(el, 'title')!.querySelector('a')).to.equal(null);
      expect(el.shadowRoot!.querySelector('figure')).to.equal(null);

      el.setAttribute('image', IMG);
      el.setAttribute('category', 'Politics');
      el.setAttribute('href', '/news/politics/budget');
      el.setAttribute('date', '2026-03-14');
      el.setAttribute('excerpt', 'The city council passed the budget after a long night.');
      await el.updateComplete;
      expect(shape()).to.equal(before);
      expect(text(part(el, 'title'))).to.equal('Council approves new budget');

      el.setAttribute('excerpt', 'Changed while it was shown.');
      el.removeAttribute('author');
      await el.updateComplete;
      expect(text(part(el, 'excerpt'))).to.equal('Changed while it was shown.');
      expect(text(part(el, 'meta'))).to.equal('14 Mar 2026');
    });

    it('drops an invalid date instead of showing "Invalid Date"', async () => {
      const el = await fixture<NewsCard>(html`<news-card heading="T" date="not a date"></news-card>`);
      expect(part(el, 'date')).to.equal(null);
      expect(text(el.shadowRoot!)).not.to.contain('Invalid');
    });

    it('wraps long words inside a 240 px sidebar', async () => {
      const long = 'Supercalifragilisticexpialidocious'.repeat(4);
      const el = await fixture<NewsCard>(html`<div style="width:240px"><news-card heading=${long} excerpt=${long} category=${long} author=${long} image=${IMG}></news-card></div>`);
      const card = el.querySelector('news-card')!;
      await card.updateComplete;
      const frame = part(card, 'card')!;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
      expect(card.getBoundingClientRect().width).to.be.at.most(240);
      for (const p of ['title', 'excerpt', 'category', 'author']) {
        expect(part(card, p)!.getBoundingClientRect().right, p).to.be.at.most(card.getBoundingClientRect().right + 0.5);
      }
    });

    it('clamps the excerpt to --nr-news-card-excerpt-lines', async () => {
      const long = 'Word '.repeat(200);
      const el = await fixture<NewsCard>(html`<news-card style="width:300px; --nr-news-card-excerpt-lines: 2; line-height: 20px" heading="T" excerpt=${long}></news-card>`);
      const ex = part(el, 'excerpt')!;
      const lh = parseFloat(getComputedStyle(ex).lineHeight);
      expect(ex.getBoundingClientRect().height).to.be.closeTo(lh * 2, 2);
      // The lines past the clamp are cut off: nothing of the excerpt under the box's end. (Hit
      // testing reaches into a card once a rendered frame has found it in view: content-visibility.)
      await nextFrame();
      await nextFrame();
      const box = ex.getBoundingClientRect();
      const below = el.shadowRoot!.elementsFromPoint(box.left + 20, box.bottom + lh / 2).map((e) => e.getAttribute('part'));
      expect(below).to.include('card');
      expect(below).not.to.include('excerpt');
    });

    it('lays out right-to-left', async () => {
      const el = await fixture<NewsCard>(html`<news-card dir="rtl" lang="ar" style="width:300px" heading="عنوان" category="أخبار" date="2026-03-14"></news-card>`);
      const cat = part(el, 'category')!.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(host.right - cat.right).to.be.lessThan(cat.left - host.left);
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2026-03-14');
      expect(text(part(el, 'date'))).to.match(/[\u0660-\u0669]|2026/);
    });
  });

  describe('safety', () => {
    it('never binds javascript: URLs and renders markup in fields as text', async () => {
      const el = await fixture<NewsCard>(html`<news-card
        heading=${'<img src=x onerror=window.__pwned=1>'}
        href="javascript:window.__pwned=1"
        category="x" category-href=${" JaVa\tscript:alert(1)"}
        image="javascript:alert(1)"
        excerpt=${'<script>window.__pwned=1</script>'}
      ></news-card>`);
      expect(part(el, 'title')!.querySelector('a')).to.equal(null);
      expect(text(part(el, 'title'))).to.equal('<img src=x onerror=window.__pwned=1>');
      expect(part(el, 'category')!.tagName).to.equal('SPAN');
      expect(part(el, 'image')).to.equal(null);
      expect(el.shadowRoot!.querySelector('script, [onerror]')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('events and keyboard', () => {
    it('puts the title link in the tab order with a visible focus ring', async () => {
      const before = await fixture(html`<div><button>before</button><news-card heading="T" href="/x" category="C" category-href="/c"></news-card></div>`);
      const card = before.querySelector('news-card')!;
      await card.updateComplete;
      const link = part(card, 'title')!.querySelector('a')!;
      link.focus();
      expect(card.shadowRoot!.activeElement).to.equal(link);
      const ring = getComputedStyle(link, '::after');
      expect(ring.outlineStyle).to.equal('solid');
    });

    it('fires a cancelable nr-article-open when the title is clicked', async () => {
      const el = await fixture<NewsCard>(html`<news-card heading="T" href="/somewhere"></news-card>`);
      const link = part(el, 'title')!.querySelector('a')!;
      const heard = oneEvent(el, 'nr-article-open');
      el.addEventListener('nr-article-open', (e) => e.preventDefault(), { once: true });
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      link.dispatchEvent(click);
      const ev = await heard;
      expect(ev.detail.article.title).to.equal('T');
      expect(ev.detail.url).to.match(/\/somewhere$/);
      expect(click.defaultPrevented).to.equal(true);
    });
  });
  describe('src', () => {
    const FX = '/test/fixtures';
    let run = 0;
    /** A URL nobody asked for yet (the loaders cache responses for a minute). */
    const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}run=${Date.now()}-${++run}`;
    const hanging = (file = 'article-view/card.json') => fresh(`/__fault/slow?ms=600000&file=${file}`);
    const settled = (el: Element) => waitUntil(() => /^(ready|empty|error)$/.test(el.getAttribute('status') ?? ''), 'never settled', { timeout: 15000 });
    const count = async (key: string) => ((await (await fetch(`/__fault/count?key=${key}`)).json()) as { count: number; closedEarly: number });

    /** Records console.error calls (without printing the expected ones). */
    function captureErrors() {
      const calls: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => calls.push(args);
      return { calls, restore: () => (console.error = original) };
    }

    it('shows a skeleton with aria-busy while loading, and passes axe', async () => {
      const el = await fixture<NewsCard>(html`<news-card src=${hanging()}></news-card>`);
      expect(el.getAttribute('status')).to.equal('loading');
      expect(el.status).to.equal('loading');
      const loading = part(el, 'loading')!;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'title')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('keeps the same height from skeleton to card (no layout shift)', async () => {
      // A monospace font makes the fixture's two-line title wrap the same way in every engine.
      const wrap = await fixture(html`<div style="display:flex; gap:16px; align-items:start; width:660px; font-family:'DejaVu Sans Mono','Liberation Mono',monospace">
        <news-card style="width:320px" src=${hanging()}></news-card>
        <news-card style="width:320px" src=${fresh(`${FX}/article-view/card.json`)}></news-card>
      </div>`);
      const [loading, ready] = [...wrap.querySelectorAll('news-card')];
      await settled(ready);
      expect(ready.getAttribute('status')).to.equal('ready');
      const img = part(ready, 'image') as HTMLImageElement;
      if (!img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }));
      const title = part(ready, 'title')!;
      expect(title.getBoundingClientRect().height, 'fixture title spans two lines').to.be.closeTo(parseFloat(getComputedStyle(title).lineHeight) * 2, 2);
      expect(loading.getAttribute('status')).to.equal('loading');
      expect(loading.getBoundingClientRect().height).to.be.closeTo(ready.getBoundingClientRect().height, 1);
    });

    it('renders the first post of a WordPress list and fires nr-load', async () => {
      const src = fresh(`${FX}/wp-posts.json`);
      const heard = oneEvent(document, 'nr-load') as Promise<NrLoadEvent>;
      const el = await fixture<NewsCard>(html`<news-card lang="en-GB" src=${src}></news-card>`);
      const ev = await heard;
      expect(ev.target).to.equal(el);
      expect(ev.detail).to.deep.equal({ url: src, count: 5 });
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('ready');
      expect(text(part(el, 'title'))).to.equal('Council’s budget: roads & schools win');
      expect((part(el, 'title')!.querySelector('a') as HTMLAnchorElement).href).to.equal('https://cityradio.example/2026/03/14/council-budget/');
      expect(text(part(el, 'author'))).to.equal('Ama Owusu');
      expect(text(part(el, 'date'))).to.equal('14 Mar 2026');
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('Councillors raise their hands');
    });

    it('picks the item at index from an RSS feed, and follows index changes without a new request', async () => {
      const key = `idx-${Date.now()}`;
      const el = await fixture<NewsCard>(html`<news-card index="1" src=${`/__fault/counted?key=${key}&file=feed.xml`}></news-card>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Morning Show, episode 12: the budget explained');
      el.index = 3;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Storm warning for the coast');
      expect((await count(key)).count).to.equal(1);
    });

    it('loads a single post URL', async () => {
      const el = await fixture<NewsCard>(html`<news-card src=${fresh(`${FX}/wp-post.json`)}></news-card>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Council’s budget: roads & schools win');
    });

    it('lets attributes override single fields of the loaded article', async () => {
      const el = await fixture<NewsCard>(html`<news-card heading="Retitled by the editor" src=${fresh(`${FX}/wp-post.json`)}></news-card>`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Retitled by the editor');
      expect(text(part(el, 'author'))).to.equal('Ama Owusu');
    });

    it('reads inline JSON data', async () => {
      const el = await fixture<NewsCard>(html`<news-card
        ><script type="application/json">
          { "title": "From inline JSON", "url": "/inline", "author": { "name": "Inline" } }
        </script></news-card
      >`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('From inline JSON');
      expect(text(part(el, 'author'))).to.equal('Inline');
    });

    it('reads inline JSON in a feed format (JSON Feed)', async () => {
      const el = await fixture<NewsCard>(html`<news-card index="1"
        ><script type="application/json">
          { "version": "https://jsonfeed.org/version/1.1", "title": "Feed", "items": [
            { "id": "1", "title": "First", "url": "/1" }, { "id": "2", "title": "Second", "url": "/2" } ] }
        </script></news-card
      >`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Second');
    });

    it('gives up after timeout milliseconds with a timeout error', async () => {
      const errors = captureErrors();
      try {
        const heard = oneEvent(document, 'nr-error') as Promise<NrErrorEvent>;
        const el = await fixture<NewsCard>(html`<news-card timeout="300" src=${fresh('/__fault/slow?ms=10000&file=article-view/card.json')}></news-card>`);
        const ev = await heard;
        expect(ev.detail.kind).to.equal('timeout');
        await el.updateComplete;
        expect(el.getAttribute('status')).to.equal('error');
        expect(text(part(el, 'error'))).to.contain('took too long');
        expect(errors.calls.length).to.equal(1);
      } finally {
        errors.restore();
      }
    });

    it('shows the empty state for a feed without items', async () => {
      const el = await fixture<NewsCard>(html`<news-card src=${fresh(`${FX}/empty-feed.xml`)}></news-card>`);
      await settled(el);
      expect(el.getAttribute('status')).to.equal('empty');
      expect(part(el, 'empty')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the error with Retry, fires nr-error and logs once per failure', async () => {
      const errors = captureErrors();
      try {
        const src = fresh('/__fault/status/404');
        const heard = oneEvent(document, 'nr-error') as Promise<NrErrorEvent>;
        const el = await fixture<NewsCard>(html`<news-card src=${src}></news-card>`);
        const ev = await heard;
        expect(ev.detail).to.deep.equal({ url: src, kind: 'http', status: 404, message: 'The server answered 404 Not Found.' });
        await el.updateComplete;
        expect(el.getAttribute('status')).to.equal('error');
        const box = part(el, 'error')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(text(box)).to.contain('The server answered 404 Not Found.');
        expect(errors.calls.length).to.equal(1);
        expect(String(errors.calls[0][0])).to.contain(src).and.to.contain('404');
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('refetches when Retry is pressed', async () => {
      const errors = captureErrors();
      try {
        const key = `retry-${Date.now()}`;
        const el = await fixture<NewsCard>(html`<news-card src=${`/__fault/counted?key=${key}&file=missing.json`}></news-card>`);
        await settled(el);
        expect(el.getAttribute('status')).to.equal('error');
        expect((await count(key)).count).to.equal(1);
        const again = oneEvent(el, 'nr-error');
        (part(el, 'retry-button') as HTMLButtonElement).click();
        await el.updateComplete;
        expect(el.getAttribute('status')).to.equal('loading');
        await again;
        await el.updateComplete;
        expect(el.getAttribute('status')).to.equal('error');
        expect((await count(key)).count).to.equal(2);
        expect(errors.calls.length).to.equal(2);
        expect(el.shadowRoot!.activeElement, 'focus stays on Retry').to.equal(part(el, 'retry-button'));
      } finally {
        errors.restore();
      }
    });

    it('shows a slotted error message instead of the built-in one', async () => {
      const errors = captureErrors();
      try {
        const el = await fixture<NewsCard>(html`<news-card src=${fresh('/__fault/status/500')}><p slot="error">News is taking a break.</p></news-card>`);
        await settled(el);
        const slot = part(el, 'error')!.querySelector('slot[name="error"]') as HTMLSlotElement;
        expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['News is taking a break.']);
        expect(part(el, 'retry-button')).to.exist;
      } finally {
        errors.restore();
      }
    });

    it('a broken card leaves the card next to it working', async () => {
      const errors = captureErrors();
      try {
        const wrap = await fixture(html`<div>
          <news-card src=${fresh('/__fault/status/500')}></news-card>
          <news-card src=${fresh(`${FX}/wp-posts.json`)} index="3"></news-card>
        </div>`);
        const [broken, working] = [...wrap.querySelectorAll('news-card')];
        await Promise.all([settled(broken), settled(working)]);
        expect(broken.getAttribute('status')).to.equal('error');
        expect(working.getAttribute('status')).to.equal('ready');
        expect(text(part(working, 'title'))).to.equal('Storm warning for the coast');
        expect(errors.calls.length).to.equal(1);
      } finally {
        errors.restore();
      }
    });
  });
});
