import { expect } from '@open-wc/testing';
import { parseAzuraCast, parseIcecast, parseNowPlaying, parseShoutcast, splitArtistTitle } from '../../../src/core/audio/now-playing-formats.js';
import { advances, disposeAll, freshPlayer, requestsFor, until, untilStatus } from './helpers.js';

const fixture = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/now-playing/${name}.json`)).json();

describe('now-playing parsers', () => {
  it('splits "Artist - Title" only at a real separator', () => {
    expect(splitArtistTitle('Nina Simone - Feeling Good')).to.deep.equal({ artist: 'Nina Simone', title: 'Feeling Good' });
    expect(splitArtistTitle('Jay-Z')).to.deep.equal({ title: 'Jay-Z' });
    expect(splitArtistTitle(' - Intro')).to.deep.equal({ title: '- Intro' });
    expect(splitArtistTitle(42)).to.deep.equal({ title: '42' });
    expect(splitArtistTitle('')).to.deep.equal({});
    expect(splitArtistTitle(null)).to.deep.equal({});
  });

  describe('Icecast status-json.xsl', () => {
    it('no source (no mounts) → null', async () => {
      expect(parseIcecast(await fixture('icecast-none'))).to.equal(null);
    });

    it('one source as an object, matched by listenurl path (host may differ)', async () => {
      const json = await fixture('icecast-one');
      const np = parseIcecast(json, 'https://cdn.example.net/live.mp3?token=1');
      expect(np).to.deep.equal({ artist: 'Nina Simone', title: 'Feeling Good', listeners: 42 });
      expect(parseIcecast(json), 'a single mount is used without a stream URL').to.include({ title: 'Feeling Good' });
    });

    it('many sources: picks the mount by path, not array position', async () => {
      const json = await fixture('icecast-many');
      expect(parseIcecast(json, 'http://radio.example.org:8000/jazz.aac')).to.deep.equal({ artist: 'Miles Davis', title: 'So What', listeners: 17 });
      expect(parseIcecast(json, 'http://radio.example.org:8000/main.mp3')).to.deep.equal({ title: 'Station ID', listeners: 3 });
      expect(parseIcecast(json, 'http://radio.example.org:8000/other.mp3'), 'unknown mount').to.equal(null);
      expect(parseIcecast(json), 'ambiguous without a stream URL').to.equal(null);
    });

    it('numeric and boolean titles become strings; a mount without title → null', async () => {
      const json = await fixture('icecast-many');
      expect(parseIcecast(json, 'http://radio.example.org:8000/numbers.mp3')?.title).to.equal('1999');
      expect(parseIcecast(json, 'http://radio.example.org:8000/bool.ogg')?.title).to.equal('true');
      expect(parseIcecast(json, 'http://radio.example.org:8000/empty.mp3')).to.equal(null);
    });
  });

  describe('Shoutcast v2', () => {
    it('stats?json=1 (flat): songtitle split into artist and title', async () => {
      expect(parseShoutcast(await fixture('shoutcast-stats'))).to.deep.equal({ artist: 'Daft Punk', title: 'One More Time', listeners: 12 });
    });

    it('statistics?json=1: the stream is picked by streampath', async () => {
      const json = await fixture('shoutcast-statistics');
      expect(parseShoutcast(json, 'https://sc.example.org/classic')).to.deep.equal({ artist: 'Erik Satie', title: 'Gymnopédie No. 1', listeners: 8 });
      expect(parseShoutcast(json, 'https://sc.example.org/unknown')).to.equal(null);
    });
  });

  describe('AzuraCast', () => {
    it('one station (object): song title, artist and art', async () => {
      const np = parseAzuraCast(await fixture('azuracast-station'), 'https://radio.example.org/listen/azuratest_radio/radio.mp3');
      expect(np).to.deep.equal({
        title: 'Divider',
        artist: 'Chris Zabriskie',
        cover: 'https://radio.example.org/api/station/1/art/9f33bbc912c19603e51be8e0987d076b-1793700000.jpg',
        listeners: 5,
      });
    });

    it('all stations (array): matched by listen_url or any mount URL; text fallback', async () => {
      const json = await fixture('azuracast-all');
      expect(parseAzuraCast(json, 'https://radio.example.org/listen/rock/radio.mp3')).to.include({ title: 'Loud Song', artist: 'Rock Band' });
      expect(parseAzuraCast(json, 'https://radio.example.org/listen/talk/talk.aac')).to.include({ title: 'The Morning Show' });
      expect(parseAzuraCast(json, 'https://radio.example.org/listen/jazz/jazz.mp3')).to.equal(null);
    });
  });

  it('detects the format by shape', async () => {
    expect(parseNowPlaying(await fixture('icecast-one'), 'http://x/live.mp3')).to.include({ title: 'Feeling Good' });
    expect(parseNowPlaying(await fixture('shoutcast-stats'))).to.include({ title: 'One More Time' });
    expect(parseNowPlaying(await fixture('shoutcast-statistics'), 'http://x/stream')).to.include({ title: 'One More Time' });
    expect(parseNowPlaying(await fixture('azuracast-station'))).to.include({ title: 'Divider' });
    expect(parseNowPlaying(await fixture('azuracast-all'), 'https://radio.example.org/listen/rock/radio.mp3')).to.include({ title: 'Loud Song' });
    for (const junk of [null, 'text', 42, [], {}, { icestats: 'x' }, [{ now_playing: null }], { streams: 'x' }]) {
      expect(parseNowPlaying(junk), JSON.stringify(junk)).to.equal(null);
    }
  });

  it('rejects unsafe art URLs', () => {
    const np = parseAzuraCast({ now_playing: { song: { title: 'T', art: 'javascript:alert(1)' } } });
    expect(np).to.deep.equal({ title: 'T' });
  });
});

describe('now-playing polling', function () {
  this.timeout(60000);
  afterEach(disposeAll);

  it('polls the metadata URL while a live track plays and stops when paused', async () => {
    const p = freshPlayer({ metadataInterval: 300 });
    const metadataUrl = `/audio/meta/icecast-one.json?k=${Math.random()}`;
    await p.play({ title: 'Example FM', src: '/audio/fault/endless.mp3?k=poll', metadataUrl, live: true });
    await until(p, (s) => s.nowPlaying?.title === 'Feeling Good', 'now playing from the metadata URL');
    const mine = async () => (await requestsFor('/audio/meta/icecast-one.json')).filter((r) => metadataUrl.endsWith(r.search)).length;
    await until(p, () => p.media.currentTime > 1.5, 'some playback');
    expect(await mine()).to.be.at.least(2);
    p.pause();
    await untilStatus(p, 'paused');
    const count = await mine();
    // While paused, playback of another player runs 1.5 s (≥ 4 poll intervals): no new requests.
    const other = freshPlayer();
    await other.play({ title: 'tone', src: '/audio/long.mp3' });
    await advances(other, 1.5);
    expect(await mine()).to.equal(count);
  });

  it('a failing metadata endpoint never touches the audio', async () => {
    const p = freshPlayer({ metadataInterval: 300 });
    await p.play({ title: 'Example FM', src: '/audio/fault/endless.mp3?k=bad', metadataUrl: '/audio/fault/404.mp3', live: true });
    await advances(p, 1.5);
    expect(p.getState().nowPlaying).to.equal(null);
    expect(p.getState().error).to.equal(null);
  });
});
