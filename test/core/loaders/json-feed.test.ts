import { expect } from '@open-wc/testing';
import { parseArticles } from '../../../src/core/loaders/parse-articles.js';

const FEED = 'https://cityradio.example/podcasts/feed.json';
const load = async () => parseArticles(await (await fetch('/test/fixtures/feed.json')).text(), 'application/feed+json', FEED);

describe('JSON Feed loader', () => {
  it('reads every item', async () => {
    expect(await load()).to.have.length(3);
  });

  it('maps an item with an audio attachment, image, authors and tags', async () => {
    const [a] = await load();
    expect(a).to.deep.include({
      id: 'https://cityradio.example/podcasts/morning-show-12',
      url: 'https://cityradio.example/podcasts/morning-show-12/',
      title: 'Morning Show, episode 12: the budget explained',
      excerpt: 'What the budget means for you & your street.',
      published: '2026-03-10T06:00:00.000Z',
      modified: '2026-03-10T08:15:00.000Z',
      language: 'en-GB',
    });
    expect(a.bodyHtml).to.contain('<a href="notes/">Show notes</a>');
    expect(a.image).to.deep.equal({ src: 'https://cityradio.example/podcasts/images/ep12.jpg', alt: '' });
    expect(a.author).to.deep.equal({ name: 'Kofi Mensah', url: 'https://cityradio.example/hosts/kofi/', avatar: 'https://cityradio.example/hosts/kofi.jpg' });
    expect(a.categories).to.deep.equal([{ name: 'Morning Show' }, { name: 'Politics' }]);
    expect(a.audio).to.deep.equal({ src: 'https://cityradio.example/podcasts/audio/morning-show-12.mp3', type: 'audio/mpeg', duration: 1805, title: 'Morning Show 12 (MP3)' });
  });

  it('turns content_text into paragraphs and falls back to the feed author and language', async () => {
    const b = (await load())[1];
    expect(b.bodyHtml).to.equal('<p>Live from the festival tent.</p>\n<p>Set list below.</p>');
    expect(b.excerpt).to.equal('Live from the festival tent. Set list below.');
    expect(b.author?.name).to.equal('City Radio');
    expect(b.language).to.equal('en-US');
    expect(b.audio).to.deep.include({ src: 'https://cdn.cityradio.example/jazz-hour-4.m4a', type: 'audio/x-m4a', duration: 3600 });
  });

  it('gives an untitled item a title from its text', async () => {
    const c = (await load())[2];
    expect(c.title).to.equal('A short note without a title: the Morning Show moves to 6 a.m. from next week, for listeners who…');
    expect(c.published).to.equal(undefined);
  });

  it('reads JSON Feed 1.0 author and external_url', () => {
    const feed = { version: 'https://jsonfeed.org/version/1', title: 't', items: [{ id: 1, external_url: 'https://else.example/a', title: 'T', content_html: '<p>x</p>', author: { name: 'Old Style' } }] };
    const [a] = parseArticles(JSON.stringify(feed), 'application/json', FEED);
    expect(a.url).to.equal('https://else.example/a');
    expect(a.author?.name).to.equal('Old Style');
    expect(a.id).to.equal('1');
  });
});
