import { expect } from '@open-wc/testing';
import { LoadError } from '../../../src/core/loaders/errors.js';
import { loadTracks } from '../../../src/core/loaders/playlist.js';
import { parseTracks } from '../../../src/core/loaders/parse-playlist.js';
import { parseXspf } from '../../../src/core/loaders/xspf.js';

const DIR = new URL('/test/fixtures/playlists/', location.href).href;
const abs = (path: string) => new URL(path, DIR).href;
const img = (name: string) => new URL(`/test/fixtures/images/${name}`, location.href).href;

describe('XSPF parser', () => {
  it('reads location, title, creator, image, duration (ms), info; skips entries without a safe location', async () => {
    const { tracks, skipped } = await loadTracks(abs('mixes.xspf'));
    expect(skipped).to.equal(2);
    expect(tracks).to.deep.equal([
      {
        id: abs('mixes/sunrise.mp3'),
        title: 'Sunrise mix',
        subtitle: 'DJ Aurora',
        src: abs('mixes/sunrise.mp3'),
        cover: img('cover-3.svg'),
        duration: 3605,
        link: 'https://example.org/shows/sunrise',
      },
      {
        id: 'https://cdn.example.org/mixes/fallback.ogg',
        title: 'fallback',
        subtitle: 'Someone & Friends',
        src: 'https://cdn.example.org/mixes/fallback.ogg',
        cover: img('cover-1.svg'),
      },
    ]);
  });

  it('resolves against xml:base and keeps extra locations as alternative sources', () => {
    const xml = `<playlist xmlns="http://xspf.org/ns/0/" xml:base="https://media.example.org/mixes/"><trackList>
      <track><location>a.opus</location><location>a.mp3</location><title>A</title><identifier>mix-a</identifier></track>
    </trackList></playlist>`;
    expect(parseXspf(xml, 'https://site.example/')).to.deep.equal({
      tracks: [
        {
          id: 'mix-a',
          title: 'A',
          src: 'https://media.example.org/mixes/a.opus',
          sources: [{ src: 'https://media.example.org/mixes/a.opus' }, { src: 'https://media.example.org/mixes/a.mp3' }],
        },
      ],
      skipped: 0,
    });
  });

  it('rejects malformed XML with a parse LoadError', () => {
    expect(() => parseXspf('<playlist><trackList><track></playlist>', 'http://x.example/')).to.throw(SyntaxError);
    let error: unknown;
    try {
      parseTracks('<?xml version="1.0"?><playlist><trackList>', 'application/xspf+xml', 'http://x.example/a.xspf');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).kind).to.equal('parse');
    expect((error as LoadError).url).to.equal('http://x.example/a.xspf');
  });
});
