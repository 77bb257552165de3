import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { baseStyles } from '../../src/core/base.styles.js';
import { NR_TOKENS, tokenDefault, type DesignToken } from '../../src/core/tokens.js';

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

describe('NR_TOKENS (src/core/tokens.ts), the one list of global tokens', () => {
  const isHook = (name: string) => /^--nr-(news-card|article-view|radio-playlist|audio-bar|widget-area)-/.test(name);

  it('has the defaults the shared styles fall back to, for every token they read', () => {
    const fallbacks = new Map(
      [...baseStyles.cssText.matchAll(/var\((--nr-[a-z0-9-]+), (.+)\);$/gm)].map((m) => [m[1], m[2]] as const),
    );
    expect(fallbacks.size).to.be.greaterThan(15);
    const listed = new Map(NR_TOKENS.map((t) => [t.name as string, tokenDefault(t)]));
    for (const [name, value] of fallbacks) expect(listed.get(name), name).to.equal(value);
  });

  it('lists every global token of the manifest, with the defaults the elements document', async () => {
    const manifest = (await fetch('/custom-elements.json').then((r) => r.json())) as {
      modules: { declarations?: { tagName?: string; cssProperties?: { name: string; default?: string }[] }[] }[];
    };
    const listed = new Map(NR_TOKENS.map((t) => [t.name as string, t]));
    const unlisted: string[] = [];
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        for (const p of d.cssProperties ?? []) {
          if (isHook(p.name)) continue;
          const token = listed.get(p.name);
          if (!token) unlisted.push(`${d.tagName} ${p.name}`);
          else if (p.default !== undefined) expect(p.default, `${d.tagName} ${p.name}`).to.equal(tokenDefault(token));
        }
      }
    }
    expect(unlisted).to.deep.equal([]);
  });

  it('is the Global tokens table of docs/theming.md, row for row', async () => {
    const doc = await fetch('/docs/theming.md').then((r) => r.text());
    const section = doc.split('## Global tokens')[1].split('\n## ')[0];
    const rows = [...section.matchAll(/^\| `(--nr-[a-z0-9-]+)` \| (.+?) \| (.+?) \|$/gm)].map((m) => ({
      name: m[1],
      value: m[2].replace(/`/g, ''),
      description: m[3],
    }));
    const expected = NR_TOKENS.map((t: DesignToken) => ({
      name: t.name,
      value: t.dark === undefined ? t.light : `${t.light} / ${t.dark}`,
      description: t.description,
    }));
    expect(rows).to.deep.equal(expected);
  });
});
