import { inheritThemes } from './theme.js';

type ElementClass = CustomElementConstructor;

/** Every element of the library, by its default tag name, in registration order. */
const registry = new Map<string, ElementClass>();
let pendingClashes: string[] = [];

function warnClashes() {
  if (!pendingClashes.length) return;
  const tags = pendingClashes.map((t) => `<${t}>`).join(', ');
  pendingClashes = [];
  console.warn(
    `newsradio-elements: ${tags} already defined on this page (the bundle loaded twice, or another ` +
      `library uses the name); the existing definition is kept. Call defineElements({ prefix: 'my' }) ` +
      `to register <my-news-card> and the others under other names.`,
  );
}

function noteClash(tag: string) {
  if (!pendingClashes.length) queueMicrotask(warnClashes);
  pendingClashes.push(tag);
}

/**
 * Defines `tag` unless the name is taken: a page that loads the bundle twice, or already has an
 * element of that name, gets one console warning (for all clashing tags) instead of an exception.
 * @internal
 */
export function registerElement(tag: string, ctor: ElementClass): void {
  registry.set(tag, ctor);
  inheritThemes(ctor); // theme="dark" on an ancestor (src/core/theme.ts)
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) noteClash(tag);
  else customElements.define(tag, ctor);
}

export interface DefineElementsOptions {
  /** Registers `<prefix-news-card>` etc. Letters, digits and dashes; must start with a letter. */
  prefix: string;
}

/**
 * Registers every element again under prefixed names, for pages where the default names clash
 * (`defineElements({ prefix: 'nr' })` → `<nr-news-card>`, `<nr-audio-bar>`, …). Returns the tag
 * names it defined. Safe to call twice.
 */
export function defineElements({ prefix }: DefineElementsOptions): string[] {
  if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new TypeError(`defineElements: invalid prefix "${prefix}"`);
  const defined: string[] = [];
  for (const [tag, ctor] of registry) {
    const name = `${prefix.replace(/-+$/, '')}-${tag}`;
    const existing = customElements.get(name);
    if (existing) {
      if (!(existing.prototype instanceof ctor)) noteClash(name);
      continue;
    }
    // A constructor can only be defined once, so each extra name gets its own subclass.
    customElements.define(name, class extends (ctor as unknown as typeof HTMLElement) {} as ElementClass);
    defined.push(name);
  }
  return defined;
}
