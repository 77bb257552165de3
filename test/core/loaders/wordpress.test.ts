import { expect } from '@open-wc/testing';
import { LoadError } from '../../../src/core/loaders/errors.js';
import { parseArticles } from '../../../src/core/loaders/parse-articles.js';
import { parseWordPress } from '../../../src/core/loaders/wordpress.js';

const API = 'https://cityradio.example/wp-json/wp/v2/posts?_embed=1';
const UP = 'https://cityradio.example/wp-content/uploads/2026/03';
const json = async (name: string) => (await fetch(`/test/fixtures/${name}`)).text();
const list = async () => parseArticles(await json('wp-posts.json'), 'application/json; charset=UTF-8', API);

describe('WordPress loader', () => {
  it('reads a /wp/v2/posts list with _embed', async () => {
    const articles = await list();
    expect(articles).to.have.length(5);
    expect(articles.map((a) => a.id)).to.deep.equal(['101', '102', '103', '104', '105']);
  });

  it('decodes texturized entities in title and excerpt and renders them as text', async () => {
    const [a] = await list();
    expect(a.title).to.equal('Council’s budget: roads & schools win');
    expect(a.excerpt).to.equal('The city council approved the 2026 budget after a nine-hour debate … Continue reading');
    expect(a.bodyHtml).to.contain('<h2 class="wp-block-heading" id="what-changes">');
    expect(a.url).to.equal('https://cityradio.example/2026/03/14/council-budget/');
    expect(a.baseUrl).to.equal(a.url);
  });

  it('reads dates from date_gmt/modified_gmt as UTC', async () => {
    const [a] = await list();
    expect(a.published).to.equal('2026-03-14T07:30:00.000Z');
    expect(a.modified).to.equal('2026-03-14T08:30:00.000Z');
  });

  it('maps the featured media: large size as src, same-shape sizes in srcset, alt text and caption', async () => {
    const [a] = await list();
    expect(a.image).to.deep.equal({
      src: `${UP}/chamber-1024x576.jpg`,
      alt: 'Councillors raise their hands',
      width: 1024,
      height: 576,
      caption: 'The final vote, shortly after 2 a.m.',
      srcset: [`${UP}/chamber-300x169.jpg 300w`, `${UP}/chamber-768x432.jpg 768w`, `${UP}/chamber-1024x576.jpg 1024w`, `${UP}/chamber.jpg 1600w`].join(', '),
    });
  });

  it('maps the embedded author with the archive link and the largest avatar', async () => {
    const [a] = await list();
    expect(a.author).to.deep.equal({
      name: 'Ama Owusu',
      url: 'https://cityradio.example/author/ama-owusu/',
      avatar: 'https://secure.gravatar.com/avatar/8f1c?s=96&d=mm&r=g',
    });
  });

  it('maps wp:term categories (not tags) with their parent and builds the breadcrumb', async () => {
    const [a] = await list();
    expect(a.categories).to.deep.equal([
      { name: 'News', url: 'https://cityradio.example/category/news/', parent: undefined },
      { name: 'Politics & Policy', url: 'https://cityradio.example/category/news/politics/', parent: 'News' },
    ]);
    expect(a.breadcrumb).to.deep.equal([
      { name: 'News', url: 'https://cityradio.example/category/news/' },
      { name: 'Politics & Policy', url: 'https://cityradio.example/category/news/politics/' },
    ]);
  });

  it('uses a parent id when the term carries one', () => {
    const post = {
      id: 1, link: 'https://s.example/p/', title: { rendered: 'T' },
      _embedded: { 'wp:term': [[
        { id: 9, name: 'Local', slug: 'local', taxonomy: 'category', link: 'https://s.example/local/', parent: 4 },
        { id: 4, name: 'Region', slug: 'region', taxonomy: 'category', link: 'https://s.example/region/', parent: 0 },
      ]] },
    };
    const [a] = parseWordPress(post, 'https://s.example/wp-json/wp/v2/posts/1');
    expect(a.categories?.[0].parent).to.equal('Region');
    expect(a.breadcrumb?.map((b) => b.name)).to.deep.equal(['Region', 'Local']);
  });

  it('handles a post without featured media', async () => {
    const a = (await list())[1];
    expect(a.image).to.equal(undefined);
    expect(a.title).to.equal('Jazz festival line-up announced');
    expect(a.excerpt).to.equal('Twelve bands on three stages […]');
    expect(a.categories?.map((c) => c.name)).to.deep.equal(['Culture']);
  });

  it('marks a password-protected post and gives it no body', async () => {
    const a = (await list())[2];
    expect(a.protected).to.equal(true);
    expect(a.bodyHtml).to.equal(undefined);
    expect(a.title).to.equal('Protected: Staff notes');
  });

  it('skips an embed error object instead of failing', async () => {
    const a = (await list())[3];
    expect(a.image).to.equal(undefined);
    expect(a.title).to.equal('Storm warning for the coast');
    expect(a.author?.name).to.equal('Ama Owusu');
  });

  it('reads an audio featured media as the article audio', async () => {
    const a = (await list())[4];
    expect(a.audio).to.deep.equal({ src: `${UP}/morning-show-ep-12.mp3`, type: 'audio/mpeg', duration: 1805, title: 'Morning Show – Episode 12' });
    expect(a.image).to.equal(undefined);
  });

  it('reads a single post object', async () => {
    const articles = parseArticles(await json('wp-post.json'), 'application/json', 'https://cityradio.example/wp-json/wp/v2/posts/101?_embed');
    expect(articles).to.have.length(1);
    expect(articles[0].title).to.equal('Council’s budget: roads & schools win');
  });

  it('reads posts without _embed, falling back to Yoast head JSON where present', async () => {
    const [a, b, c] = parseArticles(await json('wp-posts-noembed.json'), 'application/json', 'https://cityradio.example/wp-json/wp/v2/posts');
    expect(a.title).to.equal('Council’s budget: roads & schools win');
    expect(a.categories).to.equal(undefined);
    expect(a.author).to.deep.equal({ name: 'Ama Owusu' });
    expect(a.image).to.deep.equal({ src: `${UP}/chamber.jpg`, alt: '', width: 1600, height: 900 });
    expect(a.breadcrumb).to.deep.equal([
      { name: 'News', url: 'https://cityradio.example/category/news/' },
      { name: 'Politics', url: 'https://cityradio.example/category/news/politics/' },
    ]);
    expect(a.language).to.equal('en-GB');
    expect(b.author).to.equal(undefined);
    expect(b.image).to.equal(undefined);
    expect(c.title).to.equal('Storm warning for the coast');
  });

  it('turns a REST error body into an http LoadError', () => {
    const body = JSON.stringify({ code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } });
    try {
      parseArticles(body, 'application/json', API);
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(LoadError);
      expect((e as LoadError).kind).to.equal('http');
      expect((e as LoadError).status).to.equal(404);
    }
  });

  it('returns [] for an empty list', () => {
    expect(parseArticles('[]', 'application/json', API)).to.deep.equal([]);
  });
});
