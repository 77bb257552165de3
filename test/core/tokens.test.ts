import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { baseStyles } from '../../src/core/base.styles.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }[];
}

const names = (css: string) => new Set([...css.matchAll(/var\((--nr-[a-z0-9-]+)/g)].map((m) => m[1]));

describe('design tokens', () => {
  it('docs/theming.md lists every token of the shared styles and of every element', async () => {
    const [doc, manifest] = await Promise.all([
      fetch('/docs/theming.md').then((r) => r.text()),
      fetch('/custom-elements.json').then((r) => r.json() as Promise<Manifest>),
    ]);
    const documented = new Set([...doc.matchAll(/`(--nr-[a-z0-9-]+)`/g)].map((m) => m[1]));
    const tokens = names(baseStyles.cssText);
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) for (const p of d.cssProperties ?? []) tokens.add(p.name);
    }
    expect(tokens.size).to.be.greaterThan(30);
    expect([...tokens].filter((t) => !documented.has(t))).to.deep.equal([]);
  });

  it('global tokens set on an ancestor reach elements, light and dark', async () => {
    const root = await fixture<HTMLDivElement>(html`<div
      style="--nr-color-text: light-dark(rgb(1, 2, 3), rgb(250, 251, 252)); --nr-font-family: monospace"
    >
      <news-card heading="Tokens"></news-card>
    </div>`);
    const card = root.querySelector('news-card')!;
    await card.updateComplete;
    const title = () => getComputedStyle(card.shadowRoot!.querySelector('[part~="title"]')!);
    card.setAttribute('theme', 'light');
    expect(title().color).to.equal('rgb(1, 2, 3)');
    expect(title().fontFamily).to.equal('monospace');
    card.setAttribute('theme', 'dark');
    expect(title().color).to.equal('rgb(250, 251, 252)');
  });
});
