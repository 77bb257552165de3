import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ArticleView } from '../../src/index.js';
import type { Article } from '../../src/core/article.js';
import type { NrErrorEvent, NrLoadEvent } from '../../src/core/events.js';

const FX = '/test/fixtures';
const AV = `${FX}/article-view`;
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)] as HTMLElement[];
const text = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
let run = 0;
/** A URL nobody asked for yet (the loaders cache responses for a minute and share requests). */
const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}run=${Date.now()}-${++run}`;
const hanging = () => fresh(`/__fault/slow?ms=600000&file=article-view/post.json`);
const settled = (el: Element) =>
  waitUntil(() => /^(ready|empty|error)$/.test(el.getAttribute('status') ?? ''), 'never settled', { timeout: 15000 });
const count = async (key: string) => (await (await fetch(`/__fault/count?key=${key}`)).json()) as { count: number; closedEarly: number };
const body = (el: Element) => el.querySelector(':scope > [data-nr-body]') as HTMLElement | null;
const jsonLd = (el: Element, key: string) => {
  const script = el.querySelector(`:scope > script[type="application/ld+json"][data-nr-jsonld="${key}"]`);
  return script ? (JSON.parse(script.textContent!) as Record<string, unknown>) : undefined;
};

/** A connected `<article-view lang="en-GB">` with these attributes, once its `src` settled. */
async function load(src: string, attrs: Record<string, string> = {}): Promise<ArticleView> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('article-view');
  el.setAttribute('lang', 'en-GB');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.src = src;
  wrap.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

function captureErrors() {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.error = original) };
}

describe('<article-view>', () => {
  it('passes axe with a full article', async () => {
    const el = await load(fresh(`${AV}/post.json`));
    expect(el.getAttribute('status')).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  describe('sources', () => {
    it('reads a single WordPress post (with _embed)', async () => {
      const el = await load(fresh(`${FX}/wp-post.json`));
      expect(text(part(el, 'title'))).to.equal('Council’s budget: roads & schools win');
      expect(part(el, 'title')!.tagName).to.equal('H1');
      expect(text(part(el, 'author'))).to.equal('Ama Owusu');
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('Councillors raise their hands');
      expect(part(el, 'image')!.getAttribute('srcset')).to.contain('300w');
      expect(text(part(el, 'caption'))).to.equal('The final vote, shortly after 2 a.m.');
      expect(body(el)!.querySelector('h2')!.textContent).to.equal('What changes');
    });

    it('reads the item at index of a WordPress list', async () => {
      const el = await load(fresh(`${FX}/wp-posts.json`), { index: '3' });
      expect(text(part(el, 'title'))).to.equal('Storm warning for the coast');
      el.index = 1;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Jazz festival line-up announced');
    });

    it('reads RSS 2.0', async () => {
      const el = await load(fresh(`${FX}/feed.xml`));
      expect(text(part(el, 'title'))).to.equal('Council’s budget: roads & schools win');
      expect(body(el)!.textContent).to.contain('budget');
    });

    it('reads Atom 1.0', async () => {
      const el = await load(fresh(`${FX}/atom.xml`));
      expect(text(part(el, 'title'))).to.equal('Behind the budget night & its numbers');
    });

    it('reads JSON Feed 1.1', async () => {
      const el = await load(fresh(`${FX}/feed.json`));
      expect(text(part(el, 'title'))).to.equal('Morning Show, episode 12: the budget explained');
    });

    it('reads schema.org JSON-LD', async () => {
      const el = await load(fresh(`${FX}/article.jsonld`));
      expect(text(part(el, 'title'))).to.equal('Council’s budget: roads & schools win');
      expect(text(body(el))).to.contain('Councillors voted 31–12 in favour.');
    });

    it('reads inline JSON', async () => {
      const el = await fixture<ArticleView>(html`<article-view
        ><script type="application/json">
          { "title": "Inline story", "bodyHtml": "<p>Inline body.</p>" }
        </script></article-view
      >`);
      await settled(el);
      expect(text(part(el, 'title'))).to.equal('Inline story');
      expect(text(body(el))).to.equal('Inline body.');
    });

    it('takes the article property over src data', async () => {
      const el = await load(fresh(`${AV}/post.json`));
      el.article = { title: 'From the property' } as Article;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('From the property');
      expect(text(part(el, 'author'))).to.equal('Ama Owusu');
    });
  });

  describe('defaults', () => {
    it('renders the breadcrumb from categories with parents, aria-current on the last item', async () => {
      const el = await load(fresh(`${AV}/post.json`));
      const nav = part(el, 'breadcrumb')!;
      expect(nav.tagName).to.equal('NAV');
      expect(nav.getAttribute('aria-label')).to.equal('Breadcrumb');
      const items = parts(el, 'breadcrumb-link');
      expect(items.map(text)).to.deep.equal(['Home', 'News', 'Politics']);
      expect(items.map((i) => i.getAttribute('aria-current'))).to.deep.equal([null, null, 'page']);
      expect((items[0] as HTMLAnchorElement).href).to.equal(new URL('/', document.baseURI).href);
      expect((items[2] as HTMLAnchorElement).href).to.match(/\/category\/news\/politics\/$/);
      expect(text(part(el, 'category'))).to.equal('Politics');
    });

    it('uses the breadcrumb the data gives', async () => {
      const el = await load(fresh(`${FX}/wp-post.json`));
      expect(parts(el, 'breadcrumb-link').map(text)).to.deep.equal(['Home', 'News', 'Politics & Policy']);
    });

    it('formats published and updated dates for lang, in two locales', async () => {
      const el = await load(fresh(`${AV}/post.json`));
      const date = part(el, 'date')!;
      expect(date.tagName).to.equal('TIME');
      expect(date.getAttribute('datetime')).to.equal('2026-03-14T07:30:00.000Z');
      expect(text(date)).to.equal('14 March 2026');
      const updated = part(el, 'updated')!;
      expect(text(updated)).to.equal('Updated 15 March 2026');
      expect(updated.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-15T10:00:00.000Z');
      el.setAttribute('lang', 'de-DE');
      await el.updateComplete;
      expect(text(part(el, 'date'))).to.equal('14. März 2026');
    });

    it('writes the byline with a decorative avatar', async () => {
      const el = await load(fresh(`${AV}/post.json`));
      expect(text(part(el, 'byline'))).to.equal('Written by Ama Owusu');
      expect((part(el, 'author') as HTMLAnchorElement).href).to.match(/\/author\/ama-owusu\/$/);
      expect(part(el, 'avatar')!.getAttribute('alt')).to.equal('');
    });

    it('shows the reading time at 200 words a minute, formatted for lang', async () => {
      const words = (n: number) => `<p>${'word '.repeat(n)}</p>`;
      const el = await fixture<ArticleView>(html`<article-view lang="en-US" .article=${{ title: 'T', bodyHtml: words(800) }}></article-view>`);
      expect(text(part(el, 'reading-time'))).to.equal('4 min read');
      el.article = { title: 'T', bodyHtml: words(40) };
      await el.updateComplete;
      expect(text(part(el, 'reading-time'))).to.equal('1 min read');
      el.setAttribute('lang', 'de-DE');
      el.article = { title: 'T', bodyHtml: words(2000) };
      await el.updateComplete;
      expect(text(part(el, 'reading-time'))).to.match(/^10 Min\.? read$/);
    });

    it('shows the featured image with caption, srcset, sizes and dimensions', async () => {
      const el = await load(fresh(`${AV}/post.json`));
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('675');
      expect(img.getAttribute('srcset')).to.match(/cover-1\.svg\?w=300 300w/);
      expect(img.getAttribute('sizes')).to.be.a('string');
      expect(text(part(el, 'caption'))).to.equal('Studio B at sunrise – photo: City Radio');
    });

    it('puts the sanitized body in the light DOM, styled by a document stylesheet', async () => {
      const el = await load(fresh(`${AV}/post.json`));
      const box = body(el)!;
      expect(box.getAttribute('slot')).to.equal('body');
      expect(box.querySelector('h2')!.textContent).to.equal('What changes');
      expect(box.querySelectorAll('li').length).to.equal(6);
      expect(box.querySelector('[data-nr-scroll] > table')).to.exist;
      expect((part(el, 'body')!.querySelector('slot') as HTMLSlotElement).assignedElements()).to.deep.equal([box]);
      const quote = box.querySelector('blockquote')!;
      expect(getComputedStyle(quote).borderInlineStartStyle).to.equal('solid');
      expect(getComputedStyle(box.querySelector('img')!).maxWidth).to.equal('100%');
      expect(document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('data-nr-body'))).length).to.equal(1);
    });

    it('emits NewsArticle and BreadcrumbList JSON-LD into the light DOM', async () => {
      const el = await load(fresh(`${AV}/post.json`));
      const article = jsonLd(el, 'article')!;
      expect(article['@context']).to.equal('https://schema.org');
      expect(article['@type']).to.equal('NewsArticle');
      expect(article.headline).to.equal('Council’s budget: roads & schools win');
      expect(article.datePublished).to.equal('2026-03-14T07:30:00.000Z');
      expect((article.author as { name: string }[])[0].name).to.equal('Ama Owusu');
      const crumbs = jsonLd(el, 'breadcrumb')!;
      expect(crumbs['@type']).to.equal('BreadcrumbList');
      const items = crumbs.itemListElement as { position: number; name: string; item: string }[];
      expect(items.map((i) => i.name)).to.deep.equal(['Home', 'News', 'Politics']);
      expect(items[2].position).to.equal(3);
      expect(items[2].item).to.match(/^http.*\/category\/news\/politics\/$/);
    });

    it('escapes < in JSON-LD so the data cannot close the script', async () => {
      const el = await fixture<ArticleView>(html`<article-view .article=${{ title: '</script><script>window.__nrPwned=1</script>' }}></article-view>`);
      const script = el.querySelector('script[data-nr-jsonld="article"]')!;
      expect(script.textContent).not.to.contain('<');
      expect((JSON.parse(script.textContent!) as { headline: string }).headline).to.equal('</script><script>window.__nrPwned=1</script>');
      expect(el.querySelectorAll('script').length).to.equal(1);
    });

    it('leaves out the figure when there is no image', async () => {
      const el = await load(fresh(`${AV}/no-image.json`));
      expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
      expect(part(el, 'image')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says so for a password-protected post', async () => {
      const el = await load(fresh(`${AV}/protected.json`));
      expect(el.getAttribute('status')).to.equal('ready');
      expect(text(part(el, 'protected'))).to.equal('This article is password protected.');
      expect(part(el, 'body')).to.equal(null);
    });
  });

  describe('attributes', () => {
    it('shows only the parts listed in show', async () => {
      const el = await load(fresh(`${AV}/post.json`), { show: 'title body' });
      expect(part(el, 'title')).to.exist;
      expect(part(el, 'body')).to.exist;
      for (const p of ['breadcrumb', 'category', 'date', 'byline', 'reading-time', 'figure', 'share']) expect(part(el, p), p).to.equal(null);
      el.show = 'share';
      await el.updateComplete;
      expect(part(el, 'title')).to.equal(null);
      expect(part(el, 'share')).to.exist;
    });

    it('sets the home item and the heading level', async () => {
      const el = await load(fresh(`${AV}/post.json`), { 'home-href': '/radio/', 'home-label': 'City Radio', 'heading-level': '2' });
      const first = parts(el, 'breadcrumb-link')[0] as HTMLAnchorElement;
      expect(text(first)).to.equal('City Radio');
      expect(first.href).to.equal(new URL('/radio/', document.baseURI).href);
      expect(part(el, 'title')!.tagName).to.equal('H2');
      expect((jsonLd(el, 'breadcrumb')!.itemListElement as { name: string }[])[0].name).to.equal('City Radio');
    });

    it('overrides texts through labels', async () => {
      const el = await load(fresh(`${AV}/post.json`), {
        lang: 'de-DE',
        labels: '{"writtenBy":"Von","readingTime":"{time} Lesezeit","copyLink":"Link kopieren"}',
      });
      expect(text(part(el, 'byline'))).to.equal('Von Ama Owusu');
      expect(text(part(el, 'reading-time'))).to.match(/^1 Min\.? Lesezeit$/);
      expect(text(part(el, 'copy-button'))).to.equal('Link kopieren');
    });

    it('ignores labels that are not a JSON object, with one warning', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<ArticleView>(html`<article-view labels="{oops" .article=${{ title: 'T', url: 'https://x.example/' }}></article-view>`);
        expect(text(part(el, 'copy-button'))).to.equal('Copy link');
        expect(warnings.length).to.equal(1);
        expect(String(warnings[0][0])).to.contain('{oops');
      } finally {
        console.warn = original;
      }
    });

    it('lays out right-to-left', async () => {
      const wrap = await fixture(html`<div dir="rtl" lang="ar" style="width:600px"></div>`);
      const el = document.createElement('article-view');
      el.article = {
        title: 'عنوان المقال',
        published: '2026-03-14',
        categories: [{ name: 'أخبار', url: '/news/' }],
        bodyHtml: '<p>نص المقال.</p>',
      };
      wrap.append(el);
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(host.right - title.right).to.be.lessThan(2);
      const crumbs = parts(el, 'breadcrumb-link').map((c) => c.getBoundingClientRect());
      expect(crumbs[0].left).to.be.greaterThan(crumbs[1].left);
      expect(text(part(el, 'date'))).to.match(/[\u0660-\u0669]|2026/);
      await expect(el).to.be.accessible();
    });

    it('fits a 240 px container without horizontal overflow, and a 1200 px one', async () => {
      for (const width of [240, 1200]) {
        const wrap = await fixture(html`<div style="width:${width}px"></div>`);
        const el = document.createElement('article-view');
        el.src = fresh(`${AV}/post.json`);
        wrap.append(el);
        await settled(el);
        await el.updateComplete;
        expect(el.scrollWidth, `${width}px host`).to.be.at.most(width + 1);
        expect(part(el, 'article')!.scrollWidth).to.be.at.most(part(el, 'article')!.clientWidth + 1);
        const box = body(el)!;
        expect(box.scrollWidth, `${width}px body`).to.be.at.most(box.clientWidth + 1);
        for (const p of ['title', 'breadcrumb', 'meta', 'share']) {
          expect(part(el, p)!.getBoundingClientRect().right, `${width}px ${p}`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      }
    });

    it('shows plain markup before the upgrade and reads it as data after', async () => {
      const el = await fixture<ArticleView>(html`<article-view lang="en-GB">
        <nav><a href="/">Home</a><a href="/sport/">Sport</a></nav>
        <h1>Markup title</h1>
        <p>By <a rel="author" href="/author/efua/">Efua Asante</a>, <time datetime="2026-05-01">1 May</time></p>
        <figure><img src="/test/fixtures/images/test-2.svg" alt="A picture" width="1200" height="675" /><figcaption>Caption</figcaption></figure>
        <p>First body paragraph, with a <a href="/link">link</a>.</p>
        <h2>Subheading</h2>
        <p>Second body paragraph.</p>
      </article-view>`);
      expect(text(part(el, 'title'))).to.equal('Markup title');
      expect(text(part(el, 'author'))).to.equal('Efua Asante');
      expect(text(part(el, 'date'))).to.equal('1 May 2026');
      expect(text(part(el, 'caption'))).to.equal('Caption');
      expect(parts(el, 'breadcrumb-link').map(text)).to.deep.equal(['Home', 'Sport']);
      const box = body(el)!;
      expect([...box.children].map((c) => c.localName)).to.deep.equal(['p', 'h2', 'p']);
      expect(el.querySelectorAll(':scope > p').length, 'the byline stays, the body moved').to.equal(1);
      expect(jsonLd(el, 'article')!.headline).to.equal('Markup title');
    });
  });

  describe('safety', () => {
    it('never runs script from the body, title or excerpt', async () => {
      const w = window as unknown as { __nrPwned?: string };
      delete w.__nrPwned;
      const el = await load(fresh(`${AV}/xss.json`));
      await new Promise((r) => setTimeout(r, 200)); // give onerror handlers a chance to fire
      expect(w.__nrPwned).to.equal(undefined);
      const box = body(el)!;
      expect(box.querySelector('script, form, input, style, [onerror], [onclick], [style]')).to.equal(null);
      expect([...box.querySelectorAll('a[href], iframe[src]')].map((a) => a.getAttribute('href') ?? a.getAttribute('src')).join()).not.to.match(/javascript:/i);
      expect(text(part(el, 'title'))).to.equal('Safe title'); // WordPress titles are HTML: read as text
      expect(part(el, 'title')!.children.length).to.equal(0);
      expect(text(box)).to.contain('Before.').and.to.contain('After.');
    });

    it('works on a strict page: Trusted Types enforced, no inline styles', async () => {
      const report = new Promise<Record<string, unknown>>((resolve) =>
        window.addEventListener('message', (e) => resolve(e.data as Record<string, unknown>), { once: true }),
      );
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="strict page" src="${AV}/strict-csp.html"></iframe>`);
      const got = await report;
      frame.remove();
      expect(got).to.deep.equal({
        status: 'ready',
        title: 'Council’s budget: roads & schools win',
        h2: 'What changes',
        quoteBorder: 'solid',
        jsonLd: ['NewsArticle', 'BreadcrumbList'],
        violations: [],
      });
    });
  });

  describe('events and keyboard', () => {
    it('fires nr-load with the url and count', async () => {
      const src = fresh(`${FX}/wp-posts.json`);
      const heard = oneEvent(document, 'nr-load') as Promise<NrLoadEvent>;
      const el = await load(src);
      const ev = await heard;
      expect(ev.target).to.equal(el);
      expect(ev.detail).to.deep.equal({ url: src, count: 5 });
    });

    it('copies the link with the Clipboard API and announces it', async () => {
      const url = 'https://cityradio.example/news/copy-me/';
      const el = await fixture<ArticleView>(html`<article-view .article=${{ title: 'Copy me', url }}></article-view>`);
      const written: string[] = [];
      const clipboard = navigator.clipboard;
      const real = clipboard.writeText;
      clipboard.writeText = (t: string) => (written.push(t), real.call(clipboard, t));
      try {
        const status = part(el, 'share-status')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(text(status)).to.equal('');
        (part(el, 'copy-button') as HTMLButtonElement).focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => text(status) !== '', 'no status message');
        expect(text(status)).to.equal('Link copied to the clipboard.');
        expect(written).to.deep.equal([url]);
      } finally {
        clipboard.writeText = real;
      }
    });

    it('offers plain share links without the Web Share API', async () => {
      expect(typeof navigator.share, 'headless browsers have no navigator.share').to.equal('undefined');
      const el = await fixture<ArticleView>(html`<article-view .article=${{ title: 'Budget & roads', url: 'https://cityradio.example/a?b=1' }}></article-view>`);
      expect(part(el, 'share-button')).to.equal(null);
      const links = parts(el, 'share-link') as HTMLAnchorElement[];
      expect(links.map(text)).to.deep.equal(['Share on X', 'Share on Facebook', 'Share on WhatsApp', 'Share by email']);
      const x = new URL(links[0].href);
      expect(x.origin + x.pathname).to.equal('https://x.com/intent/post');
      expect(x.searchParams.get('url')).to.equal('https://cityradio.example/a?b=1');
      expect(x.searchParams.get('text')).to.equal('Budget & roads');
      expect(new URL(links[1].href).searchParams.get('u')).to.equal('https://cityradio.example/a?b=1');
      expect(links[3].href).to.equal('mailto:?subject=Budget%20%26%20roads&body=https%3A%2F%2Fcityradio.example%2Fa%3Fb%3D1');
      for (const l of links) expect(l.rel).to.equal('noopener noreferrer');
    });

    it('offers the Web Share API button where navigator.share exists', async () => {
      const shared: ShareData[] = [];
      Object.defineProperty(navigator, 'share', { configurable: true, value: async (d: ShareData) => void shared.push(d) });
      try {
        const el = await fixture<ArticleView>(html`<article-view .article=${{ title: 'Share me', url: 'https://cityradio.example/s' }}></article-view>`);
        expect(parts(el, 'share-link')).to.deep.equal([]);
        (part(el, 'share-button') as HTMLButtonElement).click();
        expect(shared).to.deep.equal([{ title: 'Share me', url: 'https://cityradio.example/s' }]);
      } finally {
        delete (navigator as { share?: unknown }).share;
      }
    });

    it('reaches every link and button with Tab, in reading order', async () => {
      // The trailing button keeps focus inside the page (tabbing into the browser's UI would
      // leave the window unfocused for the next test file).
      const wrap = await fixture(html`<div>
        <article-view lang="en-GB" show="breadcrumb category author share" src=${fresh(`${AV}/post.json`)}></article-view>
        <button>after</button>
      </div>`);
      const el = wrap.querySelector('article-view')!;
      await settled(el);
      const order: string[] = [];
      (parts(el, 'breadcrumb-link')[0] as HTMLElement).focus();
      while (document.activeElement === el && order.length < 20) {
        order.push(el.shadowRoot!.activeElement!.getAttribute('part')!);
        await sendKeys({ press: 'Tab' });
      }
      expect(order).to.deep.equal([
        'breadcrumb-link', 'breadcrumb-link', 'breadcrumb-link', 'category', 'author', 'copy-button',
        'share-link', 'share-link', 'share-link', 'share-link',
      ]);
      expect(document.activeElement).to.equal(wrap.querySelector('button'));
    });
  });

  describe('states', () => {
    it('loading: a skeleton with aria-busy, passes axe', async () => {
      const el = await fixture<ArticleView>(html`<article-view src=${hanging()}></article-view>`);
      expect(el.getAttribute('status')).to.equal('loading');
      expect(part(el, 'loading')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'title')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('empty: a message for a feed without items, passes axe', async () => {
      const el = await load(fresh(`${FX}/empty-feed.xml`));
      expect(el.getAttribute('status')).to.equal('empty');
      expect(text(part(el, 'empty'))).to.equal('No article to show.');
      expect(el.querySelector('script[data-nr-jsonld]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('error: message, nr-error, one console message, Retry refetches, passes axe', async () => {
      const errors = captureErrors();
      try {
        const key = `av-retry-${Date.now()}`;
        const src = `/__fault/counted?key=${key}&file=article-view/missing.json`;
        const heard = oneEvent(document, 'nr-error') as Promise<NrErrorEvent>;
        const el = await load(src);
        const ev = await heard;
        expect(ev.detail).to.deep.equal({ url: src, kind: 'http', status: 404, message: 'The server answered 404 Not Found.' });
        expect(el.getAttribute('status')).to.equal('error');
        const box = part(el, 'error')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(text(box)).to.contain('The server answered 404 Not Found.');
        expect(errors.calls.length).to.equal(1);
        expect(String(errors.calls[0][0])).to.contain(src);
        await expect(el).to.be.accessible();
        const again = oneEvent(el, 'nr-error');
        (part(el, 'retry-button') as HTMLButtonElement).click();
        await again;
        expect((await count(key)).count).to.equal(2);
        expect(errors.calls.length).to.equal(2);
      } finally {
        errors.restore();
      }
    });

    it('aborts a slow request when the element is removed', async () => {
      const key = `av-abort-${Date.now()}`;
      const src = `/__fault/counted?key=${key}&ms=600000&file=article-view/post.json`;
      // Watch (not replace) fetch, to see the request's signal and outcome.
      const original = window.fetch;
      let request: { signal?: AbortSignal | null; outcome?: Promise<string> } = {};
      window.fetch = (input, init) => {
        const response = original.call(window, input, init);
        if (String(input).endsWith(src)) request = { signal: init?.signal, outcome: response.then(() => 'answered', (e: Error & { kind?: string }) => e.kind ?? e.name) };
        return response;
      };
      const errors = captureErrors();
      try {
        const el = await fixture<ArticleView>(html`<article-view src=${src}></article-view>`);
        await waitUntil(async () => (await count(key)).count === 1, 'the request never reached the server');
        expect(request.signal?.aborted).to.equal(false);
        el.remove();
        expect(request.signal?.aborted).to.equal(true);
        // fetch rejects with the abort reason: our LoadError of kind "aborted" (or a plain AbortError).
        expect(await request.outcome).to.be.oneOf(['aborted', 'AbortError']);
        expect(errors.calls.length, 'an abort is not a failure').to.equal(0);
      } finally {
        window.fetch = original;
        errors.restore();
      }
    });

    it('resumes loading when a removed element is put back', async () => {
      const src = fresh(`/__fault/slow?ms=300&file=article-view/post.json`);
      const wrap = await fixture(html`<div></div>`);
      const el = document.createElement('article-view');
      el.src = src;
      wrap.append(el);
      await el.updateComplete;
      el.remove();
      wrap.append(el);
      await settled(el);
      expect(el.getAttribute('status')).to.equal('ready');
      expect(text(part(el, 'title'))).to.equal('Council’s budget: roads & schools win');
    });

    it('shares one request between two elements on the same URL', async () => {
      const key = `av-share-${Date.now()}`;
      const src = `/__fault/counted?key=${key}&ms=300&file=article-view/post.json`;
      const wrap = await fixture(html`<div><article-view src=${src}></article-view><article-view src=${src} show="title"></article-view></div>`);
      const [a, b] = [...wrap.querySelectorAll('article-view')];
      await Promise.all([settled(a), settled(b)]);
      expect(text(part(a, 'title'))).to.equal(text(part(b, 'title')));
      expect((await count(key)).count).to.equal(1);
    });
  });
});
