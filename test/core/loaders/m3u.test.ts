import { expect } from '@open-wc/testing';
import { parseExtInf, parseM3u } from '../../../src/core/loaders/m3u.js';
import { parseTracks } from '../../../src/core/loaders/parse-playlist.js';

const DIR = new URL('/test/fixtures/playlists/', location.href).href;
const abs = (path: string) => new URL(path, DIR).href;

/** The fixture's bytes decoded WITHOUT dropping the BOM (`Response.text()` would drop it). */
async function raw(name: string): Promise<string> {
  const bytes = await (await fetch(abs(name))).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('M3U parser', () => {
  it('reads an extended M3U with BOM, CRLF, tvg attributes, #EXTIMG, relative and unsafe entries', async () => {
    const text = await raw('stations.m3u');
    // Guard the fixture itself: it must keep its odd bytes.
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(text).to.include('\r\n');

    const { tracks, skipped } = parseM3u(text, abs('stations.m3u'));
    expect(skipped, 'javascript: and data: entries').to.equal(2);
    expect(tracks.map((t) => t.title)).to.deep.equal([
      'Radio One Live',
      'The Night Shift - Episode 12',
      'Cover is unsafe but the stream is fine',
      'untitled track',
      'Late Jazz',
    ]);
    const [radio1, show, jazz, untitled, late] = tracks;
    expect(radio1).to.deep.equal({
      id: 'radio1.uk',
      title: 'Radio One Live',
      subtitle: 'News, Talk',
      src: 'https://streams.example.org/radio1.mp3',
      cover: 'https://cdn.example.org/logos/radio1.png',
      live: true,
    });
    expect(show!.src).to.equal(abs('shows/night-shift-12.mp3'));
    expect(show!.duration).to.equal(215);
    expect(show!.live).to.equal(undefined);
    expect(show!.cover).to.equal(new URL('/test/fixtures/images/cover-2.svg', location.href).href);
    expect(jazz!.cover, 'javascript: cover dropped, entry kept').to.equal(undefined);
    expect(jazz!.src).to.equal('http://streams.example.org/jazz.aac');
    expect(untitled!.src).to.equal(new URL('/audio/untitled%20track.ogg', location.href).href);
    expect(untitled!.duration).to.equal(42);
    expect(late!.src).to.equal('https://streams.example.org/late.mp3?sid=1&format=mp3');
    expect(late!.cover).to.equal(abs('logos/late.svg'));
  });

  it('gives the same result with the BOM already stripped (as fetch().text() returns it)', async () => {
    const text = await raw('stations.m3u');
    const base = abs('stations.m3u');
    expect(parseM3u(text.slice(1), base)).to.deep.equal(parseM3u(text, base));
  });

  it('reads a plain list of URLs without #EXTM3U, skipping local paths', async () => {
    const { tracks, skipped } = parseM3u(await raw('plain.m3u'), abs('plain.m3u'));
    expect(tracks.map((t) => t.src)).to.deep.equal([
      'https://streams.example.org/plain-1.mp3',
      abs('music/plain-2.ogg'),
      'https://streams.example.org/plain-3.aac',
    ]);
    expect(tracks.map((t) => t.title)).to.deep.equal(['plain-1', 'plain-2', 'plain-3']);
    expect(skipped, 'C:\\ path and file:// URL').to.equal(2);
  });

  it('accepts old Mac (CR only) line endings and lower-case tags', () => {
    const { tracks } = parseM3u('#EXTM3U\r#extinf:-1,One\rhttp://a.example/1\r#EXTINF:30,Two\rhttp://a.example/2', 'http://x.example/');
    expect(tracks).to.deep.equal([
      { id: 'http://a.example/1', title: 'One', src: 'http://a.example/1', live: true },
      { id: 'http://a.example/2', title: 'Two', src: 'http://a.example/2', duration: 30 },
    ]);
  });

  it('reads #EXTART/#EXTALB and uses tvg-name when the title is missing', () => {
    const { tracks } = parseM3u(
      '#EXTM3U\n#EXTINF:-1 tvg-name="Named by tvg" tvg-logo=logo.png,\n#EXTART:The Artist\nhttp://a.example/s\n#EXTALB:Album only\n#EXTINF:10,T\nhttp://a.example/t',
      'http://x.example/list/',
    );
    expect(tracks[0]).to.include({ title: 'Named by tvg', subtitle: 'The Artist', cover: 'http://x.example/list/logo.png', live: true });
    expect(tracks[1]).to.include({ title: 'T', subtitle: 'Album only', duration: 10 });
  });

  it('parses #EXTINF attributes whose values contain commas and quotes', () => {
    expect(parseExtInf('-1 tvg-id="a.b" group-title="News, Local" tvg-logo=\'x.png\',Radio, One')).to.deep.equal({
      duration: -1,
      title: 'Radio, One',
      attrs: { 'tvg-id': 'a.b', 'group-title': 'News, Local', 'tvg-logo': 'x.png' },
    });
    expect(parseExtInf('123,Artist - Title')).to.deep.equal({ duration: 123, title: 'Artist - Title', attrs: {} });
    expect(parseExtInf('')).to.deep.equal({ duration: undefined, title: undefined, attrs: {} });
  });

  it('treats an HLS playlist as one stream, live unless it has #EXT-X-ENDLIST', async () => {
    const url = abs('live.m3u8');
    const text = await (await fetch(url)).text();
    const { tracks, skipped } = parseTracks(text, 'application/vnd.apple.mpegurl', url);
    expect(skipped).to.equal(0);
    expect(tracks).to.deep.equal([
      { id: url, title: 'live', src: url, sources: [{ src: url, type: 'application/vnd.apple.mpegurl' }], live: true },
    ]);
    const vod = parseTracks(`${text}#EXT-X-ENDLIST\n`, '', url).tracks[0];
    expect(vod!.live).to.equal(false);
  });
});
