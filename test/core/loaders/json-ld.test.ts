import { expect } from '@open-wc/testing';
import { parseArticles, readJsonLdArticles } from '../../../src/core/loaders/parse-articles.js';
import { parseJsonLd } from '../../../src/core/loaders/json-ld.js';

const PAGE = 'https://cityradio.example/2026/03/14/council-budget/';

describe('JSON-LD loader', () => {
  it('reads a Yoast-style NewsArticle @graph, following @id references', async () => {
    const text = await (await fetch('/test/fixtures/article.jsonld')).text();
    const articles = parseArticles(text, 'application/ld+json', PAGE);
    expect(articles).to.have.length(1);
    const [a] = articles;
    expect(a).to.deep.include({
      id: 'https://cityradio.example/2026/03/14/council-budget/#article',
      url: PAGE,
      title: 'Council’s budget: roads & schools win',
      excerpt: 'The city council approved the 2026 budget after a nine-hour debate.',
      published: '2026-03-14T07:30:00.000Z',
      modified: '2026-03-14T08:30:00.000Z',
      language: 'en-GB',
    });
    expect(a.bodyHtml).to.equal('<p>The city council approved the 2026 budget on Thursday night.</p>\n<p>Councillors voted 31–12 in favour.</p>');
    expect(a.image).to.deep.equal({ src: 'https://cityradio.example/wp-content/uploads/2026/03/chamber.jpg', alt: '', width: 1600, height: 900, caption: 'The final vote, shortly after 2 a.m.' });
    expect(a.author).to.deep.equal({ name: 'Ama Owusu, Kofi Mensah', url: undefined, avatar: undefined });
    expect(a.categories).to.deep.equal([{ name: 'News' }, { name: 'Politics' }]);
    expect(a.breadcrumb).to.deep.equal([
      { name: 'News', url: 'https://cityradio.example/category/news/' },
      { name: 'Politics', url: 'https://cityradio.example/category/news/politics/' },
    ]);
  });

  it('reads arrays, image arrays and string authors, and a single Person with an avatar', () => {
    const data = [
      { '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'Post A', url: '/a', image: ['/a-1x1.jpg', '/a-16x9.jpg'], author: 'Efua', datePublished: '2026-02-01' },
      { '@context': 'https://schema.org', '@type': 'Article', name: 'Post B', mainEntityOfPage: 'https://s.example/b', image: { '@type': 'ImageObject', contentUrl: '/b.jpg', width: { '@type': 'QuantitativeValue', value: 800 }, height: '450 px' }, author: { '@type': 'Person', name: 'Kwame', url: 'https://s.example/kwame', image: '/kwame.jpg' }, inLanguage: { '@type': 'Language', name: 'German', alternateName: 'de' } },
      { '@context': 'https://schema.org', '@type': 'Organization', name: 'Not an article' },
    ];
    const [a, b] = parseJsonLd(data, 'https://s.example/list');
    expect(a).to.deep.include({ title: 'Post A', url: 'https://s.example/a', published: '2026-02-01' });
    expect(a.image?.src).to.equal('https://s.example/a-1x1.jpg');
    expect(a.author).to.deep.equal({ name: 'Efua', url: undefined, avatar: undefined });
    expect(b).to.deep.include({ title: 'Post B', url: 'https://s.example/b', language: 'de' });
    expect(b.image).to.deep.include({ src: 'https://s.example/b.jpg', width: 800, height: 450 });
    expect(b.author).to.deep.equal({ name: 'Kwame', url: 'https://s.example/kwame', avatar: 'https://s.example/kwame.jpg' });
  });

  it('reads the articles of an ItemList', () => {
    const data = { '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: [
      { '@type': 'ListItem', position: 1, item: { '@type': 'NewsArticle', headline: 'One', url: 'https://s.example/1' } },
      { '@type': 'ListItem', position: 2, item: { '@type': 'NewsArticle', headline: 'Two', url: 'https://s.example/2' } },
    ] };
    expect(parseJsonLd(data, 'https://s.example/').map((a) => a.title)).to.deep.equal(['One', 'Two']);
  });

  it('reads <script type="application/ld+json"> on a page and skips broken blocks', () => {
    const host = document.createElement('div');
    host.innerHTML = `<script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"From the page","url":"/from-page"}</script>
      <script type="text/javascript">var x = 1;</script>`;
    const articles = readJsonLdArticles(host);
    expect(articles).to.have.length(1);
    expect(articles[0].title).to.equal('From the page');
    expect(articles[0].url).to.equal(new URL('/from-page', document.baseURI).href);
    expect(readJsonLdArticles(host.querySelectorAll('script')[1])).to.have.length(1);
  });

  it('reads an HTML article page (served as text/html), honouring <base href>', () => {
    const html = `<!doctype html><html><head><base href="https://cdn.example/site/"><title>x</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Page article","url":"story/","image":"img.jpg"}</script></head><body><p>Hi</p></body></html>`;
    const [a] = parseArticles(html, 'text/html; charset=utf-8', 'https://s.example/story/');
    expect(a.title).to.equal('Page article');
    expect(a.url).to.equal('https://cdn.example/site/story/');
    expect(a.image?.src).to.equal('https://cdn.example/site/img.jpg');
  });
});
