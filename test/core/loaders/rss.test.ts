import { expect } from '@open-wc/testing';
import { parseArticles } from '../../../src/core/loaders/parse-articles.js';
import { parseRss } from '../../../src/core/loaders/rss.js';
import { toIsoDate } from '../../../src/core/loaders/util.js';
import { parseXml } from '../../../src/core/loaders/xml.js';
import { installTrap, settle } from '../../support/xss-helpers.js';

const FEED = new URL('/test/fixtures/feed.xml', location.href).href;
const abs = (path: string) => new URL(path, FEED).href;
const fixture = async () => (await fetch('/test/fixtures/feed.xml')).text();

describe('RSS loader', () => {
  it('reads every item of a WordPress-style RSS 2.0 feed', async () => {
    const articles = parseArticles(await fixture(), 'application/rss+xml; charset=UTF-8', FEED);
    expect(articles.map((a) => a.title)).to.deep.equal([
      'Council’s budget: roads & schools win',
      'Morning Show, episode 12: the budget explained',
      'Jazz festival: twelve bands & three stages',
      'Storm warning for the coast',
    ]);
  });

  it('maps a full item: link, guid, CDATA description and content:encoded, dc:creator, categories, media:content', async () => {
    const [a] = parseArticles(await fixture(), 'application/rss+xml', FEED);
    expect(a.id).to.equal('https://cityradio.example/?p=101');
    expect(a.url).to.equal(abs('/2026/03/14/council-budget/'));
    expect(a.excerpt).to.equal('The city council approved the 2026 budget after a nine-hour debate … Continue reading');
    expect(a.bodyHtml).to.contain('<figure class="wp-block-image">').and.contain('<script>');
    expect(a.baseUrl).to.equal(FEED);
    expect(a.author).to.deep.equal({ name: 'Ama Owusu' });
    expect(a.categories).to.deep.equal([{ name: 'News' }, { name: 'Politics' }]);
    expect(a.published).to.equal('2026-03-14T07:30:00.000Z');
    expect(a.language).to.equal('en-GB');
    expect(a.image).to.deep.equal({
      src: abs('/wp-content/uploads/2026/03/chamber.jpg'),
      alt: 'Councillors raise their hands',
      width: 1600,
      height: 900,
      srcset: `${abs('/wp-content/uploads/2026/03/chamber-300x169.jpg')} 300w, ${abs('/wp-content/uploads/2026/03/chamber.jpg')} 1600w`,
    });
    expect(a.audio).to.equal(undefined);
  });

  it('reads an audio enclosure with itunes:duration, and itunes:image as the image', async () => {
    const a = parseArticles(await fixture(), 'application/rss+xml', FEED)[1];
    expect(a.audio).to.deep.equal({
      src: abs('/wp-content/uploads/2026/03/morning-show-ep-12.mp3'),
      type: 'audio/mpeg',
      duration: 1805,
      title: 'Morning Show, episode 12: the budget explained',
    });
    expect(a.image?.src).to.equal(abs('/wp-content/uploads/2026/03/morning-show-cover.jpg'));
    expect(a.id).to.equal('/2026/03/10/morning-show-12/');
    expect(a.published).to.equal('2026-03-10T07:00:00.000Z');
  });

  it('leaves a missing date out, takes the title as HTML text and the first body image as cover', async () => {
    const a = parseArticles(await fixture(), 'application/rss+xml', FEED)[2];
    expect(a.published).to.equal(undefined);
    expect(a.author).to.equal(undefined);
    expect(a.image).to.deep.equal({ src: abs('/wp-content/uploads/2026/03/jazz.jpg'), alt: 'A saxophonist on stage', width: 800, height: 533 });
    expect(a.excerpt).to.equal('Twelve bands on three stages, from Friday.');
  });

  it('reads "email (Name)" authors, US zone names and image enclosures', async () => {
    const a = parseArticles(await fixture(), 'application/rss+xml', FEED)[3];
    expect(a.author?.name).to.equal('Newsdesk');
    expect(a.published).to.equal('2026-03-11T08:00:00.000Z');
    expect(a.image?.src).to.equal(abs('/wp-content/uploads/2026/03/storm.jpg'));
    expect(a.url).to.equal('https://cityradio.example/2026/03/11/storm-warning/');
    expect(a.excerpt).to.equal('Gusts up to 120 km/h are expected tonight.');
  });

  it('reads RSS 1.0 (RDF) with dc:date and resolves xml:base', () => {
    const xml = `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:base="https://old.example/news/">
        <channel rdf:about="https://old.example/"><title>Old</title><link>https://old.example/</link><description>d</description></channel>
        <item rdf:about="a"><title>RDF item</title><link>a.html</link><description>Desc</description><dc:date>2026-03-01T10:00:00+01:00</dc:date><dc:creator>Ann</dc:creator><dc:subject>Local</dc:subject></item>
      </rdf:RDF>`;
    const [a] = parseArticles(xml, 'application/rdf+xml', 'https://feeds.example/rdf');
    expect(a).to.include({ title: 'RDF item', url: 'https://old.example/news/a.html', published: '2026-03-01T09:00:00.000Z', excerpt: 'Desc' });
    expect(a.author?.name).to.equal('Ann');
    expect(a.categories).to.deep.equal([{ name: 'Local' }]);
  });

  it('gives an item without a title one from its description', () => {
    const xml = `<rss version="2.0"><channel><title>t</title><item><description>A short note: the Morning Show moves to 6 a.m. from next week, for everyone who starts early and wants the news first thing.</description><link>https://x.example/n</link></item></channel></rss>`;
    const [a] = parseArticles(xml, 'text/xml', 'https://x.example/feed');
    expect(a.title).to.match(/^A short note: the Morning Show moves to 6 a\.m\./).and.match(/…$/);
    expect(a.title.length).to.be.at.most(101);
  });

  it('tolerates HTML named entities that XML does not define', () => {
    const xml = `<rss version="2.0"><channel><title>t</title><item><title>Caf&eacute; opens&nbsp;&hellip;</title><link>https://x.example/c</link></item></channel></rss>`;
    expect(parseArticles(xml, 'application/rss+xml', 'https://x.example/feed')[0].title).to.equal('Café opens …');
  });

  it('drops unsafe URLs from data', () => {
    const xml = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>T</title><link>javascript:alert(1)</link>
      <enclosure url="javascript:alert(1)" type="audio/mpeg"/><media:content url="data:image/svg+xml,x" medium="image"/></item></channel></rss>`;
    const [a] = parseArticles(xml, 'application/rss+xml', 'https://x.example/feed');
    expect(a.url).to.equal(undefined);
    expect(a.audio).to.equal(undefined);
    expect(a.image).to.equal(undefined);
  });

  it('never runs markup in a title: it becomes text in an inert document', async () => {
    const trap = installTrap();
    try {
      const xml = `<rss version="2.0"><channel><item><title>Budget &lt;img src=x onerror=__xss(1)&gt; vote</title><link>/b</link>
        <description><![CDATA[<svg onload=__xss(2)></svg><iframe src="javascript:__xss(3)"></iframe>Text]]></description></item></channel></rss>`;
      const [a] = parseArticles(xml, 'application/rss+xml', FEED);
      expect(a.title).to.equal('Budget vote');
      expect(a.excerpt).to.equal('Text');
      await settle(document.body);
      expect(trap.hits).to.deep.equal([]);
    } finally {
      trap.restore();
    }
  });

  it('returns [] for a channel without items', async () => {
    const text = await (await fetch('/test/fixtures/empty-feed.xml')).text();
    expect(parseRss(parseXml(text, FEED), FEED)).to.deep.equal([]);
  });
});

describe('toIsoDate', () => {
  const cases: [string, string | undefined][] = [
    ['Sat, 14 Mar 2026 08:30:00 +0100', '2026-03-14T07:30:00.000Z'],
    ['Sat, 14 Mar 2026 08:30:00 GMT', '2026-03-14T08:30:00.000Z'],
    ['14 Mar 2026 08:30 PDT', '2026-03-14T15:30:00.000Z'],
    ['Sat, 14 Mar 26 08:30:00 Z', '2026-03-14T08:30:00.000Z'],
    ['Saturday, 14 March 2026 08:30:00 -0500', '2026-03-14T13:30:00.000Z'],
    ['14 Mar 2026', '2026-03-14T00:00:00.000Z'],
    ['2026-03-14T08:30:00+01:00', '2026-03-14T07:30:00.000Z'],
    ['2026-03-14', '2026-03-14'],
    ['not a date', undefined],
    ['31 Foo 2026 08:00 GMT', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads "${input}"`, () => expect(toIsoDate(input)).to.equal(expected));
  }

  it('reads WordPress date_gmt (no zone) as UTC when asked', () => {
    expect(toIsoDate('2026-03-14T07:30:00', true)).to.equal('2026-03-14T07:30:00.000Z');
  });
});
