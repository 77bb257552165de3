import { expect } from '@open-wc/testing';
import { loadTracks } from '../../../src/core/loaders/playlist.js';
import { parsePls } from '../../../src/core/loaders/pls.js';

const DIR = new URL('/test/fixtures/playlists/', location.href).href;
const abs = (path: string) => new URL(path, DIR).href;

describe('PLS parser', () => {
  it('reads keys in any order and case, sorts by number, ignores a wrong NumberOfEntries', async () => {
    const text = await (await fetch(abs('stations.pls'))).text();
    expect(text).to.include('\r\n');
    const { tracks, skipped } = parsePls(text, abs('stations.pls'));
    expect(tracks).to.deep.equal([
      { id: 'https://streams.example.org/jazz.mp3', title: 'Jazz FM', src: 'https://streams.example.org/jazz.mp3', live: true },
      { id: 'http://backup.example.org:8000/jazz', title: 'Jazz FM Backup', src: 'http://backup.example.org:8000/jazz', live: true },
      { id: abs('recordings/interview.mp3'), title: 'Interview = part one', src: abs('recordings/interview.mp3'), duration: 1820 },
      { id: abs('podcast/ep5.m4a'), title: 'ep5', src: abs('podcast/ep5.m4a') },
    ]);
    expect(skipped, 'Title4 without File4, and File10=javascript:').to.equal(2);
  });

  it('loads a PLS without [playlist] header served as text/plain', async () => {
    const { tracks } = await loadTracks(abs('headerless-pls.txt'));
    expect(tracks.map((t) => [t.title, t.src])).to.deep.equal([
      ['PLS without header, served as text', 'https://streams.example.org/headerless.mp3'],
    ]);
  });

  it('loads stations.pls whatever content type the server gives it', async () => {
    const res = await fetch(abs('stations.pls'));
    // Many servers (this one too) send .pls as application/pls+xml, which it is not.
    expect(res.headers.get('content-type')).to.not.include('scpls');
    const { tracks, skipped } = await loadTracks(abs('stations.pls'));
    expect([tracks.length, skipped]).to.deep.equal([4, 2]);
  });

  it('returns nothing for an empty playlist', () => {
    expect(parsePls('[playlist]\nNumberOfEntries=0\n', 'http://x.example/')).to.deep.equal({ tracks: [], skipped: 0 });
  });
});
