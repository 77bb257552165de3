import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';

/**
 * `theme="light|dark"` on an ANCESTOR (`<body theme="dark">`, `<aside theme="dark">`).
 *
 * An element's own `theme` attribute is matched by `:host([theme])` in `baseStyles`. CSS inside a
 * shadow root cannot see the host's ancestors (`:host-context()` is Chromium-only), so every
 * element of the library carries this controller: on connect it looks up the closest ancestor
 * with a `theme` attribute (crossing shadow roots outwards) and mirrors its value in the internal
 * `data-nr-theme` attribute, which `baseStyles` maps to `color-scheme`. One `MutationObserver`
 * per document (on `theme` attributes only) re-checks the connected elements when any `theme`
 * attribute changes, and is disconnected when no element is left. `theme="auto"` on an ancestor
 * stops the search (the visitor's preference applies below it).
 */
export const INHERITED_THEME_ATTRIBUTE = 'data-nr-theme';

type Theme = 'light' | 'dark' | 'auto';

interface DocumentWatch {
  observer: MutationObserver;
  hosts: Set<HTMLElement>;
}
const watches = new WeakMap<Document, DocumentWatch>();
const THEMED = Symbol.for('nr.themed');

const parentOf = (node: Node): Element | null =>
  node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host || null);

/** The theme an element inherits from its closest ancestor with a `theme` attribute, if any. */
export function inheritedTheme(el: Element): Theme | undefined {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const value = node.getAttribute('theme');
    if (value === 'light' || value === 'dark' || value === 'auto') return value;
  }
  return undefined;
}

/** Re-computes `data-nr-theme` on `host` (an own `theme` attribute wins and clears it). */
export function applyInheritedTheme(host: HTMLElement): void {
  const own = host.getAttribute('theme');
  const theme = own === 'light' || own === 'dark' || own === 'auto' ? undefined : inheritedTheme(host);
  if (theme) {
    if (host.getAttribute(INHERITED_THEME_ATTRIBUTE) !== theme) host.setAttribute(INHERITED_THEME_ATTRIBUTE, theme);
  } else if (host.hasAttribute(INHERITED_THEME_ATTRIBUTE)) {
    host.removeAttribute(INHERITED_THEME_ATTRIBUTE);
  }
}

function watch(host: HTMLElement) {
  const doc = host.ownerDocument;
  let w = watches.get(doc);
  if (!w) {
    const hosts = new Set<HTMLElement>();
    const observer = new MutationObserver(() => hosts.forEach(applyInheritedTheme));
    w = { observer, hosts };
    watches.set(doc, w);
  }
  if (!w.hosts.size) {
    w.observer.observe(doc, { attributes: true, attributeFilter: ['theme'], subtree: true });
  }
  w.hosts.add(host);
  applyInheritedTheme(host);
}

function unwatch(host: HTMLElement) {
  const w = watches.get(host.ownerDocument);
  if (!w?.hosts.delete(host) || w.hosts.size) return;
  w.observer.disconnect();
}

/** Keeps `data-nr-theme` of its host in step with the closest themed ancestor. @internal */
export class ThemeController implements ReactiveController {
  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }
  hostConnected() {
    watch(this.host);
  }
  hostDisconnected() {
    unwatch(this.host);
  }
}

/**
 * Gives every instance of a Lit element class (and its subclasses, such as the prefixed ones of
 * `defineElements`) a `ThemeController`. Called by `registerElement`. @internal
 */
export function inheritThemes(ctor: CustomElementConstructor): void {
  const lit = ctor as unknown as typeof ReactiveElement;
  if (typeof lit.addInitializer !== 'function' || (lit as { [THEMED]?: boolean })[THEMED]) return;
  Object.defineProperty(lit, THEMED, { value: true });
  lit.addInitializer((el) => void new ThemeController(el as unknown as ReactiveControllerHost & HTMLElement));
}
