import { expect } from '@open-wc/testing';
import { clearFetchCache } from '../../../src/core/fetch.js';
import { LoadError } from '../../../src/core/loaders/errors.js';
import { loadArticles } from '../../../src/core/loaders/news.js';
import { parseArticles } from '../../../src/core/loaders/parse-articles.js';

const here = (path: string) => new URL(path, location.href).href;
let n = 0;
const uniqueKey = () => `news-${Date.now()}-${n++}`;
const count = async (key: string) => ((await (await fetch(`/__fault/count?key=${key}`)).json()) as { count: number }).count;
const failure = async (p: Promise<unknown>): Promise<LoadError> => {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(LoadError);
    return e as LoadError;
  }
  throw new Error('expected loadArticles to fail');
};

describe('loadArticles', () => {
  beforeEach(() => clearFetchCache());

  describe('format detection (content type and content, never the extension)', () => {
    it('loads each fixture format', async () => {
      const cases: [string, string][] = [
        ['/test/fixtures/feed.xml', 'Council’s budget: roads & schools win'],
        ['/test/fixtures/atom.xml', 'Behind the budget night & its numbers'],
        ['/test/fixtures/feed.json', 'Morning Show, episode 12: the budget explained'],
        ['/test/fixtures/wp-posts.json', 'Council’s budget: roads & schools win'],
        ['/test/fixtures/wp-post.json', 'Council’s budget: roads & schools win'],
        ['/test/fixtures/article.jsonld', 'Council’s budget: roads & schools win'],
        ['/test/fixtures/article-page.html', 'Council’s budget: roads & schools win'],
      ];
      for (const [url, title] of cases) expect((await loadArticles(url))[0].title, url).to.equal(title);
    });

    it('reads RSS served as text/plain and JSON Feed served as application/rss+xml', async () => {
      const rss = await loadArticles('/__fault/as?type=text/plain&file=feed.xml');
      expect(rss).to.have.length(4);
      const json = await loadArticles('/__fault/as?type=application/rss%2Bxml&file=feed.json');
      expect(json[0].audio?.type).to.equal('audio/mpeg');
      const atom = await loadArticles('/__fault/as?type=application/octet-stream&file=atom.xml');
      expect(atom[0].url).to.equal('https://blog.cityradio.example/2026/03/budget-night/');
    });

    it('reads a JSON-LD page served as text/html and JSON-LD served as application/ld+json', async () => {
      const page = await loadArticles('/__fault/as?type=text/html;charset=utf-8&file=article-page.html');
      expect(page[0].image?.src).to.equal(here('/__fault/images/chamber.jpg'));
      const ld = await loadArticles('/__fault/as?type=application/ld%2Bjson&file=article.jsonld');
      expect(ld[0].breadcrumb?.map((b) => b.name)).to.deep.equal(['News', 'Politics']);
    });
  });

  it('decodes a feed by its XML encoding declaration when the server sends no charset', async () => {
    const [a] = await loadArticles('/__fault/as?type=application/rss%2Bxml&file=feed-latin1.xml');
    expect(a.title).to.equal('Fête de la musique : le programme à Besançon');
    expect(a.excerpt).to.equal('Concerts gratuits, scènes ouvertes et cafés-concerts.');
    expect(a.language).to.equal('fr-FR');
    const [b] = await loadArticles('/__fault/as?type=text/xml;charset=iso-8859-1&file=feed-latin1.xml');
    expect(b.title).to.equal(a.title);
  });

  it('resolves relative URLs against the final URL after redirects', async () => {
    const [a] = await loadArticles('/__fault/redirect?to=/test/fixtures/feed.xml');
    expect(a.url).to.equal(here('/2026/03/14/council-budget/'));
    expect(a.baseUrl).to.equal(here('/test/fixtures/feed.xml'));
    expect(a.image?.src).to.equal(here('/wp-content/uploads/2026/03/chamber.jpg'));
  });

  describe('errors', () => {
    it('404 and 500 are http errors with the status', async () => {
      expect(await failure(loadArticles('/test/fixtures/missing-feed.xml'))).to.include({ kind: 'http', status: 404 });
      expect(await failure(loadArticles('/__fault/status/500'))).to.include({ kind: 'http', status: 500, message: 'The server answered 500 Internal Server Error.' });
      expect(await failure(loadArticles('/__fault/status/503'))).to.include({ kind: 'http', status: 503 });
    });

    it('a response slower than `timeout` is a timeout error', async () => {
      const e = await failure(loadArticles('/__fault/slow?ms=10000&file=feed.xml', { timeout: 300 }));
      expect(e.kind).to.equal('timeout');
      expect(e.message).to.equal('The feed took too long to answer.');
    });

    it('an aborted signal is an aborted error', async () => {
      const controller = new AbortController();
      const p = loadArticles('/__fault/slow?ms=10000&file=feed.xml', { signal: controller.signal });
      controller.abort();
      expect((await failure(p)).kind).to.equal('aborted');
    });

    it('malformed XML is a parse error', async () => {
      const e = await failure(loadArticles('/test/fixtures/malformed.xml'));
      expect(e.kind).to.equal('parse');
      expect(e.url).to.equal(here('/test/fixtures/malformed.xml'));
      expect(e.message).to.match(/could not be read/);
    });

    it('broken JSON, unknown JSON, unknown XML and plain text are parse errors', async () => {
      for (const [text, type] of [['{"items": [', 'application/json'], ['{"hello": "world"}', 'application/json'], ['<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'], ['just words', 'text/plain']]) {
        try {
          parseArticles(text, type, 'https://x.example/');
          expect.fail(`no error for ${text}`);
        } catch (e) {
          expect((e as LoadError).kind, text).to.equal('parse');
        }
      }
    });

    it('a feed without items is an empty error', async () => {
      const e = await failure(loadArticles('/test/fixtures/empty-feed.xml'));
      expect(e.kind).to.equal('empty');
      expect(e.message).to.equal('The feed has no articles.');
    });

    it('an empty WordPress list and an empty body are empty errors', async () => {
      expect(parseArticles('[]', 'application/json', 'https://x.example/')).to.deep.equal([]);
      expect(parseArticles('   ', 'text/plain', 'https://x.example/')).to.deep.equal([]);
    });

    it('an unreachable host is a network error and a javascript: URL is unsupported', async () => {
      expect((await failure(loadArticles('http://127.0.0.1:9/feed.xml'))).kind).to.equal('network');
      expect((await failure(loadArticles('javascript:alert(1)'))).kind).to.equal('unsupported');
    });
  });

  it('shares one request between ten callers (ten cards on one feed)', async () => {
    const key = uniqueKey();
    const url = `/__fault/slow?ms=300&file=feed.xml&key=${key}`;
    const lists = await Promise.all(Array.from({ length: 10 }, () => loadArticles(url)));
    expect(lists.every((l) => l.length === 4)).to.equal(true);
    expect(await count(key)).to.equal(1);
    lists[0].pop();
    expect(lists[1]).to.have.length(4);
  });

  it('answers from the cache within a minute, without a new request', async () => {
    const key = uniqueKey();
    const url = `/__fault/as?type=application/rss%2Bxml&file=feed.xml&key=${key}`;
    await loadArticles(url);
    const again = await loadArticles(url);
    expect(again[0].title).to.equal('Council’s budget: roads & schools win');
    expect(await count(key)).to.equal(1);
  });

  it('parses a 5 MB feed', async () => {
    const articles = await loadArticles('/__fault/big?mb=5', { timeout: 60000 });
    expect(articles.length).to.be.greaterThan(4000);
    expect(articles[0]).to.deep.include({ title: 'Item 0: council & schools, part 0', url: here('/big/0/'), published: '2026-03-14T08:00:00.000Z' });
    expect(articles[0].image?.width).to.equal(1200);
    expect(articles.at(-1)!.author?.name).to.match(/^Reporter \d$/);
  });
});
