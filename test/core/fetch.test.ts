import { expect } from '@open-wc/testing';
import { clearFetchCache, fetchText } from '../../src/core/fetch.js';
import { LoadError } from '../../src/core/loaders/errors.js';

let n = 0;
const uniqueKey = () => `fetch-${Date.now()}-${n++}`;
const count = async (key: string) => (await (await fetch(`/__fault/count?key=${key}`)).json()) as { count: number; closedEarly: number };
const rejection = async (p: Promise<unknown>): Promise<LoadError> => {
  try {
    await p;
  } catch (e) {
    return e as LoadError;
  }
  throw new Error('expected a rejection');
};

/** Records the requests fetchText makes and the AbortSignal each one got. */
function spyFetch(...match: string[]) {
  const original = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (match.every((m) => String(input).includes(m))) calls.push({ url: String(input), signal: init?.signal });
    return original.call(window, input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** Polls the middleware until the server saw what we expect (the close of a dropped request arrives asynchronously). */
async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('fetchText', () => {
  beforeEach(() => clearFetchCache());

  it('returns the text, the content type and the URL', async () => {
    const res = await fetchText('/test/fixtures/feed.json');
    expect(res.text).to.contain('"version": "https://jsonfeed.org/version/1.1"');
    expect(res.contentType).to.match(/json/);
    expect(res.url).to.equal(new URL('/test/fixtures/feed.json', location.href).href);
  });

  it('reports the final URL after a redirect', async () => {
    const res = await fetchText('/__fault/redirect?to=/test/fixtures/feed.xml');
    expect(res.url).to.equal(new URL('/test/fixtures/feed.xml', location.href).href);
  });

  it('sends the Accept header', async () => {
    const res = await fetchText('/__fault/echo', { accept: 'application/rss+xml, */*;q=0.5' });
    expect(JSON.parse(res.text).accept).to.equal('application/rss+xml, */*;q=0.5');
  });

  it('refuses anything but http(s) and relative URLs', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/plain,x', 'file:///etc/passwd', 'ftp://x.example/feed', 'blob:https://x/1']) {
      const e = await rejection(fetchText(url));
      expect(e, url).to.be.instanceOf(LoadError);
      expect(e.kind, url).to.equal('unsupported');
    }
  });

  it('rejects HTTP errors with the status and a human message', async () => {
    const e404 = await rejection(fetchText('/__fault/status/404'));
    expect(e404).to.include({ kind: 'http', status: 404, message: 'The server answered 404 Not Found.' });
    const e500 = await rejection(fetchText('/__fault/status/500'));
    expect(e500).to.include({ kind: 'http', status: 500, message: 'The server answered 500 Internal Server Error.' });
    expect(e500.url).to.equal(new URL('/__fault/status/500', location.href).href);
  });

  it('rejects a network failure as network', async () => {
    const e = await rejection(fetchText('http://127.0.0.1:9/feed.xml'));
    expect(e.kind).to.equal('network');
    expect(e.message).to.equal('The feed could not be reached.');
  });

  it('times out a slow response and cancels the request', async () => {
    const key = uniqueKey();
    const spy = spyFetch(`slow?ms=`, key);
    try {
      const e = await rejection(fetchText(`/__fault/slow?ms=10000&key=${key}`, { timeout: 300 }));
      expect(e.kind).to.equal('timeout');
      expect(spy.calls).to.have.length(1);
      expect(spy.calls[0].signal?.aborted).to.equal(true);
    } finally {
      spy.restore();
    }
  });

  it('aborts with the signal', async () => {
    const controller = new AbortController();
    const p = fetchText(`/__fault/slow?ms=10000&key=${uniqueKey()}`, { signal: controller.signal });
    controller.abort();
    expect((await rejection(p)).kind).to.equal('aborted');
    const already = await rejection(fetchText('/test/fixtures/feed.xml', { signal: AbortSignal.abort() }));
    expect(already.kind).to.equal('aborted');
  });

  it('shares one request between callers of the same URL', async () => {
    const key = uniqueKey();
    const url = `/__fault/slow?ms=300&file=feed.xml&key=${key}`;
    const results = await Promise.all(Array.from({ length: 10 }, () => fetchText(url)));
    expect(new Set(results.map((r) => r.text)).size).to.equal(1);
    expect((await count(key)).count).to.equal(1);
  });

  it('keeps the shared request alive while another caller still wants it', async () => {
    const key = uniqueKey();
    const url = `/__fault/slow?ms=400&file=feed.xml&key=${key}`;
    const spy = spyFetch(`slow?ms=`, key);
    try {
      const quitter = new AbortController();
      const a = fetchText(url, { signal: quitter.signal });
      const b = fetchText(url);
      quitter.abort();
      expect((await rejection(a)).kind).to.equal('aborted');
      expect((await b).text).to.contain('<rss');
      expect(spy.calls).to.have.length(1);
      expect(spy.calls[0].signal?.aborted).to.equal(false);
      expect(await count(key)).to.deep.equal({ count: 1, closedEarly: 0 });
    } finally {
      spy.restore();
    }
  });

  it('cancels the shared request when every caller gave up', async () => {
    const key = uniqueKey();
    const url = `/__fault/slow?ms=10000&key=${key}`;
    const spy = spyFetch(`slow?ms=`, key);
    try {
      const c1 = new AbortController();
      const c2 = new AbortController();
      const p1 = rejection(fetchText(url, { signal: c1.signal }));
      const p2 = rejection(fetchText(url, { signal: c2.signal }));
      await until(async () => (await count(key)).count === 1, 'the request to reach the server');
      c1.abort();
      expect(spy.calls[0].signal?.aborted, 'after the first caller left').to.equal(false);
      c2.abort();
      expect((await p1).kind).to.equal('aborted');
      expect((await p2).kind).to.equal('aborted');
      expect(spy.calls).to.have.length(1);
      expect(spy.calls[0].signal?.aborted, 'after the last caller left').to.equal(true);
    } finally {
      spy.restore();
    }
  });

  it('serves a repeated request from the memory cache until cleared or older than maxAge, and never caches errors', async () => {
    const key = uniqueKey();
    const url = `/__fault/as?type=application/rss%2Bxml&file=feed.xml&key=${key}`;
    await fetchText(url);
    await fetchText(url);
    expect((await count(key)).count).to.equal(1);
    clearFetchCache();
    await fetchText(url);
    expect((await count(key)).count).to.equal(2);
    await fetchText(url, { maxAge: 0 });
    expect((await count(key)).count).to.equal(3);
    await fetchText(url);
    expect((await count(key)).count).to.equal(3);

    const errKey = uniqueKey();
    await rejection(fetchText(`/__fault/status/500?key=${errKey}`));
    await rejection(fetchText(`/__fault/status/500?key=${errKey}`));
    expect((await count(errKey)).count).to.equal(2);
  });
});
