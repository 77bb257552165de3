import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RadioPlaylist } from '../../src/index.js';
import type { AudioStore } from '../../src/core/audio/audio-store.js';
import { disposePlayer, getPlayer } from '../../src/core/audio/player.js';
import type { Player, Track } from '../../src/core/audio/types.js';
import { until } from '../core/audio/helpers.js';

const LISTS = '/test/fixtures/playlists';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const row = (el: Element, pos: number) => el.shadowRoot!.querySelector<HTMLElement>(`[role="option"][aria-posinset="${pos}"]`);
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

let n = 0;
const players: string[] = [];
/**
 * A fresh player name per test, disposed afterwards, so tests never share playback. Muted:
 * headless Firefox ESR here has no audio output device and fails unmuted playback with
 * `OnMediaSinkAudioError`; muted media still decodes and advances `currentTime`.
 */
function playerName() {
  const name = `rp-${Date.now().toString(36)}-${n++}`;
  players.push(name);
  getPlayer(name).setMuted(true);
  return name;
}
const store = (name: string) => getPlayer(name) as Player & AudioStore;


/** The user hears it: the player is playing and the media's currentTime moves forward. */
async function hearsPlayback(name: string) {
  const p = store(name);
  await until(p, (s) => s.status === 'playing', 'playing');
  const from = p.media.currentTime;
  await until(p, () => p.media.currentTime > from + 0.3, 'currentTime to advance');
}

const AUDIO: Track[] = [
  { title: 'Alpha Mix', subtitle: 'DJ One', src: '/audio/long.mp3?a', duration: 60, cover: '/test/fixtures/images/cover-1.svg' },
  { title: 'Beta Radio', subtitle: 'Live from the studio', src: '/audio/fault/endless.mp3?b', live: true },
  { title: 'Jazz Hour', subtitle: 'Evening show', src: '/audio/long.mp3?j', duration: 3725 },
  { title: 'Juniper Talk', src: '/audio/long.mp3?k', cover: '/test/fixtures/images/missing-cover.svg' },
];

async function list(name = playerName(), items: Track[] = AUDIO) {
  const el = await fixture<RadioPlaylist>(html`<radio-playlist player=${name} .items=${items}></radio-playlist>`);
  return el;
}

/** 100,000 generated tracks (never committed as a fixture). */
const big = (count = 100_000): Track[] =>
  Array.from({ length: count }, (_, i) => ({ title: `Station ${String(i + 1).padStart(6, '0')}`, src: `/audio/long.mp3?s=${i + 1}`, live: true }));

describe('<radio-playlist>', function () {
  this.timeout(60000);
  // WebKit reports "ResizeObserver loop completed with undelivered notifications" while the
  // virtualizer measures rows: a benign notice (see @lit-labs/virtualizer's README), not a failure.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  afterEach(() => {
    for (const name of players.splice(0)) disposePlayer(name);
  });

  it('passes axe in every state and layout', async () => {
    const loading = await fixture<RadioPlaylist>(
      html`<radio-playlist src="/audio/fault/stall.mp3?bytes=0" timeout="30000" searchable></radio-playlist>`,
    );
    expect(loading.getAttribute('status')).to.equal('loading');
    expect(part(loading, 'loading')!.getAttribute('aria-busy')).to.equal('true');
    await expect(loading).to.be.accessible();
    loading.remove();

    const name = playerName();
    for (const layout of ['list', 'grid', 'compact']) {
      const el = await list(name);
      el.layout = layout as RadioPlaylist['layout'];
      el.searchable = true;
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('ready');
      await expect(el).to.be.accessible();
    }

    const empty = await fixture<RadioPlaylist>(html`<radio-playlist .items=${[]}></radio-playlist>`);
    expect(empty.getAttribute('status')).to.equal('empty');
    await expect(empty).to.be.accessible();

    const error = await fixture<RadioPlaylist>(html`<radio-playlist src="${LISTS}/missing.m3u"></radio-playlist>`);
    await waitUntil(() => error.getAttribute('status') === 'error', 'error state');
    await expect(error).to.be.accessible();
  });

  it('passes axe while a row plays, and with 100,000 virtualized rows', async () => {
    const name = playerName();
    const el = await list(name);
    rows(el)[1]!.click();
    await waitUntil(() => rows(el)[1]!.getAttribute('aria-current') === 'true', 'row playing');
    await expect(el).to.be.accessible();
    const long = await fixture<RadioPlaylist>(html`<radio-playlist .items=${big()}></radio-playlist>`);
    await waitUntil(() => rows(long).length > 0, 'virtual rows');
    await expect(long).to.be.accessible();
  });

  describe('data', () => {
    it('loads src, renders rows and fires nr-load with the skipped count', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('radio-playlist');
      el.src = `${LISTS}/stations.json`;
      const loaded = oneEvent(el, 'nr-load');
      wrapper.append(el);
      const { detail } = await loaded;
      expect(detail).to.deep.equal({ url: `${LISTS}/stations.json`, count: 5, skipped: 2 });
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('ready');
      expect(rows(el).map((r) => text(r.querySelector('[part~="title"]')))).to.deep.equal([
        'City Radio',
        'Evening Jazz',
        'Morning show, 3 March',
        'Two sources',
        'bare-string',
      ]);
      const [city, , morning] = rows(el);
      expect(text(city!.querySelector('[part~="subtitle"]'))).to.equal('News and talk');
      expect(text(city!.querySelector('[part~="live-badge"]'))).to.equal('Live');
      expect(text(morning!.querySelector('[part~="duration"]'))).to.equal('59:00');
      expect(morning!.querySelector('[part~="live-badge"]')).to.equal(null);
      expect(el.tracks).to.have.length(5);
    });

    it('loads every playlist format', async () => {
      const expected: Record<string, string> = {
        'stations.m3u': 'Radio One Live',
        'stations.pls': 'Jazz FM',
        'mixes.xspf': 'Sunrise mix',
        'array.json': 'Talk Radio',
      };
      for (const [file, first] of Object.entries(expected)) {
        const el = await fixture<RadioPlaylist>(html`<radio-playlist src="${LISTS}/${file}"></radio-playlist>`);
        await waitUntil(() => el.getAttribute('status') === 'ready', `${file} ready`);
        expect(text(rows(el)[0]!.querySelector('[part~="title"]')), file).to.equal(first);
      }
    });

    it('reads light-DOM links as data, skipping unsafe ones, and leaves them in place as links', async () => {
      const events: CustomEvent[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @nr-load=${(e: CustomEvent) => events.push(e)}>
        <radio-playlist>
          <a href="/audio/long.mp3?l1" data-cover="/test/fixtures/images/cover-2.svg" data-subtitle="Morning" data-live>Link One</a>
          <a href="javascript:alert(1)">Evil</a>
          <a href="/audio/long.mp3?l2" data-duration="125">Link Two</a>
        </radio-playlist>
      </div>`);
      const el = wrapper.querySelector('radio-playlist')!;
      await el.updateComplete;
      expect(rows(el).map((r) => text(r.querySelector('[part~="title"]')))).to.deep.equal(['Link One', 'Link Two']);
      expect(text(rows(el)[0]!.querySelector('[part~="live-badge"]'))).to.equal('Live');
      expect(text(rows(el)[1]!.querySelector('[part~="duration"]'))).to.equal('2:05');
      expect((rows(el)[0]!.querySelector('img[part~="cover"]') as HTMLImageElement).src).to.match(/cover-2\.svg$/);
      expect(el.querySelectorAll('a[href]')).to.have.length(3);
      expect(events.at(-1)!.detail).to.deep.equal({ url: '', count: 2, skipped: 1 });

      el.insertAdjacentHTML('beforeend', '<a href="/audio/long.mp3?l3">Link Three</a>');
      await waitUntil(() => rows(el).length === 3, 'a link added later becomes a row');
    });

    it('reads an inline JSON script, and shows a parse error for invalid inline JSON', async () => {
      const el = await fixture<RadioPlaylist>(html`<radio-playlist>
        <script type="application/json">
          { "tracks": [{ "title": "Inline One", "src": "/audio/long.mp3?i" }] }
        </script>
      </radio-playlist>`);
      expect(rows(el).map((r) => text(r.querySelector('[part~="title"]')))).to.deep.equal(['Inline One']);

      const errors: CustomEvent[] = [];
      const bad = await fixture<HTMLDivElement>(html`<div @nr-error=${(e: CustomEvent) => errors.push(e)}>
        <radio-playlist><script type="application/json">[{ "title": </script></radio-playlist>
      </div>`);
      const broken = bad.querySelector('radio-playlist')!;
      await broken.updateComplete;
      expect(broken.getAttribute('status')).to.equal('error');
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['parse']);
    });

    it('prefers items over src, and follows src changes', async () => {
      const el = await fixture<RadioPlaylist>(html`<radio-playlist src="${LISTS}/stations.pls" .items=${AUDIO.slice(0, 1)}></radio-playlist>`);
      expect(rows(el)).to.have.length(1);
      el.items = undefined;
      await waitUntil(() => rows(el).length === 4, 'PLS rows');
      el.src = `${LISTS}/mixes.xspf`;
      await waitUntil(() => text(rows(el)[0]?.querySelector('[part~="title"]')) === 'Sunrise mix', 'XSPF rows');
    });

    it('leaves out items without a safe source and drops unsafe covers, never binding them', async () => {
      const items = [
        { title: 'Relative', src: '/audio/long.mp3?r' },
        { title: 'Script', src: 'javascript:alert(1)' },
        { title: 'Absolute', src: 'https://cdn.example/b.mp3', cover: 'javascript:alert(2)' },
        { title: 'Protocol-relative', src: '//evil.example/x.mp3' },
        { title: 'Backslash', src: '/\\evil.example/x.mp3' },
        { title: 'No source' },
        null,
        { title: 'Data', src: 'data:audio/wav;base64,AAAA' },
      ] as unknown as Track[];
      const el = await list(playerName(), items);
      expect(rows(el).map((r) => text(r.querySelector('[part~="title"]')))).to.deep.equal(['Relative', 'Absolute', 'Protocol-relative', 'Backslash']);
      expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('4');
      expect(rows(el)[1]!.querySelector('img')).to.equal(null);
      expect(rows(el)[1]!.querySelector('[part~="cover"] svg')).to.not.equal(null);
      expect(el.tracks.map((t) => t.src)).to.deep.equal([
        new URL('/audio/long.mp3?r', document.baseURI).href,
        'https://cdn.example/b.mp3',
        'http://evil.example/x.mp3'.replace('http:', location.protocol),
        'http://evil.example/x.mp3'.replace('http:', location.protocol),
      ]);
      expect(el.tracks[1]!.cover).to.equal(undefined);
      expect(el.shadowRoot!.innerHTML).to.not.match(/javascript:|data:audio/);
    });

    it('shows the cover lazily at a fixed size, and fallback art for a missing or broken cover', async () => {
      const el = await list();
      const img = rows(el)[0]!.querySelector<HTMLImageElement>('img[part~="cover"]')!;
      expect(img.loading).to.equal('lazy');
      expect([img.getAttribute('width'), img.getAttribute('height'), img.alt]).to.deep.equal(['48', '48', '']);
      expect(rows(el)[1]!.querySelector('img')).to.equal(null);
      expect(rows(el)[1]!.querySelector('[part~="cover"] svg')).to.not.equal(null);
      await waitUntil(() => !rows(el)[3]!.querySelector('img'), 'a 404 cover is replaced by the fallback art');
      expect(rows(el)[3]!.querySelector('[part~="cover"] svg')).to.not.equal(null);
    });
  });

  describe('playback', () => {
    it('clicking a row plays it, queues the whole list, and the row shows aria-current and pause', async () => {
      const name = playerName();
      const el = await list(name);
      rows(el)[2]!.click();
      await hearsPlayback(name);
      const s = store(name).getState();
      expect(s.track?.title).to.equal('Jazz Hour');
      expect([s.queue.length, s.index]).to.deep.equal([4, 2]);
      await el.updateComplete;
      const r = rows(el)[2]!;
      expect(r.getAttribute('aria-current')).to.equal('true');
      expect(r.getAttribute('aria-selected')).to.equal('true');
      expect(r.querySelector('[part~="play-icon"] svg path')!.getAttribute('d')).to.match(/^M560-200/); // pause bars
      expect(text(r)).to.include('Playing');
      expect(rows(el).filter((x) => x.hasAttribute('aria-current'))).to.have.length(1);

      r.click();
      await until(store(name), (st) => st.status === 'paused', 'paused');
      await el.updateComplete;
      expect(r.hasAttribute('aria-current')).to.equal(false);
      expect(r.getAttribute('aria-selected'), 'still the current track').to.equal('true');
      expect(r.querySelector('[part~="play-icon"] svg path')!.getAttribute('d')).to.match(/^M320-200/); // play triangle
    });

    it('re-renders only the rows whose state changes when the playing row moves', async () => {
      const name = playerName();
      // Arabic digits: every rendered duration goes through Intl.NumberFormat#format, which counts renders.
      const items = Array.from({ length: 150 }, (_, i) => ({ title: `Mix ${i + 1}`, src: `/audio/long.mp3?m=${i}`, duration: 60 + i }));
      const el = await fixture<RadioPlaylist>(html`<radio-playlist lang="ar-EG" player=${name} .items=${items}></radio-playlist>`);
      const before = rows(el);
      expect(text(before[0]!.querySelector('[part~="duration"]'))).to.equal('١:٠٠');
      const changed = new Set<string | null>();
      const observer = new MutationObserver((records) => {
        for (const r of records) changed.add((r.target instanceof Element ? r.target : r.target.parentElement)!.closest('[role="option"]')?.getAttribute('aria-posinset') ?? null);
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      // `format` is a getter returning a bound function: count the calls of what it returns.
      const proto = Intl.NumberFormat.prototype;
      const descriptor = Object.getOwnPropertyDescriptor(proto, 'format')!;
      let formatted = 0;
      Object.defineProperty(proto, 'format', {
        configurable: true,
        get(this: Intl.NumberFormat) {
          const bound = descriptor.get!.call(this) as (n: number) => string;
          return (n: number) => (formatted++, bound(n));
        },
      });
      const player = store(name);
      player.media.play = () => Promise.resolve(); // the UI is under test, not the media pipeline
      try {
        await player.setQueue(el.tracks, 40, true);
        await el.updateComplete;
        await player.setQueue(el.tracks, 90, true);
        await el.updateComplete;
      } finally {
        Object.defineProperty(proto, 'format', descriptor);
        observer.disconnect();
      }
      expect([...changed].sort()).to.deep.equal(['41', '91']);
      expect(formatted, 'durations formatted again (2 per re-rendered row)').to.be.at.most(6);
      expect(rows(el)).to.deep.equal(before, 'the same row elements, none re-created');
      expect(rows(el)[90]!.getAttribute('aria-current')).to.equal('true');
      expect(rows(el)[40]!.getAttribute('aria-selected')).to.equal('false');
    });

    it('after re-rendering only changed rows, still follows new labels, a new language and a new list in every row', async () => {
      const name = playerName();
      const items = Array.from({ length: 6 }, (_, i) => ({ title: `Mix ${i + 1}`, src: `/audio/long.mp3?e=${i}`, duration: 65 }));
      const el = await fixture<RadioPlaylist>(html`<radio-playlist player=${name} .items=${items}></radio-playlist>`);
      const player = store(name);
      player.media.play = () => Promise.resolve(); // the UI is under test, not the media pipeline
      const current = () => rows(el).map((r) => r.getAttribute('aria-current'));
      await player.setQueue(el.tracks, 2, true);
      await el.updateComplete;
      expect(current()).to.deep.equal([null, null, 'true', null, null, null]);
      el.labels = { buffering: 'Chargement' };
      await el.updateComplete;
      expect(text(rows(el)[2]!.querySelector('.nr-visually-hidden'))).to.equal('Chargement');
      el.setAttribute('lang', 'ar-EG');
      await el.updateComplete;
      expect(rows(el).map((r) => text(r.querySelector('[part~="duration"]')))).to.deep.equal(Array(6).fill('١:٠٥'));
      await player.setQueue(el.tracks, 5, true);
      await el.updateComplete;
      expect(current()).to.deep.equal([null, null, null, null, null, 'true']);
      expect(text(rows(el)[5]!.querySelector('.nr-visually-hidden'))).to.equal('Chargement');
      el.items = items.slice(0, 4).map((t) => ({ ...t, title: `New ${t.title}` }));
      await el.updateComplete;
      expect(rows(el).map((r) => text(r.querySelector('[part~="title"]')))).to.deep.equal(['New Mix 1', 'New Mix 2', 'New Mix 3', 'New Mix 4']);
      expect(current(), 'the playing track is not in the new list').to.deep.equal([null, null, null, null]);
    });

    it('shows a spinner (and "Loading" to screen readers) on the row whose stream is still loading', async () => {
      const name = playerName();
      const stalled: Track = { title: 'Stalled Stream', src: '/audio/fault/stall.mp3?bytes=0', live: true };
      const el = await list(name, [AUDIO[0]!, stalled]);
      rows(el)[1]!.click();
      await until(store(name), (s) => s.status === 'loading' && s.track?.title === 'Stalled Stream', 'loading');
      await el.updateComplete;
      const r = rows(el)[1]!;
      expect(r.querySelector('[part~="play-icon"] .spinner')).to.not.equal(null);
      expect(r.getAttribute('aria-current')).to.equal('true');
      expect(text(r)).to.include('Loading');
      expect(rows(el)[0]!.querySelector('.spinner')).to.equal(null);
      r.click(); // a loading row toggles to paused like a playing one
      await until(store(name), (s) => s.status !== 'loading', 'stopped loading');
    });

    it("starts a row whose media has data before it shows the click's feedback", async () => {
      const name = playerName();
      const el = await list(name);
      // The first row's source is in the player ahead of the click; here it is also buffered.
      const media = store(name).media;
      media.preload = 'auto';
      await waitUntil(() => media.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA, 'the first row to be buffered', { timeout: 20000 });
      await new Promise(requestAnimationFrame);
      // Its `play` and `playing` events are queued with play(); the row's feedback (and the frame of
      // layout and paint it needs) comes after them, not before.
      const order: string[] = [];
      media.addEventListener('play', () => order.push('play'), { once: true });
      const seen = new MutationObserver(() => order.push('feedback'));
      seen.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true, characterData: true });
      seen.observe(el, { attributes: true });
      rows(el)[0]!.click();
      await hearsPlayback(name);
      await el.updateComplete;
      seen.disconnect();
      expect(order[0]).to.equal('play');
      expect(order).to.include('feedback');
      expect(rows(el)[0]!.getAttribute('aria-current')).to.equal('true');
    });

    it('binds to the player named by the player attribute, not the default one', async () => {
      const name = playerName();
      const el = await list(name);
      const before = getPlayer().getState().track;
      rows(el)[0]!.click();
      await hearsPlayback(name);
      expect(getPlayer().getState().track).to.equal(before);
    });

    it('two playlists share one player: starting a row in B stops the row in A', async () => {
      const name = playerName();
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <radio-playlist id="a" player=${name} .items=${AUDIO.slice(0, 2)}></radio-playlist>
        <radio-playlist id="b" player=${name} .items=${AUDIO.slice(2)}></radio-playlist>
      </div>`);
      const [a, b] = [...wrap.querySelectorAll('radio-playlist')] as RadioPlaylist[];
      rows(a!)[0]!.click();
      await hearsPlayback(name);
      await waitUntil(() => rows(a!)[0]!.getAttribute('aria-current') === 'true', 'A plays');
      rows(b!)[1]!.click();
      await until(store(name), (s) => s.track?.title === 'Juniper Talk' && s.status === 'playing', 'B plays');
      await a!.updateComplete;
      await b!.updateComplete;
      expect(rows(a!).some((r) => r.hasAttribute('aria-current') || r.getAttribute('aria-selected') === 'true')).to.equal(false);
      expect(rows(b!)[1]!.getAttribute('aria-current')).to.equal('true');
      expect(store(name).getState().queue.map((t) => t.title)).to.deep.equal(['Jazz Hour', 'Juniper Talk']);
    });
  });

  describe('keyboard', () => {
    it('is a listbox with a roving tabindex: arrows, Home/End, type-ahead, Enter plays, Space pauses', async () => {
      const name = playerName();
      const el = await list(name);
      const lb = part(el, 'list')!;
      expect(lb.getAttribute('role')).to.equal('listbox');
      expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1]);
      expect(rows(el).map((r) => r.getAttribute('aria-posinset') + '/' + r.getAttribute('aria-setsize'))).to.deep.equal(['1/4', '2/4', '3/4', '4/4']);
      rows(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(rows(el)[1]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(rows(el)[3]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el), 'stops at the end').to.equal(rows(el)[3]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(rows(el)[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(rows(el)[0]);
      await el.updateComplete;
      expect(rows(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1]);

      await sendKeys({ type: 'j' });
      expect(focused(el), 'j → Jazz Hour').to.equal(rows(el)[2]);
      await sendKeys({ type: 'j' });
      expect(focused(el), 'j again cycles to Juniper Talk').to.equal(rows(el)[3]);
      await new Promise((r) => setTimeout(r, 600)); // type-ahead buffer expires after 500 ms of no typing
      await sendKeys({ type: 'be' });
      expect(focused(el), 'be → Beta Radio').to.equal(rows(el)[1]);
      await el.updateComplete;
      expect(rows(el)[1]!.tabIndex).to.equal(0);

      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await hearsPlayback(name);
      expect(store(name).getState().track?.title).to.equal('Jazz Hour');
      await waitUntil(() => rows(el)[2]!.getAttribute('aria-current') === 'true', 'row shows playing');
      await sendKeys({ press: ' ' });
      await until(store(name), (s) => s.status === 'paused', 'Space pauses');
      expect(focused(el)).to.equal(rows(el)[2]);
    });

    it('moves by rows and columns in the grid layout', async () => {
      const el = await fixture<RadioPlaylist>(html`<radio-playlist layout="grid" style="inline-size: 40rem; --nr-radio-playlist-grid-min: 8rem" .items=${AUDIO}></radio-playlist>`);
      const tops = new Set(rows(el).map((r) => r.offsetTop));
      expect(tops.size, 'all four cards on one line').to.equal(1);
      el.style.inlineSize = '20rem';
      await waitUntil(() => new Set(rows(el).map((r) => r.offsetTop)).size === 2, 'two columns');
      rows(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(rows(el)[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(rows(el)[3]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(rows(el)[2]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(rows(el)[0]);
    });
  });

  describe('virtualization', () => {
    it('keeps the DOM small with 100,000 items; scrolling to the end shows the last one', async () => {
      const el = await fixture<RadioPlaylist>(html`<radio-playlist .items=${big()}></radio-playlist>`);
      const lb = part(el, 'list')!;
      await waitUntil(() => rows(el).length > 0, 'first rows', { timeout: 10000 });
      expect(rows(el).length).to.be.below(100);
      expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('100000');
      // Let the first layout pass measure the rows (it starts from an estimate), as it has long
      // done by the time a person reaches for the scrollbar.
      await (lb as unknown as Record<symbol, { layoutComplete: Promise<void> }>)[virtualizerRef]!.layoutComplete;
      lb.scrollTop = lb.scrollHeight;
      await waitUntil(() => row(el, 100000), 'last row rendered after scrolling', { timeout: 10000 });
      const last = row(el, 100000)!;
      await waitUntil(() => {
        const r = last.getBoundingClientRect();
        const box = lb.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.height > 0;
      }, 'last row inside the visible list', { timeout: 10000 });
      expect(text(last.querySelector('[part~="title"]'))).to.equal('Station 100000');
      expect(rows(el).length).to.be.below(100);
    });

    it('checks every entry of a long list while the page is idle, so a click on a row finds its queue ready', async () => {
      const name = playerName();
      const count = 20_000;
      let validated = 0; // each entry's title is read once, when the entry is validated
      const items = big(count).map((t) => ({
        ...t,
        get title() {
          validated++;
          return t.title;
        },
      }));
      const el = await fixture<RadioPlaylist>(html`<radio-playlist player=${name} .items=${items}></radio-playlist>`);
      await waitUntil(() => row(el, 1), 'first row', { timeout: 10000 });
      expect(validated, 'only the rendered rows at first').to.be.below(200);
      await waitUntil(() => validated === count, 'every entry validated while idle', { timeout: 20000 });
      row(el, 2)!.click();
      const s = await until(store(name), (st) => st.track?.title === 'Station 000002', 'plays the clicked row');
      expect([s.queue.length, s.index]).to.deep.equal([count, 1]);
      expect(validated, 'the click validated nothing again').to.equal(count);
      row(el, 3)!.click();
      const next = await until(store(name), (st) => st.track?.title === 'Station 000003', 'plays the next clicked row');
      expect(next.queue, 'the same queue, neither copied nor checked again').to.equal(s.queue);
    });

    it('End reaches the last of 100,000 items (visible, focused, posinset 100000), Home goes back', async () => {
      const name = playerName();
      const el = await fixture<RadioPlaylist>(html`<radio-playlist player=${name} .items=${big()}></radio-playlist>`);
      await waitUntil(() => row(el, 1), 'first row', { timeout: 10000 });
      row(el, 1)!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(() => focused(el)?.getAttribute('aria-posinset') === '100000', 'last row focused', { timeout: 10000 });
      const last = focused(el)!;
      expect(last.getAttribute('aria-setsize')).to.equal('100000');
      expect(text(last.querySelector('[part~="title"]'))).to.equal('Station 100000');
      const lb = part(el, 'list')!.getBoundingClientRect();
      const r = last.getBoundingClientRect();
      expect(r.bottom).to.be.at.most(lb.bottom + 1);
      expect(r.top).to.be.at.least(lb.top - 1);
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(() => focused(el)?.getAttribute('aria-posinset') === '99999', 'ArrowUp', { timeout: 10000 });
      await sendKeys({ press: 'Home' });
      await waitUntil(() => focused(el)?.getAttribute('aria-posinset') === '1', 'Home', { timeout: 10000 });
      expect(rows(el).length).to.be.below(100);
      await sendKeys({ type: 'Station 050' });
      await waitUntil(() => focused(el)?.getAttribute('aria-posinset') === '50000', 'type-ahead into unrendered rows', { timeout: 10000 });

      await sendKeys({ press: 'Enter' });
      const s = await until(store(name), (st) => st.track?.title === 'Station 050000', 'plays the typed-to row');
      expect([s.queue.length, s.index]).to.deep.equal([100000, 49999]);
    });
  });

  describe('filter', () => {
    it('filters by title and subtitle through the attribute and the search box', async () => {
      const el = await list();
      el.setAttribute('filter', 'EVENING');
      await el.updateComplete;
      expect(rows(el).map((r) => text(r.querySelector('[part~="title"]')))).to.deep.equal(['Jazz Hour']);
      expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('1');
      el.removeAttribute('filter');
      el.searchable = true;
      await el.updateComplete;
      const input = part(el, 'search') as HTMLInputElement;
      expect(input.getAttribute('aria-label')).to.equal('Filter the playlist');
      input.focus();
      await sendKeys({ type: 'mix' });
      await el.updateComplete;
      expect(rows(el).map((r) => text(r.querySelector('[part~="title"]')))).to.deep.equal(['Alpha Mix']);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(rows(el)[0]);
      el.filter = 'nothing like this';
      await el.updateComplete;
      expect(rows(el)).to.have.length(0);
      expect(text(part(el, 'empty'))).to.equal('Nothing matches “nothing like this”.');
    });
  });

  describe('error state', () => {
    it('shows the error with Retry, fires nr-error and logs once per failure', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const el = document.createElement('radio-playlist');
        el.src = `${LISTS}/missing.m3u`;
        const failed = oneEvent(el, 'nr-error');
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        const { detail } = await failed;
        expect(detail).to.deep.include({ kind: 'http', status: 404 });
        expect(detail.url).to.match(/missing\.m3u$/);
        await el.updateComplete;
        expect(el.getAttribute('status')).to.equal('error');
        expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
        expect(text(part(el, 'error'))).to.include('404');
        expect(logged).to.have.length(1);
        const again = oneEvent(el, 'nr-error');
        part(el, 'retry-button')!.click();
        await again;
        expect(logged).to.have.length(2);
        el.src = `${LISTS}/stations.m3u`;
        await waitUntil(() => el.getAttribute('status') === 'ready', 'a good src recovers');
      } finally {
        console.error = original;
      }
    });

    it('treats an HTML page as a parse error', async () => {
      const el = document.createElement('radio-playlist');
      el.src = `${LISTS}/error-page.html`;
      const failed = oneEvent(el, 'nr-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect((await failed).detail.kind).to.equal('parse');
    });
  });
});
