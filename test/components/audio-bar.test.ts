import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { AudioBar } from '../../src/components/audio-bar/audio-bar.js';
import { Announcer } from '../../src/core/audio/announcer.js';
import type { AudioStore } from '../../src/core/audio/audio-store.js';
import { disposePlayer, getPlayer } from '../../src/core/audio/player.js';
import type { Player, PlayerOptions, PlayerState, Track } from '../../src/core/audio/types.js';
import { until } from '../support/pages.js';

/*
 * Every test drives the REAL engine (one HTMLAudioElement per named player) with real audio served
 * by test/support/audio-servers.js: /audio/long.mp3 (60 s), /audio/tone.wav (3 s),
 * /audio/fault/endless.mp3 (an endless live-style MP3 stream), /audio/fault/stall.mp3 (a live
 * stream that stops sending and keeps the socket open), /audio/fault/404.mp3.
 * Clicks that must start playback are real mouse clicks (sendMouse): WebKit only lets a user
 * gesture start audio.
 */

type Store = Player & AudioStore;

const probe = new Audio();
const mp3 = probe.canPlayType('audio/mpeg') !== '';
/** A 60 s file where MP3 decodes, else a 3 s WAV (every engine decodes PCM WAV). */
const ON_DEMAND = mp3 ? '/audio/long.mp3' : '/audio/tone.wav';
const ON_DEMAND_SECONDS = mp3 ? 60 : 3;
const LIVE = '/audio/fault/endless.mp3';

let n = 0;
const players: string[] = [];
/** A fresh, uniquely named player (disposed after each test). */
function fresh(options?: Partial<PlayerOptions>): { name: string; player: Store } {
  const name = `bar-${Date.now().toString(36)}-${n++}`;
  players.push(name);
  return { name, player: getPlayer(name, options) as Store };
}

const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const label = (el: Element, name: string) => part(el, name)?.getAttribute('aria-label');


/** Waits until the listener hears it: `currentTime` moves by `by` seconds while playing. */
async function advances(player: Store, by = 0.5) {
  await until(player, (s) => s.status === 'playing', 'playing');
  const from = player.media.currentTime;
  await waitUntil(() => player.media.currentTime >= from + by, `currentTime to advance from ${from}`, { timeout: 20000 });
}

/** A real mouse click in the middle of `target` (a user gesture in every engine). */
async function click(target: Element) {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

async function bar(template: ReturnType<typeof html>): Promise<AudioBar> {
  const el = await fixture<AudioBar>(template);
  await el.updateComplete;
  return el;
}

const queueOf = (...titles: string[]): Track[] =>
  titles.map((title, i) => ({ title, subtitle: `Artist ${i + 1}`, src: `${ON_DEMAND}?t=${i}` }));

/** A bar without `src` and a playlist of two shows after it, on one player. */
async function besidePlaylist(name: string) {
  const wrap = await fixture(html`<div>
    <audio-bar player=${name}></audio-bar>
    <radio-playlist player=${name} .items=${queueOf('First show', 'Second show').map((t) => ({ ...t, duration: 65 }))}></radio-playlist>
  </div>`);
  return { wrap, el: wrap.querySelector('audio-bar')!, list: wrap.querySelector('radio-playlist')! };
}

describe('<audio-bar>', function () {
  this.timeout(60000);

  afterEach(() => {
    for (const name of players.splice(0)) disposePlayer(name);
  });

  describe('accessibility', () => {
    it('passes axe idle, playing on-demand, live, with the queue open, and in the error state', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name} src=${ON_DEMAND} heading="Morning mix" subtitle="FlowFM" cover="/test/fixtures/images/cover-1.svg"></audio-bar>`);
      await expect(el).to.be.accessible();

      await click(part(el, 'play-button')!);
      await advances(player);
      await el.updateComplete;
      await expect(el).to.be.accessible();

      await player.setQueue(queueOf('One', 'Two', 'Three'), 0, false);
      await click(part(el, 'queue-button')!);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      player.pause();

      const live = fresh();
      const liveBar = await bar(html`<audio-bar player=${live.name} src=${LIVE} heading="Araba Radio" live></audio-bar>`);
      await expect(liveBar).to.be.accessible();

      const broken = fresh();
      const errorBar = await bar(html`<audio-bar player=${broken.name} src="/audio/fault/404.mp3" heading="Gone"></audio-bar>`);
      void broken.player.play();
      await until(broken.player, (s) => s.status === 'error', 'error');
      await errorBar.updateComplete;
      await expect(errorBar).to.be.accessible();
    });

    it('passes axe while reconnecting, autoplay-blocked, in another tab, RTL and dark (state previews)', async () => {
      const { name } = fresh();
      const el = await bar(html`<div dir="rtl" lang="ar"><audio-bar player=${name} theme="dark" src=${LIVE} heading="إذاعة" live></audio-bar></div>`);
      const ab = el.querySelector('audio-bar')!;
      for (const state of [
        { status: 'reconnecting', reconnectAttempt: 2 },
        { status: 'paused', error: { kind: 'autoplay-blocked', message: '' } },
        { status: 'paused', playingElsewhere: { title: 'Other tab' } },
      ] as Partial<PlayerState>[]) {
        ab.state = state;
        await ab.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('defaults', () => {
    it('is an inline, idle bar offering Play, with no fixed position and no reserved space', async () => {
      const { name } = fresh();
      const padding = getComputedStyle(document.body).paddingBottom;
      const el = await bar(html`<audio-bar player=${name}></audio-bar>`);
      expect(el.position).to.equal('inline');
      expect(getComputedStyle(el).position).to.equal('static');
      expect(el.getAttribute('status')).to.equal('idle');
      expect(text(part(el, 'title'))).to.equal('Nothing playing');
      expect(label(el, 'play-button')).to.equal('Play');
      expect(part(el, 'play-button')!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'live-badge')).to.equal(null);
      expect(part(el, 'seek')).to.equal(null);
      expect(part(el, 'bar')!.getAttribute('aria-label')).to.equal('Audio player');
      expect((part(el, 'previous-button') as HTMLButtonElement).disabled).to.equal(true);
      await waitUntil(() => part(el, 'volume')!.getAttribute('aria-valuetext') === '100%', 'the volume in words (added once the page is idle)');
      expect(label(el, 'volume')).to.equal('Volume');
      expect(getComputedStyle(document.body).paddingBottom).to.equal(padding);
      expect(document.documentElement.style.getPropertyValue('--nr-audio-bar-offset-bottom')).to.equal('');
    });

    it('without src, its Play starts the first row of a playlist on the page', async () => {
      const { name, player } = fresh();
      player.setMuted(true);
      const { el, list } = await besidePlaylist(name);
      await list.updateComplete;
      expect(player.getState().track).to.equal(null);
      // What Play will start is on show, with its length, and a seek bar that cannot seek yet.
      await waitUntil(() => text(part(el, 'title')) === 'First show', 'the bar showing the first row');
      expect(text(part(el, 'subtitle'))).to.equal('Artist 1');
      expect(part<HTMLInputElement>(el, 'seek')!.disabled).to.equal(true);
      expect(text(part(el, 'time'))).to.equal('0:00 / 1:05');
      await waitUntil(() => / of /.test(part(el, 'seek')!.getAttribute('aria-valuetext') ?? ''), 'its length in words once the page is idle');
      expect(label(el, 'play-button')).to.equal('Play');
      expect(el.getAttribute('status')).to.equal('idle');
      await click(part(el, 'play-button')!);
      await advances(player);
      expect(player.getState().track?.title).to.equal('First show');
      await waitUntil(() => part<HTMLInputElement>(el, 'seek')?.disabled === false, 'the seek bar of what plays');
      await waitUntil(() => list.shadowRoot!.querySelector('[role="option"][aria-posinset="1"]')?.getAttribute('aria-current') === 'true', 'the first row marked as playing');
    });

    it('stops showing a playlist’s first row when the playlist leaves the page', async () => {
      const { name } = fresh();
      const { wrap, el, list } = await besidePlaylist(name);
      await waitUntil(() => text(part(el, 'title')) === 'First show', 'the bar showing the first row');
      list.remove();
      await waitUntil(() => text(part(el, 'title')) === 'Nothing playing', 'the bar idle again');
      wrap.append(list);
      await waitUntil(() => text(part(el, 'title')) === 'First show', 'the first row again once the list is back');
    });

    it('with two playlists, shows the first one’s first row, and the other’s once the first leaves', async () => {
      const { name } = fresh();
      const { wrap, el, list } = await besidePlaylist(name);
      const other = document.createElement('radio-playlist');
      other.setAttribute('player', name);
      other.items = queueOf('Sidebar show');
      wrap.append(other);
      await other.updateComplete;
      await waitUntil(() => text(part(el, 'title')) === 'First show', 'the first list’s row');
      await aTimeout(100);
      expect(text(part(el, 'title')), 'a later list does not take over').to.equal('First show');
      list.remove();
      await waitUntil(() => text(part(el, 'title')) === 'Sidebar show', 'the other list’s row once the first leaves');
      wrap.prepend(list);
      await aTimeout(100);
      expect(text(part(el, 'title')), 'the list that stayed keeps it').to.equal('Sidebar show');
      other.remove();
      await waitUntil(() => text(part(el, 'title')) === 'First show', 'the first list’s row again');
    });

    it('without src and with nothing to suggest, its Play does nothing and shows no error', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name}></audio-bar>`);
      await click(part(el, 'play-button')!);
      await aTimeout(300);
      expect(player.getState().status).to.equal('idle');
      expect(player.getState().error).to.equal(null);
      expect(text(part(el, 'title'))).to.equal('Nothing playing');
    });
  });

  describe('attributes', () => {
    it('makes a single-station bar from attributes and queues it without playing or downloading', async () => {
      const { name, player } = fresh();
      const src = `${LIVE}?single=${n}`;
      const el = await bar(html`<audio-bar
        player=${name}
        src=${src}
        heading="FlowFm92.7"
        subtitle="Araba Radio"
        cover="/test/fixtures/images/cover-2.svg"
        live
      ></audio-bar>`);
      expect(text(part(el, 'title'))).to.equal('FlowFm92.7');
      expect(text(part(el, 'subtitle'))).to.equal('Araba Radio');
      const cover = part<HTMLImageElement>(el, 'cover')!;
      expect(cover.getAttribute('alt')).to.equal('');
      expect(cover.src).to.match(/cover-2\.svg$/);
      expect(text(part(el, 'live-badge'))).to.equal('Live');
      const s = player.getState();
      expect(s.track?.src).to.equal(src);
      expect(s.track?.live).to.equal(true);
      expect(s.status).to.equal('idle');
      expect(player.media.paused).to.equal(true);
      const requests = (await executeServerCommand('audio-requests', { path: '/audio/fault/endless.mp3' })) as { search: string }[];
      expect(requests.filter((r) => r.search.includes(`single=${n}`))).to.have.length(0);
    });

    it('does not replace a track the player already has', async () => {
      const { name, player } = fresh();
      await player.setQueue(queueOf('Already here'), 0, false);
      const el = await bar(html`<audio-bar player=${name} src=${LIVE} heading="Station"></audio-bar>`);
      expect(player.getState().track?.title).to.equal('Already here');
      expect(text(part(el, 'title'))).to.equal('Already here');
    });

    it("starts a source that has data before it shows the click's feedback", async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name} src=${ON_DEMAND} heading="Jazz"></audio-bar>`);
      // The bar's source is in the player ahead of the click; here it is also buffered.
      player.media.preload = 'auto';
      await waitUntil(() => player.media.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA, 'the source to be buffered', { timeout: 20000 });
      await new Promise(requestAnimationFrame);
      const order: string[] = [];
      player.media.addEventListener('play', () => order.push('play'), { once: true });
      const seen = new MutationObserver(() => order.push('feedback'));
      seen.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true, characterData: true });
      seen.observe(el, { attributes: true });
      part(el, 'play-button')!.click();
      await advances(player, 0.3);
      await el.updateComplete;
      seen.disconnect();
      expect(order[0]).to.equal('play');
      expect(order).to.include('feedback');
      expect(label(el, 'play-button')).to.equal('Pause');
    });

    it('plays on a click: currentTime advances, the button switches to Pause, nr-play fires', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name} src=${ON_DEMAND} heading="Jazz" subtitle="FlowFM mix"></audio-bar>`);
      const played = oneEvent(document, 'nr-play');
      await click(part(el, 'play-button')!);
      await advances(player, 1);
      await played;
      await el.updateComplete;
      expect(label(el, 'play-button')).to.equal('Pause');
      expect(el.getAttribute('status')).to.equal('playing');
      const paused = oneEvent(document, 'nr-pause');
      await click(part(el, 'play-button')!);
      await paused;
      await el.updateComplete;
      expect(label(el, 'play-button')).to.equal('Play');
      expect(player.media.paused).to.equal(true);
    });

    it('shows a seek bar with elapsed and total time for on-demand audio, and seeks with it', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name} src=${ON_DEMAND} heading="Mix" lang="en"></audio-bar>`);
      await click(part(el, 'play-button')!);
      await advances(player);
      await el.updateComplete;
      const seek = part<HTMLInputElement>(el, 'seek')!;
      expect(seek.type).to.equal('range');
      expect(label(el, 'seek')).to.equal('Seek');
      expect(Number(seek.max)).to.be.closeTo(ON_DEMAND_SECONDS, 0.5);
      const total = ON_DEMAND_SECONDS === 60 ? '1:00' : '0:03';
      expect(text(part(el, 'time'))).to.match(new RegExp(`^0:0\\d / ${total}$`));
      await waitUntil(() => / of /.test(seek.getAttribute('aria-valuetext') ?? ''), 'the position in words (added once the page is idle)');
      expect(part(el, 'live-badge')).to.equal(null);
      if (ON_DEMAND_SECONDS >= 60) {
        seek.value = '30';
        seek.dispatchEvent(new Event('input', { bubbles: true }));
        seek.dispatchEvent(new Event('change', { bubbles: true }));
        await until(player, (s) => s.position >= 30, 'position 30');
        await el.updateComplete;
        expect(text(part(el, 'time'))).to.match(/^0:3\d \/ 1:00$/);
      }
    });

    it('shows LIVE and no seek bar for a live track, and now-playing metadata over the station title', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name}></audio-bar>`);
      await player.setQueue([{ title: 'Araba Radio', subtitle: 'FlowFm92.7', src: LIVE, live: true }], 0, false);
      await el.updateComplete;
      expect(text(part(el, 'live-badge'))).to.equal('Live');
      await click(part(el, 'play-button')!);
      await advances(player);
      await el.updateComplete;
      expect(text(part(el, 'live-badge'))).to.equal('Live');
      expect(part(el, 'seek')).to.equal(null);
      expect(part(el, 'time')).to.equal(null);
      expect(text(part(el, 'title'))).to.equal('Araba Radio');
      // Now-playing metadata (what the poller sets) wins over the station's own title.
      el.state = { nowPlaying: { title: 'Song title', artist: 'Singer' } };
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Song title');
      expect(text(part(el, 'subtitle'))).to.equal('Singer');
      el.state = { nowPlaying: { title: 'Jingle' } };
      await el.updateComplete;
      expect(text(part(el, 'subtitle'))).to.equal('Araba Radio');
      player.pause();
    });

    it('links the title through safeUrl only', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name}></audio-bar>`);
      await player.setQueue([{ title: 'Linked', src: ON_DEMAND, link: '/news/show' }], 0, false);
      await el.updateComplete;
      expect(part(el, 'title')!.tagName).to.equal('A');
      expect((part(el, 'title') as HTMLAnchorElement).href).to.equal(new URL('/news/show', document.baseURI).href);
      const other = fresh();
      const el2 = await bar(html`<audio-bar player=${other.name}></audio-bar>`);
      await other.player.setQueue([{ title: 'Evil', src: ON_DEMAND, link: 'javascript:alert(1)' }], 0, false);
      await el2.updateComplete;
      expect(part(el2, 'title')!.tagName).to.equal('SPAN');
      expect(el2.shadowRoot!.querySelector('a')).to.equal(null);
    });

    it('overrides labels through the labels attribute (JSON) and property, and ignores a malformed one', async () => {
      const { name } = fresh();
      const el = await bar(html`<audio-bar player=${name} labels='{"play":"Abspielen","queue":"Warteschlange"}'></audio-bar>`);
      expect(label(el, 'play-button')).to.equal('Abspielen');
      expect(label(el, 'queue-button')).to.equal('Warteschlange');
      el.labels = { ...el.labels, mute: 'Stumm', idle: 'Nichts läuft' };
      await el.updateComplete;
      expect(label(el, 'mute-button')).to.equal('Stumm');
      expect(text(part(el, 'title'))).to.equal('Nichts läuft');
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        el.setAttribute('labels', '{not json');
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(label(el, 'play-button')).to.equal('Play');
    });

    it('formats numbers for lang', async () => {
      const { name, player } = fresh();
      player.setVolume(0.5);
      await until(player, (s) => s.volume === 0.5, 'volume 0.5');
      const el = await bar(html`<audio-bar player=${name} lang="de-DE" src=${ON_DEMAND} heading="x"></audio-bar>`);
      await waitUntil(() => part(el, 'volume')!.getAttribute('aria-valuetext') === '50\u00a0%', 'the volume in German');
      el.setAttribute('lang', 'ar-EG');
      await el.updateComplete;
      expect(part(el, 'volume')!.getAttribute('aria-valuetext')).to.match(/^٥٠/);
      expect(text(part(el, 'time'))).to.equal('٠:٠٠ / --:--');
    });

    for (const position of ['bottom', 'top'] as const) {
      it(`position="${position}" fixes the bar and reserves its height on the page until removed`, async () => {
        const { name } = fresh();
        const prop = position === 'top' ? 'paddingTop' : 'paddingBottom';
        const before = parseFloat(getComputedStyle(document.body)[prop]);
        const el = await bar(html`<audio-bar player=${name} position=${position} src=${ON_DEMAND} heading="Fixed"></audio-bar>`);
        const rect = el.getBoundingClientRect();
        expect(getComputedStyle(el).position).to.equal('fixed');
        if (position === 'bottom') expect(rect.bottom).to.be.closeTo(window.innerHeight, 1);
        else expect(rect.top).to.be.closeTo(0, 1);
        await waitUntil(() => parseFloat(getComputedStyle(document.body)[prop]) >= before + rect.height - 1, 'body padding');
        expect(document.documentElement.style.getPropertyValue(`--nr-audio-bar-offset-${position}`)).to.equal(`${Math.ceil(rect.height)}px`);
        el.position = 'inline';
        await el.updateComplete;
        expect(parseFloat(getComputedStyle(document.body)[prop])).to.equal(before);
        el.position = position;
        await waitUntil(() => parseFloat(getComputedStyle(document.body)[prop]) > before, 'padding again');
        el.remove();
        expect(parseFloat(getComputedStyle(document.body)[prop])).to.equal(before);
        expect(document.documentElement.style.getPropertyValue(`--nr-audio-bar-offset-${position}`)).to.equal('');
      });
    }

    it('keeps long titles inside a 240 px sidebar, cut with an ellipsis and the full text in a tooltip', async () => {
      const { name, player } = fresh();
      const long = 'LOFI IN SPACE chill lofi beats to vibe to while the universe expands around you '.repeat(3).trim();
      const wrap = await fixture<HTMLElement>(html`<div style="inline-size: 240px"><audio-bar player=${name}></audio-bar></div>`);
      const el = wrap.querySelector('audio-bar')!;
      await player.setQueue([{ title: long, subtitle: 'Afro Lofi Beats and a very long artist name that goes on', src: ON_DEMAND }], 0, false);
      await el.updateComplete;
      const frame = part(el, 'bar')!;
      expect(el.getBoundingClientRect().width).to.equal(240);
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      const title = part(el, 'title')!;
      expect(title.getAttribute('title')).to.equal(long);
      expect(title.scrollWidth).to.be.greaterThan(title.clientWidth);
      expect(getComputedStyle(title).textOverflow).to.equal('ellipsis');
      for (const p of ['play-button', 'mute-button', 'queue-button']) {
        const r = part(el, p)!.getBoundingClientRect();
        expect(r.width, p).to.be.greaterThan(0);
        expect(r.right, p).to.be.at.most(el.getBoundingClientRect().right);
      }
      // Compact: the volume slider hides behind the mute button.
      expect(getComputedStyle(part(el, 'volume')!).display).to.equal('none');
    });

    it('mirrors its layout in RTL but keeps the transport controls in time order', async () => {
      const { name } = fresh();
      const wrap = await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 800px">
        <audio-bar player=${name} src=${ON_DEMAND} heading="مزيج الجاز" cover="/test/fixtures/images/cover-1.svg"></audio-bar>
      </div>`);
      const el = wrap.querySelector('audio-bar')!;
      await el.updateComplete;
      const x = (p: string) => part(el, p)!.getBoundingClientRect().left;
      expect(x('cover')).to.be.greaterThan(x('title'));
      expect(x('queue-button')).to.be.lessThan(x('mute-button'));
      expect(x('previous-button')).to.be.lessThan(x('play-button'));
      expect(x('play-button')).to.be.lessThan(x('next-button'));
    });

    it('persist restores the volume and track in a fresh player instance', async () => {
      const { name, player } = fresh();
      localStorage.removeItem(`nr-player:${name}`);
      const el = await bar(html`<audio-bar player=${name} persist src=${ON_DEMAND} heading="Remember me"></audio-bar>`);
      player.setVolume(0.3);
      player.setMuted(true);
      await until(player, (s) => s.volume === 0.3 && s.muted, 'volume 0.3, muted');
      el.remove();
      disposePlayer(name);
      const again = await bar(html`<audio-bar player=${name} persist></audio-bar>`);
      expect(getPlayer(name)).not.to.equal(player);
      await waitUntil(() => part(again, 'volume')!.getAttribute('aria-valuetext') === '30%', 'the restored volume', { timeout: 5000 });
      expect(part(again, 'mute-button')!.getAttribute('aria-pressed')).to.equal('true');
      expect(text(part(again, 'title'))).to.equal('Remember me');
      localStorage.removeItem(`nr-player:${name}`);
    });

    it('passes max-reconnect-attempts to the player', async () => {
      const { name, player } = fresh();
      await bar(html`<audio-bar player=${name} max-reconnect-attempts="2"></audio-bar>`);
      expect(player.options.maxReconnectAttempts).to.equal(2);
    });

    it('follows a change of the player attribute', async () => {
      const a = fresh();
      const b = fresh();
      await a.player.setQueue(queueOf('From A'), 0, false);
      await b.player.setQueue(queueOf('From B'), 0, false);
      const el = await bar(html`<audio-bar player=${a.name}></audio-bar>`);
      expect(text(part(el, 'title'))).to.equal('From A');
      el.player = b.name;
      await el.updateComplete;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('From B');
    });
  });

  describe('queue', () => {
    it('opens and closes the queue, plays a chosen track, and returns focus on Escape', async () => {
      const { name, player } = fresh();
      await player.setQueue(queueOf('One', 'Two', 'Three'), 0, false);
      const el = await bar(html`<audio-bar player=${name}></audio-bar>`);
      const toggle = part(el, 'queue-button')!;
      const queue = part(el, 'queue')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(queue.id);
      expect(queue.hidden).to.equal(true);
      await click(toggle);
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(queue.hidden).to.equal(false);
      const items = [...queue.querySelectorAll('button')];
      expect(items.map((b) => text(b.querySelector('.title')))).to.deep.equal(['One', 'Two', 'Three']);
      expect(items[0].getAttribute('aria-current')).to.equal('true');

      const changed = oneEvent(document, 'nr-track-change');
      await click(items[1]);
      await changed;
      await advances(player);
      await el.updateComplete;
      expect(player.getState().index).to.equal(1);
      expect(text(part(el, 'title'))).to.equal('Two');
      expect(items[1].getAttribute('aria-current')).to.equal('true');

      items[1].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(items[2]);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(el.shadowRoot!.activeElement).to.equal(items[0]);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(queue.hidden).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      player.pause();
    });

    it('says so when the queue is empty', async () => {
      const { name } = fresh();
      const el = await bar(html`<audio-bar player=${name}></audio-bar>`);
      part(el, 'queue-button')!.click();
      await el.updateComplete;
      expect(text(part(el, 'queue'))).to.equal('The queue is empty.');
    });
  });

  describe('keyboard', () => {
    it('Space and K toggle playback; Space on a focused button only presses that button', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name} src=${ON_DEMAND} heading="Keys"></audio-bar>`);
      part(el, 'volume')!.focus();
      await sendKeys({ press: ' ' });
      await advances(player);
      await el.updateComplete;
      expect(label(el, 'play-button')).to.equal('Pause');
      await sendKeys({ press: 'k' });
      await until(player, (s) => s.status === 'paused', 'paused');
      part(el, 'mute-button')!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(player.getState().muted).to.equal(true);
      expect(player.getState().status).to.equal('paused');
    });

    it('M mutes, ↑/↓ change the volume, ←/→ seek 5 s on-demand', async () => {
      const { name, player } = fresh();
      player.setVolume(0.5);
      const el = await bar(html`<audio-bar player=${name} src=${ON_DEMAND} heading="Keys"></audio-bar>`);
      part(el, 'play-button')!.focus();
      await sendKeys({ press: ' ' }); // native button activation: play
      await advances(player);
      await sendKeys({ press: 'm' });
      await until(player, (s) => s.muted, 'muted');
      await el.updateComplete;
      expect(part(el, 'mute-button')!.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'M' });
      await until(player, (s) => !s.muted, 'unmuted');
      await sendKeys({ press: 'ArrowUp' });
      await until(player, (s) => Math.abs(s.volume - 0.6) < 0.001, 'volume 0.6');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await until(player, (s) => Math.abs(s.volume - 0.4) < 0.001, 'volume 0.4');
      await el.updateComplete;
      expect(part(el, 'volume')!.getAttribute('aria-valuetext')).to.equal('40%');
      if (ON_DEMAND_SECONDS >= 60) {
        const from = player.media.currentTime;
        await sendKeys({ press: 'ArrowRight' });
        await until(player, (s) => s.position >= from + 4.5, 'seek +5 s');
        const at = player.media.currentTime;
        await sendKeys({ press: 'ArrowLeft' });
        await until(player, (s) => s.position <= at - 4, 'seek -5 s');
      }
      player.pause();
    });

    it('←/→ change the volume of a live stream; a focused slider keeps its own arrows', async () => {
      const { name, player } = fresh();
      player.setVolume(0.5);
      const el = await bar(html`<audio-bar player=${name} src=${LIVE} heading="Live" live></audio-bar>`);
      part(el, 'mute-button')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await until(player, (s) => Math.abs(s.volume - 0.4) < 0.001, 'volume 0.4');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await until(player, (s) => Math.abs(s.volume - 0.6) < 0.001, 'volume 0.6');
      const slider = part<HTMLInputElement>(el, 'volume')!;
      slider.focus();
      await sendKeys({ press: 'ArrowUp' });
      await until(player, (s) => Math.abs(s.volume - 0.61) < 0.001, 'volume 0.61 (the slider’s own 1 % step)');
      expect(player.getState().status).to.equal('idle');
    });

    it('N and P move through the queue; keys with modifiers are left alone', async () => {
      const { name, player } = fresh();
      await player.setQueue(queueOf('One', 'Two', 'Three'), 0, false);
      const el = await bar(html`<audio-bar player=${name}></audio-bar>`);
      part(el, 'play-button')!.focus();
      await sendKeys({ press: 'n' });
      await until(player, (s) => s.index === 1, 'index 1');
      await sendKeys({ press: 'N' });
      await until(player, (s) => s.index === 2, 'index 2');
      await sendKeys({ press: 'p' });
      await until(player, (s) => s.index === 1, 'index 1 again');
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Two');
      // (Synthetic: WebDriver classic cannot send key combinations through sendKeys.)
      const ctrlM = new KeyboardEvent('keydown', { key: 'm', ctrlKey: true, bubbles: true, composed: true, cancelable: true });
      part(el, 'play-button')!.dispatchEvent(ctrlM);
      expect(ctrlM.defaultPrevented).to.equal(false);
      expect(player.getState().muted).to.equal(false);
      player.pause();
    });

    it('ignores keys pressed outside the bar', async () => {
      const { name, player } = fresh();
      const wrap = await fixture<HTMLElement>(html`<div><button id="outside">Outside</button><audio-bar player=${name} src=${ON_DEMAND} heading="x"></audio-bar></div>`);
      wrap.querySelector<HTMLButtonElement>('#outside')!.focus();
      await sendKeys({ press: 'm' });
      await sendKeys({ press: 'k' });
      expect(player.getState().muted).to.equal(false);
      expect(player.getState().status).to.equal('idle');
    });
  });

  describe('announcements', () => {
    it('announces the track that starts in a polite live region', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name} src=${ON_DEMAND} heading="Jazz" subtitle="FlowFM mix"></audio-bar>`);
      const region = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(text(region)).to.equal('');
      await click(part(el, 'play-button')!);
      await advances(player);
      await el.updateComplete;
      expect(text(region)).to.equal('Now playing: Jazz, FlowFM mix');
      player.pause();
    });

    it('throttles announcements: the first goes out at once, then only the latest per interval', async () => {
      const said: string[] = [];
      const a = new Announcer((t) => said.push(t), 300);
      a.announce('one');
      a.announce('two');
      a.announce('three');
      a.announce('three');
      expect(said).to.deep.equal(['one']);
      await waitUntil(() => said.length === 2, 'the pending announcement');
      expect(said).to.deep.equal(['one', 'three']);
      a.announce('three');
      a.cancel();
      await aTimeout(400);
      expect(said).to.deep.equal(['one', 'three']);
    });
  });

  describe('error state', () => {
    it('shows a 404 as an alert with Retry, which loads the file again', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name} src="/audio/fault/404.mp3" heading="Missing show"></audio-bar>`);
      const failed = oneEvent(document, 'nr-error');
      await click(part(el, 'play-button')!);
      await failed;
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('error');
      const alert = part(el, 'error')!.querySelector('[role="alert"]')!;
      expect(text(alert)).to.match(/could not/i);
      const retry = part<HTMLButtonElement>(el, 'retry-button')!;
      expect(text(retry)).to.equal('Retry');
      const before = ((await executeServerCommand('audio-requests', { path: '/audio/fault/404.mp3' })) as unknown[]).length;
      const statuses: string[] = [];
      const off = player.subscribe((s) => statuses.push(s.status));
      await click(retry);
      await until(player, () => statuses.includes('loading') && player.getState().status === 'error', 'loading, then error again');
      off();
      const after = ((await executeServerCommand('audio-requests', { path: '/audio/fault/404.mp3' })) as unknown[]).length;
      expect(after).to.be.greaterThan(before);
      // The rest of the bar keeps working.
      expect((part(el, 'mute-button') as HTMLButtonElement).disabled).to.equal(false);
    });

    it('shows "Reconnecting… (attempt n)" while a stalled live stream reconnects, then plays again', async () => {
      const { name, player } = fresh({ watchdogTimeout: 1500, stalledTimeout: 1500, reconnectBaseDelay: 300, reconnectMaxDelay: 600 });
      // About 8 s of audio, then the server keeps the socket open and sends nothing.
      const el = await bar(html`<audio-bar player=${name} src="/audio/fault/stall.mp3?bytes=64000" heading="Stalling FM" live></audio-bar>`);
      await click(part(el, 'play-button')!);
      await advances(player, 0.3);
      const reconnect = oneEvent(document, 'nr-reconnect');
      await until(player, (s) => s.status === 'reconnecting', 'reconnecting');
      await reconnect;
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('Reconnecting… (attempt 1)');
      expect(label(el, 'play-button')).to.equal('Pause');
      expect(el.getAttribute('status')).to.equal('reconnecting');
      await advances(player, 0.3);
      await el.updateComplete;
      expect(part(el, 'status')).to.equal(null);
      player.pause();
    });

    it('gives up on a live stream that never comes back: error text and Retry', async () => {
      const { name, player } = fresh({ reconnectBaseDelay: 200, reconnectMaxDelay: 400 });
      const el = await bar(html`<audio-bar player=${name} src="/audio/fault/404.mp3?live" heading="Gone FM" live max-reconnect-attempts="2"></audio-bar>`);
      const seen = new Set<string>();
      const off = player.subscribe(() => void el.updateComplete.then(() => seen.add(text(part(el, 'status')))));
      await click(part(el, 'play-button')!);
      await until(player, (s) => s.status === 'error', 'gave up');
      off();
      await el.updateComplete;
      expect([...seen]).to.include('Reconnecting… (attempt 1)');
      expect([...seen]).to.include('Reconnecting… (attempt 2)');
      expect(player.getState().error?.kind).to.equal('gave-up');
      expect(text(part(el, 'error')!.querySelector('[role="alert"]'))).to.equal('The stream is not responding.');
      expect(part(el, 'retry-button')).to.exist;
    });

    it('shows "Press play to listen" when the browser blocks autoplay', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name} src=${ON_DEMAND} heading="Blocked"></audio-bar>`);
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
      try {
        await player.play();
      } finally {
        HTMLMediaElement.prototype.play = play;
      }
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('Press play to listen');
      expect(label(el, 'play-button')).to.equal('Play');
      expect(part(el, 'error')).to.equal(null);
    });

    it('offers to take over when another tab is playing', async () => {
      const { name, player } = fresh();
      const el = await bar(html`<audio-bar player=${name} src=${ON_DEMAND} heading="Here"></audio-bar>`);
      el.state = { playingElsewhere: { title: 'There' } };
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('Listening in another tab');
      const takeOver = part(el, 'take-over-button')!;
      expect(text(takeOver)).to.equal('Listen here');
      await click(takeOver);
      await advances(player);
    });

    it('never throws on bad attribute values', async () => {
      const { name } = fresh();
      const el = await bar(html`<audio-bar player=${name} position="sideways" max-reconnect-attempts="lots" src="javascript:alert(1)"></audio-bar>`);
      expect(el.position).to.equal('inline');
      expect(el).to.be.instanceOf(AudioBar);
    });
  });
});
