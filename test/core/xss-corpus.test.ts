// Every payload of test/fixtures/xss/payloads.txt through every field of every news format:
// parseArticles → <news-card .article> (and the sanitized body) in the live page → nothing runs,
// and no javascript:/data:/vbscript: URL or on* attribute is left anywhere in the DOM.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-card/news-card.js';
import type { Article } from '../../src/core/article.js';
import { parseArticles } from '../../src/core/loaders/parse-articles.js';
import { sanitizeHtml } from '../../src/core/sanitize.js';
import { findUnsafe, installTrap, loadPayloads, settle } from '../support/xss-helpers.js';

const FEED = 'https://feed.invalid/feeds/news';

// XML 1.0 cannot carry most control characters at all (not even as references): those payloads
// are tested through the JSON formats and sanitizeHtml; XML formats get them without the characters.
// eslint-disable-next-line no-control-regex
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
const esc = (s: string) => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${xmlSafe(s).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function wordpress(payloads: string[]) {
  return JSON.stringify(
    payloads.map((p, i) => ({
      id: i + 1,
      date_gmt: '2026-03-14T07:30:00',
      link: p,
      title: { rendered: p },
      excerpt: { rendered: p, protected: false },
      content: { rendered: p, protected: false },
      meta: { audio_file: p },
      _embedded: {
        author: [{ id: 1, name: p, link: p, url: p, avatar_urls: { 96: p } }],
        'wp:featuredmedia': [{ id: 2, media_type: 'image', mime_type: 'image/jpeg', source_url: p, alt_text: p, caption: { rendered: p }, media_details: { width: 10, height: 10, sizes: { large: { source_url: p, width: 5, height: 5 } } } }],
        'wp:term': [[{ id: 3, name: p, slug: 'x', taxonomy: 'category', link: p }]],
      },
    })),
  );
}

function rss(payloads: string[], useCdata: boolean) {
  const t = useCdata ? cdata : esc;
  const items = payloads.map(
    (p) => `<item><title>${t(p)}</title><link>${esc(p)}</link><guid>${esc(p)}</guid><description>${t(p)}</description>
      <content:encoded>${t(p)}</content:encoded><dc:creator>${t(p)}</dc:creator><author>${t(p)}</author><category>${t(p)}</category>
      <enclosure url="${esc(p)}" type="audio/mpeg" length="1"/><enclosure url="${esc(p)}" type="image/jpeg" length="1"/>
      <media:content url="${esc(p)}" medium="image" width="10" height="10"><media:text>${t(p)}</media:text></media:content>
      <media:thumbnail url="${esc(p)}"/><itunes:image href="${esc(p)}"/><pubDate>${t(p)}</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>x</title>${items.join('')}</channel></rss>`;
}

function atom(payloads: string[]) {
  const entries = payloads.map(
    (p, i) => `<entry xml:base="${esc(p)}"><title type="${i % 2 ? 'html' : 'text'}">${esc(p)}</title><link href="${esc(p)}"/><link rel="enclosure" type="audio/mpeg" href="${esc(p)}"/>
      <id>${esc(p)}</id><updated>2026-01-01T00:00:00Z</updated><summary type="html">${esc(p)}</summary><content type="html">${esc(p)}</content>
      <author><name>${esc(p)}</name><uri>${esc(p)}</uri></author><category term="${esc(p)}" label="${esc(p)}"/><media:thumbnail url="${esc(p)}"/></entry>`,
  );
  return `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>x</title>${entries.join('')}</feed>`;
}

function jsonFeed(payloads: string[]) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'x',
    items: payloads.map((p, i) => ({
      id: String(i),
      url: p,
      external_url: p,
      title: p,
      summary: p,
      content_html: p,
      content_text: p,
      image: p,
      banner_image: p,
      date_published: p,
      authors: [{ name: p, url: p, avatar: p }],
      tags: [p],
      language: p,
      attachments: [{ url: p, mime_type: 'audio/mpeg', title: p }],
    })),
  });
}

function jsonLd(payloads: string[]) {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': payloads.flatMap((p, i) => [
      {
        '@type': 'NewsArticle',
        '@id': `#a${i}`,
        headline: p,
        description: p,
        articleBody: p,
        url: p,
        image: i % 2 ? p : [{ '@type': 'ImageObject', url: p, caption: p, description: p }],
        author: i % 2 ? p : [{ '@type': 'Person', name: p, url: p, image: p }],
        articleSection: [p],
        datePublished: p,
        inLanguage: p,
        mainEntityOfPage: { '@id': `#p${i}` },
      },
      { '@type': 'WebPage', '@id': `#p${i}`, url: p, breadcrumb: { '@id': `#b${i}` } },
      { '@type': 'BreadcrumbList', '@id': `#b${i}`, itemListElement: [{ '@type': 'ListItem', position: 1, name: p, item: p }, { '@type': 'ListItem', position: 2, name: p, item: 'https://feed.invalid/c' }] },
    ]),
  });
}

/** JSON-LD in an HTML page: a payload with "</script>" breaks out of the block, as on a broken real page. */
const htmlPage = (payloads: string[]) =>
  `<!doctype html><html><head><title>x</title></head><body>${payloads
    .map((p) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: p, url: p, image: p, author: p })}</script><p>${p}</p>`)
    .join('\n')}</body></html>`;

const URL_FIELDS = (a: Article) => [
  a.url,
  a.image?.src,
  a.audio?.src,
  a.author?.url,
  a.author?.avatar,
  ...(a.categories ?? []).map((c) => c.url),
  ...(a.breadcrumb ?? []).map((b) => b.url),
];

describe('XSS corpus through every format', () => {
  let payloads: string[];
  let trap: ReturnType<typeof installTrap>;

  before(async () => {
    payloads = await loadPayloads();
  });
  beforeEach(() => (trap = installTrap()));
  afterEach(() => trap.restore());

  it('has at least 120 payloads from public collections', () => {
    expect(payloads.length).to.be.at.least(120);
  });

  it('control: the harness notices a payload that does run', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const unsafe = new DOMParser().parseFromString('<img src="/__fault/status/200?control" onerror="__xss(\'control\')">', 'text/html');
    container.append(document.adoptNode(unsafe.body.firstChild!));
    const link = document.createElement('a');
    link.setAttribute('href', ' javascript:void 0');
    container.append(link);
    await settle(container);
    expect(trap.hits).to.deep.equal(['__xss(control)']);
    expect(findUnsafe(container)).to.have.length(2);
  });

  const formats: [name: string, build: (p: string[]) => string, type: string, perPayload: number][] = [
    ['WordPress REST', wordpress, 'application/json', 1],
    ['RSS 2.0 (escaped text)', (p) => rss(p, false), 'application/rss+xml', 1],
    ['RSS 2.0 (CDATA)', (p) => rss(p, true), 'application/rss+xml', 1],
    ['Atom 1.0', atom, 'application/atom+xml', 1],
    ['JSON Feed 1.1', jsonFeed, 'application/feed+json', 1],
    ['schema.org JSON-LD', jsonLd, 'application/ld+json', 1],
    ['HTML page with JSON-LD', htmlPage, 'text/html', 0],
  ];

  for (const [name, build, type, perPayload] of formats) {
    it(`${name}: no payload runs in <news-card> or the sanitized body, no unsafe URL survives`, async () => {
      let articles: Article[] = [];
      expect(() => (articles = parseArticles(build(payloads), type, FEED))).not.to.throw();
      // Items whose title and URL both came out empty are dropped; everything else must be there.
      if (perPayload) expect(articles.length, 'articles parsed').to.be.at.least(payloads.length * 0.8);
      else expect(articles.length, 'articles parsed').to.be.greaterThan(0);

      for (const a of articles) {
        for (const url of URL_FIELDS(a)) if (url !== undefined) expect(url, `URL in ${a.id}`).to.match(/^(?:https?|mailto):/);
      }

      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const a of articles) {
        const card = document.createElement('news-card');
        card.article = a;
        container.append(card);
        if (a.bodyHtml) {
          const body = document.createElement('div');
          body.append(sanitizeHtml(a.bodyHtml, { baseUrl: a.baseUrl, externalLinkTarget: '_blank' }));
          container.append(body);
        }
      }
      await Promise.all([...container.querySelectorAll('news-card')].map((c) => c.updateComplete));
      expect(container.querySelectorAll('news-card')[0].shadowRoot!.querySelector('[part~="card"]'), 'cards rendered').to.exist;
      await settle(container);
      expect(trap.hits, 'payloads that ran').to.deep.equal([]);
      expect(findUnsafe(container), 'unsafe markup left in the DOM').to.deep.equal([]);
    });
  }
});
