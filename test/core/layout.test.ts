import { expect } from '@open-wc/testing';
import { LayoutError, parseLayout, reconcile, type LiveWidget, type WidgetEntry } from '../../src/core/layout.js';

describe('layout parsing', () => {
  it('parses JSON text, arrays and { widgets }', () => {
    const spec = [{ widget: 'news-card', title: ' Latest ', attributes: { heading: 'A', rank: 2, open: true, closed: false, none: null } }];
    for (const input of [JSON.stringify(spec), spec, { widgets: spec }]) {
      const { widgets, problems } = parseLayout(input);
      expect(problems).to.deep.equal([]);
      expect(widgets).to.have.length(1);
      expect(widgets[0].type).to.equal('news-card');
      expect(widgets[0].title).to.equal('Latest');
      expect([...widgets[0].attributes]).to.deep.equal([
        ['heading', 'A'],
        ['rank', '2'],
        ['open', ''],
      ]);
    }
  });

  it('treats empty input as an empty layout and rejects what is not a layout', () => {
    expect(parseLayout('').widgets).to.deep.equal([]);
    expect(parseLayout(undefined).widgets).to.deep.equal([]);
    expect(() => parseLayout('{"widget": ')).to.throw(LayoutError, /not valid JSON/);
    expect(() => parseLayout({ widget: 'news-card' })).to.throw(LayoutError, /array/);
  });

  it('keys widgets by id, else by type and position among their type', () => {
    const { widgets, problems } = parseLayout([
      { widget: 'news-card' },
      { widget: 'html', id: 'about' },
      { widget: 'news-card', id: 'about' },
      { widget: 'news-card' },
    ]);
    expect(widgets.map((w) => w.key)).to.deep.equal(['news-card#0', 'id:about', 'news-card#1', 'news-card#2']);
    expect(problems).to.deep.equal(['duplicate id "about" (item 2)']);
  });

  it('reports unknown widgets and disallowed attributes', () => {
    const { widgets, problems } = parseLayout([
      { widget: 'iframe' },
      { widget: 'news-card', attributes: { onload: 'x', ONCLICK: 'y', style: 'z', slot: 's', 'x y': 1, ok: [1] } },
    ]);
    expect(widgets).to.have.length(1);
    expect(widgets[0].attributes.size).to.equal(0);
    expect(problems).to.have.length(7);
  });
});

describe('layout reconciling', () => {
  const entry = (key: string, attrs: Record<string, string> = {}): WidgetEntry => ({
    key,
    type: 'news-card',
    attributes: new Map(Object.entries(attrs)),
  });
  const hooks = {
    create: () => document.createElement('div'),
    fill: () => {},
  };

  it('keeps nodes, moves only what moved and leaves foreign nodes alone', () => {
    const parent = document.createElement('div');
    const script = document.createElement('script');
    parent.append(script);
    let live: LiveWidget[] = reconcile(parent, [], [entry('a', { x: '1' }), entry('b'), entry('c')], hooks);
    const [a, b, c] = live.map((w) => w.element);
    expect([...parent.children]).to.deep.equal([script, a, b, c]);

    const moved: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => moved.push(...r.addedNodes)));
    observer.observe(parent, { childList: true });
    live = reconcile(parent, live, [entry('c'), entry('a', { y: '2' }), entry('b')], hooks);
    expect([...parent.children]).to.deep.equal([script, c, a, b]);
    expect(a.hasAttribute('x')).to.equal(false);
    expect(a.getAttribute('y')).to.equal('2');
    expect(live.map((w) => w.element)).to.deep.equal([c, a, b]);
    return Promise.resolve().then(() => {
      observer.disconnect();
      expect(moved, 'one move for one moved widget').to.deep.equal([c]);
    });
  });

  it('does not remove attributes it never set', () => {
    const parent = document.createElement('div');
    let live = reconcile(parent, [], [entry('a', { x: '1' })], hooks);
    live[0].element.setAttribute('status', 'ready');
    live = reconcile(parent, live, [entry('a')], hooks);
    expect(live[0].element.getAttributeNames()).to.deep.equal(['status']);
  });
});
