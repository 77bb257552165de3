import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { defineElements, NewsCard, WIDGET_AREA_EMPTY_TEXT, type WidgetArea, type WidgetLayout } from '../../src/index.js';

const LAYOUT_URL = '/test/fixtures/widget-area/layout.json';
const FRAME_PATH = '/test/fixtures/widget-area/customizer.html';
const text = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: WidgetArea, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const parts = (el: WidgetArea, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const titles = (el: WidgetArea) => parts(el, 'title').map(text);
/** Widget elements in light-DOM order (what page CSS and crawlers see). */
const lightWidgets = (el: WidgetArea) => [...el.children].filter((c) => c.slot.startsWith('nr-widget-'));
/** Text of the slotted widget elements, in the order they are shown. */
const shownHeadings = (el: WidgetArea) =>
  parts(el, 'widget').map((frame) => {
    const node = frame.querySelector('slot')!.assignedElements()[0];
    return node?.getAttribute('heading') ?? text(node);
  });

const card = (heading: string, extra: Record<string, string | number | boolean | null> = {}) => ({
  widget: 'news-card',
  attributes: { heading, href: `/news/${heading.toLowerCase().replace(/\W+/g, '-')}`, layout: 'compact', ...extra },
});

const threeCards = (): WidgetLayout => [
  { ...card('Ferry timetable', { date: '2026-11-20' }), title: 'Latest news', id: 'ferry' },
  { ...card('Market reopens'), id: 'market' },
  { ...card('Budget vote'), id: 'budget' },
];

/** Resolves with the next `message` event of this window whose data has the layout type. */
function nextLayoutMessage(): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.data?.type !== 'nr-widget-area-layout') return;
      window.removeEventListener('message', onMessage);
      resolve(e);
    };
    window.addEventListener('message', onMessage);
  });
}

function captureConsole(level: 'warn' | 'error') {
  const calls: unknown[][] = [];
  const original = console[level];
  console[level] = (...args: unknown[]) => void calls.push(args);
  return { calls, restore: () => (console[level] = original) };
}

/** A 2 s looping tone as a WAV blob URL (8 kHz mono), for the "keeps playing" probe. */
function toneUrl(): string {
  const rate = 8000;
  const n = rate * 2;
  const buf = new DataView(new ArrayBuffer(44 + n * 2));
  const str = (o: number, s: string) => [...s].forEach((c, i) => buf.setUint8(o + i, c.charCodeAt(0)));
  str(0, 'RIFF');
  buf.setUint32(4, 36 + n * 2, true);
  str(8, 'WAVEfmt ');
  buf.setUint32(16, 16, true);
  buf.setUint16(20, 1, true);
  buf.setUint16(22, 1, true);
  buf.setUint32(24, rate, true);
  buf.setUint32(28, rate * 2, true);
  buf.setUint16(32, 2, true);
  buf.setUint16(34, 16, true);
  str(36, 'data');
  buf.setUint32(40, n * 2, true);
  for (let i = 0; i < n; i++) buf.setInt16(44 + i * 2, Math.round(Math.sin((2 * Math.PI * 220 * i) / rate) * 3000), true);
  return URL.createObjectURL(new Blob([buf], { type: 'audio/wav' }));
}

/** Stands in for a playlist that is playing: an element with a looping, playing <audio>. */
class ProbePlaylist extends HTMLElement {
  audio = document.createElement('audio');
  pauses = 0;
  connectedCallback() {
    if (this.audio.src) return;
    this.audio.muted = true;
    this.audio.loop = true;
    this.audio.src = toneUrl();
    this.audio.addEventListener('pause', () => this.pauses++);
    this.attachShadow({ mode: 'open' }).append(this.audio);
  }
}
customElements.define('probe-radio-playlist', ProbePlaylist);

describe('<widget-area>', () => {
  it('passes axe with titled widgets, and when empty', async () => {
    const el = await fixture<WidgetArea>(html`<widget-area .layout=${threeCards()}></widget-area>`);
    await expect(el).to.be.accessible();
    const empty = await fixture<WidgetArea>(html`<widget-area></widget-area>`);
    await expect(empty).to.be.accessible();
  });

  describe('layout sources', () => {
    it('reads inline <script type="application/json">', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area>
        <script type="application/json">
          [{ "widget": "news-card", "title": "Top story", "attributes": { "heading": "Inline card", "layout": "compact" } }]
        </script>
      </widget-area>`);
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(titles(el)).to.deep.equal(['Top story']);
      const widget = el.widgets[0] as NewsCard;
      expect(widget).to.be.instanceOf(NewsCard);
      expect(widget.parentElement).to.equal(el);
      await widget.updateComplete;
      expect(text(widget.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Inline card');
    });

    it('follows changes of the inline JSON', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area><script type="application/json">[]</script></widget-area>`);
      expect(el.status).to.equal('empty');
      el.querySelector('script')!.textContent = JSON.stringify([card('Now there is one')]);
      await oneEvent(el, 'nr-load');
      expect(shownHeadings(el)).to.deep.equal(['Now there is one']);
    });

    it('loads `src`, showing a loading state first, and fires nr-load', async () => {
      const el = document.createElement('widget-area');
      el.src = LAYOUT_URL;
      const loaded = oneEvent(el, 'nr-load');
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.append(el);
      await el.updateComplete;
      if (el.status === 'loading') {
        expect(part(el, 'loading')!.getAttribute('aria-busy')).to.equal('true');
      }
      const { detail } = await loaded;
      expect(detail.count).to.equal(3);
      expect(detail.url).to.match(/layout\.json$/);
      expect(el.getAttribute('status')).to.equal('ready');
      expect(titles(el)).to.deep.equal(['Latest news', 'About the station']);
      expect(shownHeadings(el).slice(0, 2)).to.deep.equal(['Harbour ferry gets a night timetable', 'Market square reopens after repairs']);
      // html widgets render once the lazily loaded sanitizer arrives
      await waitUntil(() => text(el.widgets[2]) !== '', 'html widget rendered');
      expect(text(el.widgets[2])).to.equal('FlowFM broadcasts from the old harbour.');
    });

    it('takes the `layout` property and the `layout` attribute (JSON), which win over src', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area src=${LAYOUT_URL} .layout=${[card('From the property')]}></widget-area>`);
      expect(shownHeadings(el)).to.deep.equal(['From the property']);
      el.setAttribute('layout', JSON.stringify([card('From the attribute'), card('Second')]));
      await el.updateComplete;
      expect(shownHeadings(el)).to.deep.equal(['From the attribute', 'Second']);
      const loaded = oneEvent(el, 'nr-load');
      el.removeAttribute('layout');
      await loaded;
      expect(el.widgets).to.have.length(3);
    });

    it('accepts { "widgets": [...] }', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area layout=${JSON.stringify({ widgets: [card('Wrapped')] })}></widget-area>`);
      expect(shownHeadings(el)).to.deep.equal(['Wrapped']);
    });
  });

  describe('live update', () => {
    it('keeps unchanged widgets as the same nodes and updates attributes in place', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area .layout=${threeCards()}></widget-area>`);
      const [ferry, market, budget] = el.widgets;
      const removed: Node[] = [];
      const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
      observer.observe(el, { childList: true });

      const next = threeCards();
      next[0].attributes = { ...next[0].attributes, heading: 'Ferry timetable changed', date: null };
      next[1].title = 'Also today';
      el.layout = next;
      await el.updateComplete;
      await nextFrame();
      observer.disconnect();

      expect(el.widgets).to.deep.equal([ferry, market, budget]);
      expect(removed, 'no widget left the DOM').to.deep.equal([]);
      expect(ferry.getAttribute('heading')).to.equal('Ferry timetable changed');
      expect(ferry.hasAttribute('date')).to.equal(false);
      expect(titles(el)).to.deep.equal(['Latest news', 'Also today']);
      await (ferry as NewsCard).updateComplete;
      expect(text(ferry.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Ferry timetable changed');
    });

    it('moves reordered widgets, adds new ones and removes dropped ones', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area .layout=${threeCards()}></widget-area>`);
      const [ferry, market, budget] = el.widgets;
      const [a, b, c] = threeCards();
      el.layout = [c, card('Brand new'), a];
      await el.updateComplete;
      expect(el.widgets[0]).to.equal(budget);
      expect(el.widgets[2]).to.equal(ferry);
      expect(market.isConnected).to.equal(false);
      expect(lightWidgets(el)).to.deep.equal(el.widgets);
      expect(shownHeadings(el)).to.deep.equal(['Budget vote', 'Brand new', 'Ferry timetable']);
      el.layout = [a, b];
      await el.updateComplete;
      expect(el.widgets[0]).to.equal(ferry);
      expect(shownHeadings(el)).to.deep.equal(['Ferry timetable', 'Market reopens']);
    });

    it('matches widgets without id by type and position among their type', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area .layout=${[card('One'), { widget: 'html', content: '<p>x</p>' }]}></widget-area>`);
      const [one, htmlWidget] = el.widgets;
      el.layout = [{ widget: 'html', content: '<p>x</p>' }, card('One, edited')];
      await el.updateComplete;
      expect(el.widgets).to.deep.equal([htmlWidget, one]);
      expect(one.getAttribute('heading')).to.equal('One, edited');
    });

    it('a playing widget keeps playing through updates around it', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area
        tag-prefix="probe"
        .layout=${[card('Above'), { widget: 'radio-playlist', id: 'radio', title: 'Radio' }]}
      ></widget-area>`);
      const probe = el.widgets[1] as ProbePlaylist;
      expect(probe).to.be.instanceOf(ProbePlaylist);
      await probe.audio.play();
      const startedAt = probe.audio.currentTime;
      el.layout = [{ widget: 'radio-playlist', id: 'radio', title: 'Radio, renamed', attributes: { 'aria-label': 'Stations' } }, card('Below now'), card('Another')];
      await el.updateComplete;
      expect(el.widgets[0]).to.equal(probe);
      await oneEvent(probe.audio, 'timeupdate');
      await oneEvent(probe.audio, 'timeupdate');
      expect(probe.audio.paused).to.equal(false);
      expect(probe.pauses).to.equal(0);
      expect(probe.audio.currentTime).to.be.greaterThan(startedAt);
      probe.audio.pause();
    });
  });

  describe('postMessage from a Customizer', () => {
    const message = (layout: WidgetLayout, area = 'sidebar') => ({ type: 'nr-widget-area-layout', area, layout });
    const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const otherOrigin = `${location.protocol}//${otherHost}:${location.port}`;

    async function fromFrame(data: object, attrs: Record<string, string> = {}) {
      const frame = document.createElement('iframe');
      frame.title = 'Customizer preview';
      Object.entries(attrs).forEach(([k, v]) => frame.setAttribute(k, v));
      if (!attrs.srcdoc) frame.src = `${otherOrigin}${FRAME_PATH}#${encodeURIComponent(JSON.stringify(data))}`;
      const received = nextLayoutMessage();
      document.body.append(frame);
      const event = await received;
      frame.remove();
      return event;
    }

    it('applies a layout from a cross-origin frame listed in allow-origin', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area name="sidebar" allow-origin="https://cms.example ${otherOrigin}"></widget-area>`);
      const event = await fromFrame(message([card('Sent by the Customizer')]));
      expect(event.origin).to.equal(otherOrigin);
      await el.updateComplete;
      expect(shownHeadings(el)).to.deep.equal(['Sent by the Customizer']);
    });

    it('ignores a cross-origin frame that is not allowed, with one warning', async () => {
      const warn = captureConsole('warn');
      try {
        const el = await fixture<WidgetArea>(html`<widget-area name="sidebar" allow-origin="https://cms.example" .layout=${[card('Kept')]}></widget-area>`);
        await fromFrame(message([card('Injected')]));
        await fromFrame(message([card('Injected again')]));
        await el.updateComplete;
        expect(shownHeadings(el)).to.deep.equal(['Kept']);
        expect(warn.calls).to.have.length(1);
        expect(String(warn.calls[0][0])).to.contain(otherOrigin);
      } finally {
        warn.restore();
      }
    });

    it('ignores a sandboxed frame (origin "null") even with allow-origin null', async () => {
      const warn = captureConsole('warn');
      try {
        const el = await fixture<WidgetArea>(html`<widget-area name="sidebar" allow-origin="null" .layout=${[card('Kept')]}></widget-area>`);
        const data = JSON.stringify(message([card('Injected')]));
        const event = await fromFrame({}, { sandbox: 'allow-scripts', srcdoc: `<script>parent.postMessage(${data}, '*')</script>` });
        expect(event.origin).to.equal('null');
        await el.updateComplete;
        expect(shownHeadings(el)).to.deep.equal(['Kept']);
        expect(warn.calls).to.have.length(1);
      } finally {
        warn.restore();
      }
    });

    it('rejects the page\'s own origin unless it is listed', async () => {
      const warn = captureConsole('warn');
      try {
        const el = await fixture<WidgetArea>(html`<widget-area id="side" allow-origin="https://cms.example" .layout=${[card('Kept')]}></widget-area>`);
        let received = nextLayoutMessage();
        window.postMessage(message([card('Same origin')], 'side'), '*');
        await received;
        await el.updateComplete;
        expect(shownHeadings(el)).to.deep.equal(['Kept']);
        expect(warn.calls).to.have.length(1);

        el.allowOrigin = `https://cms.example ${location.origin}`;
        received = nextLayoutMessage();
        window.postMessage(message([card('Same origin, allowed')], 'side'), '*');
        await received;
        await el.updateComplete;
        expect(shownHeadings(el)).to.deep.equal(['Same origin, allowed']);
      } finally {
        warn.restore();
      }
    });

    it('only takes messages addressed to its id or name', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area name="sidebar" allow-origin="https://cms.example" .layout=${[card('Kept')]}></widget-area>`);
      const send = (area: string, heading: string) =>
        window.dispatchEvent(new MessageEvent('message', { origin: 'https://cms.example', data: message([card(heading)], area) }));
      send('footer', 'For the footer');
      await el.updateComplete;
      expect(shownHeadings(el)).to.deep.equal(['Kept']);
      send('sidebar', 'For the sidebar');
      await el.updateComplete;
      expect(shownHeadings(el)).to.deep.equal(['For the sidebar']);
    });
  });

  describe('empty state', () => {
    it('shows the reference text when the area holds nothing', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area></widget-area>`);
      expect(el.getAttribute('status')).to.equal('empty');
      expect(text(part(el, 'empty'))).to.equal(
        'This area can contain widgets, menus, shortcodes and custom content. You can manage it from the Customizer, in the Second layer section.',
      );
      expect(WIDGET_AREA_EMPTY_TEXT).to.equal(text(part(el, 'empty')));
      expect(part(el, 'list')!.hidden).to.equal(true);
    });

    it('takes empty-text and slot="empty", and returns when the last widget goes', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area empty-text="Nothing here yet."></widget-area>`);
      expect(text(part(el, 'empty'))).to.equal('Nothing here yet.');
      const slotted = await fixture<WidgetArea>(html`<widget-area><p slot="empty">Add widgets in the <a href="/customize">Customizer</a>.</p></widget-area>`);
      const slot = part(slotted, 'empty')!.querySelector('slot')!;
      expect(text(slot.assignedElements()[0])).to.equal('Add widgets in the Customizer.');
      slotted.layout = [card('One')];
      await slotted.updateComplete;
      expect(part(slotted, 'empty')).to.equal(null);
      slotted.layout = [];
      await slotted.updateComplete;
      expect(slotted.status).to.equal('empty');
      expect(part(slotted, 'empty')).to.not.equal(null);
    });
  });

  describe('html widgets', () => {
    it('are sanitized: scripts and handlers never run', async () => {
      const w = window as unknown as { __nrPwned: number };
      w.__nrPwned = 0;
      const el = await fixture<WidgetArea>(html`<widget-area
        .layout=${[
          {
            widget: 'html',
            title: 'About',
            content:
              '<p onclick="window.__nrPwned=1">Hello <b>there</b></p><img src="/missing-image.png" alt="" onerror="window.__nrPwned=2">' +
              '<script>window.__nrPwned=3</script><a href="javascript:window.__nrPwned=4">link</a><style>body{display:none}</style>',
          },
        ]}
      ></widget-area>`);
      const widget = el.widgets[0];
      expect(widget.localName).to.equal('div');
      expect(text(widget.querySelector('p'))).to.equal('Hello there');
      expect(widget.querySelector('script, style, [onclick], [onerror]')).to.equal(null);
      expect(widget.querySelector('a')!.hasAttribute('href')).to.equal(false);
      const img = widget.querySelector('img')!;
      await new Promise((resolve) => (img.complete ? resolve(null) : img.addEventListener('error', resolve, { once: true })));
      widget.querySelector('p')!.click();
      expect(w.__nrPwned).to.equal(0);
      expect(getComputedStyle(document.body).display).to.not.equal('none');
    });
  });

  describe('validation', () => {
    it('skips unknown widgets with ONE console warning', async () => {
      const warn = captureConsole('warn');
      try {
        const layout = [{ widget: 'calendar' }, card('Valid'), { widget: 'script', attributes: {} }, { nope: true }];
        const el = await fixture<WidgetArea>(html`<widget-area .layout=${layout}></widget-area>`);
        expect(shownHeadings(el)).to.deep.equal(['Valid']);
        el.headingLevel = 3;
        el.layout = layout as WidgetLayout;
        await el.updateComplete;
        expect(warn.calls).to.have.length(1);
        expect(String(warn.calls[0][0])).to.contain('"calendar"').and.contain('"script"');
      } finally {
        warn.restore();
      }
    });

    it('sets only allowed attributes with string, number or boolean values', async () => {
      const warn = captureConsole('warn');
      try {
        const el = await fixture<WidgetArea>(html`<widget-area
          .layout=${[
            {
              widget: 'news-card',
              attributes: {
                heading: 'Safe',
                onclick: 'alert(1)',
                onmouseover: 'alert(2)',
                style: 'position:fixed;inset:0',
                slot: 'x',
                Heading: 'upper',
                'data-rank': 2,
                hidden: false,
                'heading-level': 4,
                lang: true,
                excerpt: { html: '<b>x</b>' },
              },
            },
          ]}
        ></widget-area>`);
        const widget = el.widgets[0];
        const names = widget.getAttributeNames().filter((n) => !['slot', 'layout', 'status', 'data-nr-theme'].includes(n)).sort();
        expect(names).to.deep.equal(['data-rank', 'heading', 'heading-level', 'lang']);
        expect(widget.getAttribute('data-rank')).to.equal('2');
        expect(widget.getAttribute('lang')).to.equal('');
        expect(widget.slot).to.match(/^nr-widget-/);
        expect(warn.calls).to.have.length(1);
      } finally {
        warn.restore();
      }
    });
  });

  describe('error state', () => {
    it('shows an alert with Retry and fires nr-error when src fails', async () => {
      const el = document.createElement('widget-area');
      el.src = '/test/fixtures/widget-area/missing.json';
      const failed = oneEvent(el, 'nr-error');
      const error = captureConsole('error');
      try {
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        const { detail } = await failed;
        expect(detail.kind).to.equal('http');
        expect(detail.status).to.equal(404);
        await el.updateComplete;
        expect(el.getAttribute('status')).to.equal('error');
        expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
        expect(text(part(el, 'error'))).to.contain('404');
        expect(part(el, 'retry-button')).to.not.equal(null);
        expect(error.calls).to.have.length(1);
      } finally {
        error.restore();
      }
    });

    it('keeps the last good widgets when a layout is not valid JSON', async () => {
      const error = captureConsole('error');
      try {
        const el = await fixture<WidgetArea>(html`<widget-area .layout=${[card('Good')]}></widget-area>`);
        const good = el.widgets[0];
        const failed = oneEvent(el, 'nr-error');
        el.setAttribute('layout', '[{ "widget": "news-card", ');
        const { detail } = await failed;
        expect(detail.kind).to.equal('parse');
        expect(el.status).to.equal('error');
        expect(el.widgets).to.deep.equal([good]);
        expect(good.isConnected).to.equal(true);
        let again = 0;
        el.addEventListener('nr-error', () => again++);
        el.headingLevel = 3;
        await el.updateComplete;
        expect(again, 'one nr-error per failure').to.equal(0);
        expect(error.calls).to.have.length(1);
        el.setAttribute('layout', JSON.stringify([card('Good')]));
        await el.updateComplete;
        expect(el.status).to.equal('ready');
        expect(part(el, 'error')).to.equal(null);
        expect(el.widgets[0]).to.equal(good);
      } finally {
        error.restore();
      }
    });
  });

  describe('headings, prefixes, theming and layout', () => {
    it('renders titles as headings at heading-level', async () => {
      const el = await fixture<WidgetArea>(html`<widget-area .layout=${threeCards()}></widget-area>`);
      expect(part(el, 'title')!.localName).to.equal('h2');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(part(el, 'title')!.localName).to.equal('h4');
      expect(text(part(el, 'title'))).to.equal('Latest news');
    });

    it('creates prefixed tags with tag-prefix', async () => {
      defineElements({ prefix: 'wa' });
      const el = await fixture<WidgetArea>(html`<widget-area tag-prefix="wa" .layout=${[card('Prefixed')]}></widget-area>`);
      expect(el.widgets[0].localName).to.equal('wa-news-card');
      expect(el.widgets[0]).to.be.instanceOf(NewsCard);
      el.tagPrefix = '';
      await el.updateComplete;
      expect(el.widgets[0].localName).to.equal('news-card');
      expect(el.querySelectorAll('wa-news-card')).to.have.length(0);
    });

    it('reads --nr-* tokens set on an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--nr-color-accent: rgb(0, 128, 0)">
        <widget-area .layout=${threeCards()}></widget-area>
      </div>`);
      const el = wrapper.querySelector('widget-area')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'title')!).borderBlockEndColor).to.equal('rgb(0, 128, 0)');
    });

    it('passes theme="dark" on an ancestor down to the widgets', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div theme="dark"><widget-area .layout=${threeCards()}></widget-area></div>`);
      const el = wrapper.querySelector('widget-area')!;
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(el.widgets[0]).colorScheme).to.equal('dark');
      expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(232, 233, 237)');
    });

    for (const width of [240, 1200]) {
      it(`fits ${width} px without horizontal overflow`, async () => {
        const layout: WidgetLayout = [
          ...threeCards(),
          { widget: 'html', title: 'A very long title: Supercalifragilisticexpialidocious-and-more', content: '<p>Pneumonoultramicroscopicsilicovolcanoconiosis everywhere</p>' },
        ];
        const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"><widget-area .layout=${layout}></widget-area></div>`);
        const el = wrapper.querySelector('widget-area')!;
        await el.updateComplete;
        await Promise.all(el.widgets.map((w) => (w as NewsCard).updateComplete));
        const box = el.getBoundingClientRect();
        expect(box.width).to.equal(width);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        for (const frame of parts(el, 'widget')) {
          const r = frame.getBoundingClientRect();
          expect(r.left).to.be.at.least(box.left - 0.5);
          expect(r.right).to.be.at.most(box.right + 0.5);
        }
        const lefts = new Set(parts(el, 'widget').map((f) => Math.round(f.getBoundingClientRect().left)));
        if (width === 240) expect(lefts.size, 'columns').to.equal(1);
        else expect(lefts.size, 'columns').to.be.at.least(3);
      });
    }

    it('lays columns out right to left in RTL', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size: 1200px"><widget-area .layout=${threeCards()}></widget-area></div>`);
      const el = wrapper.querySelector('widget-area')!;
      await el.updateComplete;
      const [first, second] = parts(el, 'widget').map((f) => f.getBoundingClientRect());
      expect(first.right).to.be.greaterThan(second.right);
    });
  });
});
