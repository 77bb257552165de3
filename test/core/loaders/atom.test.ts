import { expect } from '@open-wc/testing';
import { parseArticles } from '../../../src/core/loaders/parse-articles.js';
import { sanitizeHtml } from '../../../src/core/sanitize.js';

const FEED = 'https://feeds.cityradio.example/blog.atom';
const B = 'https://blog.cityradio.example';
const load = async () => parseArticles(await (await fetch('/test/fixtures/atom.xml')).text(), 'application/atom+xml', FEED);

describe('Atom loader', () => {
  it('reads every entry', async () => {
    expect((await load()).map((a) => a.title)).to.deep.equal(['Behind the budget night & its numbers', 'Ten years of night news', 'Style guide update']);
  });

  it('resolves links against nested xml:base', async () => {
    const [a, b, c] = await load();
    expect(a.url).to.equal(`${B}/2026/03/budget-night/`);
    expect(b.url).to.equal(`${B}/2026/03/night-news/`);
    expect(c.url).to.equal(`${B}/style-guide/`);
    expect(a.image).to.deep.equal({ src: `${B}/2026/03/images/thumb.jpg`, alt: '', width: 640, height: 360 });
  });

  it('maps html content with its own xml:base, summary, dates, author and categories', async () => {
    const [a] = await load();
    expect(a.id).to.equal('tag:blog.cityradio.example,2026-03-14:/budget-night');
    expect(a.excerpt).to.equal('How we covered a nine-hour council session & kept the live blog going.');
    expect(a.published).to.equal('2026-03-14T09:00:00.000Z');
    expect(a.modified).to.equal('2026-03-14T11:30:00.000Z');
    expect(a.author).to.deep.equal({ name: 'Ama Owusu', url: `${B}/authors/ama/` });
    expect(a.categories).to.deep.equal([{ name: 'Newsroom' }, { name: 'politics' }]);
    expect(a.language).to.equal('en-GB');
    expect(a.baseUrl).to.equal(`${B}/2026/03/budget-night/`);
    const body = document.createElement('div');
    body.append(sanitizeHtml(a.bodyHtml!, { baseUrl: a.baseUrl }));
    expect(body.querySelector('img')!.getAttribute('src')).to.equal(`${B}/2026/03/budget-night/images/desk.jpg`);
    expect(body.querySelector('a')!.getAttribute('href')).to.equal(`${B}/2026/03/live-blog/`);
  });

  it('maps xhtml title and content, the feed author as fallback and an audio enclosure', async () => {
    const b = (await load())[1];
    expect(b.bodyHtml).to.contain('<em').and.contain('ten</em>');
    const body = document.createElement('div');
    body.append(sanitizeHtml(b.bodyHtml!, { baseUrl: b.baseUrl }));
    expect(body.textContent).to.equal('Our night desk turns ten. The first night.');
    expect(body.querySelector('a')!.getAttribute('href')).to.equal(`${B}/2016/03/first-night/`);
    expect(b.author).to.deep.equal({ name: 'Newsroom', url: `${B}/about/` });
    expect(b.published).to.equal('2026-03-12T08:00:00.000Z');
    expect(b.audio).to.deep.equal({ src: `${B}/audio/night-news-anniversary.mp3`, type: 'audio/mpeg', title: 'Ten years of night news' });
  });

  it('turns text content into escaped paragraphs', async () => {
    const c = (await load())[2];
    expect(c.bodyHtml).to.equal('<p>We now write &quot;per cent&quot; as %.</p>\n<p>Numbers below ten are spelled out &amp; dates use the day first.</p>');
    expect(c.published).to.equal('2026-03-01');
    expect(c.excerpt).to.equal('We now write "per cent" as %. Numbers below ten are spelled out & dates use the day first.');
  });

  it('relative URLs without xml:base resolve against the feed URL', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><link href="posts/1"/><id>1</id><updated>2026-01-01T00:00:00Z</updated></entry></feed>`;
    expect(parseArticles(xml, 'application/atom+xml', 'https://x.example/feeds/all.atom')[0].url).to.equal('https://x.example/feeds/posts/1');
  });

  it('reads a standalone entry document', () => {
    const xml = `<entry xmlns="http://www.w3.org/2005/Atom"><title type="html">A &amp;amp; B</title><link href="https://x.example/e"/><id>e</id><updated>2026-01-01T00:00:00Z</updated></entry>`;
    expect(parseArticles(xml, 'application/atom+xml;type=entry', 'https://x.example/')[0].title).to.equal('A & B');
  });
});
