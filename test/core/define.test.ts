import { expect, fixture, html } from '@open-wc/testing';
import { NewsCard, defineElements } from '../../src/index.js';
import { registerElement } from '../../src/core/define.js';

const nextTask = () => new Promise((r) => setTimeout(r));

describe('element registration', () => {
  let warnings: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('defines news-card on import', () => {
    expect(customElements.get('news-card')).to.equal(NewsCard);
  });

  it('keeps the existing definition and warns once when names are taken', async () => {
    class Other extends HTMLElement {}
    class Another extends HTMLElement {}
    expect(() => registerElement('news-card', Other)).not.to.throw();
    expect(() => registerElement('news-card', Another)).not.to.throw();
    await nextTask();
    expect(customElements.get('news-card')).to.equal(NewsCard);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('<news-card>').and.contain('defineElements');
    registerElement('news-card', NewsCard); // restore the registry entry for the tests below
  });

  it('registers every element under a prefix, and does so only once', async () => {
    const defined = defineElements({ prefix: 'clash' });
    expect(defined).to.include('clash-news-card');
    expect(defineElements({ prefix: 'clash' })).to.deep.equal([]);
    await nextTask();
    expect(warnings).to.have.length(0);
    const el = await fixture<NewsCard>(html`<clash-news-card heading="Prefixed"></clash-news-card>`);
    expect(el).to.be.instanceOf(NewsCard);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Prefixed');
  });

  it('rejects an invalid prefix', () => {
    expect(() => defineElements({ prefix: '1bad prefix' })).to.throw(TypeError);
  });
});
