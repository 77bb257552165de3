import { expect } from '@open-wc/testing';
import type { Track } from '../../../src/core/audio/types.js';
import { LoadError } from '../../../src/core/loaders/errors.js';
import { parseJsonPlaylist } from '../../../src/core/loaders/json-playlist.js';
import { detectFormat, parseTracks } from '../../../src/core/loaders/parse-playlist.js';
import { loadTracks, parseTracks as parseTracksLazily, readTracksFromElement } from '../../../src/core/loaders/playlist.js';

const DIR = new URL('/test/fixtures/playlists/', location.href).href;
const abs = (path: string) => new URL(path, DIR).href;
const img = (name: string) => new URL(`/test/fixtures/images/${name}`, location.href).href;

async function failure(p: Promise<unknown>): Promise<LoadError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(LoadError);
    return e as LoadError;
  }
  throw new Error('expected a LoadError');
}

describe('playlist loader', () => {
  describe('format detection', () => {
    const cases: [string, string, string, string | undefined][] = [
      ['#EXTM3U\nhttp://a/1', 'application/json', '', 'm3u'],
      ['\uFEFF  #EXTINF:-1,x\nhttp://a/1', '', '', 'm3u'],
      ['#EXTM3U\n#EXT-X-TARGETDURATION:6\nseg.ts', 'audio/x-mpegurl', '', 'hls'],
      ['[Playlist]\nFile1=http://a/1', 'application/pls+xml', 'x.pls', 'pls'],
      ['File1=http://a/1\nTitle1=x', 'text/plain', 'x.txt', 'pls'],
      ['<?xml version="1.0"?>\n<!-- c -->\n<playlist version="1">', 'text/xml', '', 'xspf'],
      ['{"tracks":[]}', 'text/plain', '', 'json'],
      ['[{"src":"http://a/1"}]', '', '', 'json'],
      ['http://a/1\nhttp://a/2', 'application/octet-stream', 'list', 'm3u'],
      ['http://a/1', 'audio/x-scpls', '', 'pls'],
      ['<!doctype html><title>Sign in</title>', 'text/html', 'list.m3u', undefined],
      ['   \n', 'audio/x-mpegurl', 'list.m3u', undefined],
    ];
    for (const [text, type, url, expected] of cases) {
      it(`${JSON.stringify(text.slice(0, 24))} as ${type || 'no type'} → ${expected ?? 'not a playlist'}`, () => {
        expect(detectFormat(text, type, url)).to.equal(expected);
      });
    }
  });

  describe('JSON', () => {
    it('reads { tracks } with tolerant field names; skips unsafe and missing URLs', async () => {
      const { tracks, skipped } = await loadTracks(abs('stations.json'));
      expect(skipped).to.equal(2);
      expect(tracks).to.deep.equal([
        { id: 'https://streams.example.org/city.mp3', title: 'City Radio', subtitle: 'News and talk', src: 'https://streams.example.org/city.mp3', cover: img('cover-1.svg'), live: true },
        { id: 'https://streams.example.org/jazz.aac', title: 'Evening Jazz', subtitle: 'Jazz FM', src: 'https://streams.example.org/jazz.aac', cover: 'https://cdn.example.org/jazz.png', live: true },
        { id: abs('shows/morning-0303.mp3'), title: 'Morning show, 3 March', subtitle: 'Ama Owusu', src: abs('shows/morning-0303.mp3'), duration: 3540 },
        {
          id: 'https://cdn.example.org/a.opus',
          title: 'Two sources',
          src: 'https://cdn.example.org/a.opus',
          sources: [
            { src: 'https://cdn.example.org/a.opus', type: 'audio/ogg; codecs=opus' },
            { src: 'https://cdn.example.org/a.mp3', type: 'audio/mpeg' },
          ],
        },
        { id: 'https://streams.example.org/bare-string.mp3', title: 'bare-string', src: 'https://streams.example.org/bare-string.mp3' },
      ]);
    });

    it('reads a bare array (protocol-relative URLs, -1 = live, fractional lengths)', async () => {
      const { tracks, skipped } = await loadTracks(abs('array.json'));
      expect(skipped, 'data: URL').to.equal(1);
      expect(tracks).to.deep.equal([
        { id: 'talk', title: 'Talk Radio', subtitle: 'Talk Network', src: `${location.protocol}//streams.example.org/talk`, cover: img('cover-2.svg'), live: true },
        { id: new URL('/podcasts/7.mp3', location.href).href, title: 'Podcast 7', src: new URL('/podcasts/7.mp3', location.href).href, duration: 1800.5, link: 'https://example.org/podcast/7' },
      ]);
    });

    it('reads JSPF (durations in milliseconds, location arrays)', () => {
      const { tracks } = parseJsonPlaylist(
        JSON.stringify({ playlist: { track: [{ location: ['https://a.example/1.mp3'], title: 'One', creator: 'C', duration: 61000 }] } }),
        'https://a.example/',
      );
      expect(tracks).to.deep.equal([{ id: 'https://a.example/1.mp3', title: 'One', subtitle: 'C', src: 'https://a.example/1.mp3', duration: 61 }]);
    });

    it('rejects JSON that holds no list', () => {
      expect(() => parseJsonPlaylist('{"title":"x"}', 'http://a.example/')).to.throw(SyntaxError);
      expect(() => parseTracks('{"title":"x"}', 'application/json', 'http://a.example/p.json')).to.throw(LoadError);
    });

    it('parses 100,000 tracks', () => {
      const big = Array.from({ length: 100_000 }, (_, i) => ({ title: `Station ${i + 1}`, url: `/s/${i + 1}.mp3`, live: i % 2 === 0 }));
      const { tracks, skipped } = parseTracks(JSON.stringify(big), 'application/json', 'https://radio.example/');
      expect(skipped).to.equal(0);
      expect(tracks).to.have.length(100_000);
      expect(tracks[99_999]).to.deep.equal({ id: 'https://radio.example/s/100000.mp3', title: 'Station 100000', src: 'https://radio.example/s/100000.mp3', live: false });
    });
  });

  describe('the public parseTracks (parsers loaded on demand)', () => {
    it('resolves the tracks of an M3U text, and rejects text that is no playlist with a parse error', async () => {
      const { tracks, skipped } = await parseTracksLazily('#EXTM3U\n#EXTINF:-1,Radio One\nhttps://a.example/one\njavascript:alert(1)\n', 'audio/x-mpegurl', 'https://a.example/p.m3u');
      expect(tracks.map((t) => [t.title, t.src])).to.deep.equal([['Radio One', 'https://a.example/one']]);
      expect(skipped).to.equal(1);
      const error = await parseTracksLazily('<!doctype html><title>Login</title>', 'text/html', 'https://a.example/p.m3u').catch((e: unknown) => e);
      expect(error).to.be.instanceOf(LoadError);
      expect((error as LoadError).kind).to.equal('parse');
    });
  });

  describe('loading', () => {
    it('loads every format from the server, detecting it from content type and content', async () => {
      const counts: Record<string, [number, number]> = {};
      for (const name of ['stations.m3u', 'plain.m3u', 'stations.pls', 'mixes.xspf', 'stations.json', 'array.json', 'live.m3u8', 'mislabelled.json', 'headerless-pls.txt']) {
        const { tracks, skipped } = await loadTracks(abs(name));
        counts[name] = [tracks.length, skipped];
      }
      expect(counts).to.deep.equal({
        'stations.m3u': [5, 2],
        'plain.m3u': [3, 2],
        'stations.pls': [4, 2],
        'mixes.xspf': [2, 2],
        'stations.json': [5, 2],
        'array.json': [2, 1],
        'live.m3u8': [1, 0],
        'mislabelled.json': [1, 0],
        'headerless-pls.txt': [1, 0],
      });
    });

    it('fails with http (status), parse, unsupported and aborted LoadErrors', async () => {
      const missing = await failure(loadTracks(abs('missing.m3u')));
      expect([missing.kind, missing.status, missing.url]).to.deep.equal(['http', 404, abs('missing.m3u')]);
      expect((await failure(loadTracks(abs('error-page.html')))).kind).to.equal('parse');
      const broken = await failure(loadTracks(abs('broken.json')));
      expect([broken.kind, broken.url]).to.deep.equal(['parse', abs('broken.json')]);
      expect(broken.message).to.match(/playlist/i);
      expect((await failure(loadTracks('javascript:alert(1)'))).kind).to.equal('unsupported');
      const controller = new AbortController();
      const pending = loadTracks(abs('stations.json?abort'), { signal: controller.signal });
      controller.abort();
      expect((await failure(pending)).kind).to.equal('aborted');
    });
  });

  describe('markup', () => {
    it('reads <a href> links with data attributes and skips unsafe ones', () => {
      const el = document.createElement('div');
      el.innerHTML = `<ul>
        <li><a href="https://streams.example.org/a.mp3" data-cover="../images/cover-1.svg" data-subtitle="Sub A" data-live>  Station
          A </a></li>
        <li><a href="javascript:alert(1)">Evil</a></li>
        <li><a href="shows/b.mp3" data-duration="90" data-live="false">Show B</a></li>
      </ul>`;
      const r = readTracksFromElement(el, DIR)!;
      expect(r.skipped).to.equal(1);
      expect(r.tracks).to.deep.equal([
        { id: 'https://streams.example.org/a.mp3', title: 'Station A', subtitle: 'Sub A', src: 'https://streams.example.org/a.mp3', cover: img('cover-1.svg'), live: true },
        { id: abs('shows/b.mp3'), title: 'Show B', src: abs('shows/b.mp3'), live: false, duration: 90 },
      ] satisfies Track[]);
    });

    it('prefers an inline JSON script, and reports invalid inline JSON as a parse error', () => {
      const el = document.createElement('div');
      el.innerHTML = `<script type="application/json">[{"title":"Inline","src":"https://a.example/i.mp3"}]</script><a href="https://a.example/link.mp3">Link</a>`;
      expect(readTracksFromElement(el)!.tracks.map((t) => t.title)).to.deep.equal(['Inline']);
      el.querySelector('script')!.textContent = '[{"title":';
      expect(() => readTracksFromElement(el)).to.throw(LoadError);
      expect(readTracksFromElement(document.createElement('div'))).to.equal(undefined);
    });
  });
});
