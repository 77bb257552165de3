import { css } from 'lit';
import { countWords } from './reading-time.js';
import { htmlToText } from './html-text.js';
import type { sanitizeHtml } from './sanitize.js';
import { loadSanitizer } from './sanitizer.js';

/**
 * Typography for article bodies. The body lives in the light DOM (so crawlers and reader modes
 * see it) inside `<div slot="body" data-nr-body>`; `::slotted()` only reaches that container, not
 * the headings and lists inside it, so these rules are one constructable stylesheet adopted by
 * the document (or the shadow root the element sits in) once. Every selector is wrapped in
 * `:where()`, so any rule the page writes itself wins. Adopted sheets work under a CSP without
 * `'unsafe-inline'` styles.
 */
const bodyStyles = css`
:where([data-nr-body]) { display: block; font-size: var(--nr-article-view-body-size, 1.0625rem); line-height: 1.65; overflow-wrap: break-word; }
:where([data-nr-body]) :where(p, ul, ol, dl, blockquote, figure, pre, hr, [data-nr-scroll], iframe, video, audio) { margin-block: 0 1.1em; }
:where([data-nr-body]) > :where(:last-child) { margin-block-end: 0; }
:where([data-nr-body]) :where(h2, h3, h4, h5, h6) { font-family: var(--nr-font-family-heading, inherit); line-height: 1.25; margin-block: 1.6em 0.5em; text-wrap: balance; }
:where([data-nr-body]) :where(h2) { font-size: 1.5em; }
:where([data-nr-body]) :where(h3) { font-size: 1.25em; }
:where([data-nr-body]) :where(h4) { font-size: 1.1em; }
:where([data-nr-body]) :where(h5, h6) { font-size: 1em; }
:where([data-nr-body]) :where(ul, ol) { padding-inline-start: 1.5em; }
:where([data-nr-body]) :where(li + li) { margin-block-start: 0.3em; }
:where([data-nr-body]) :where(a) { color: var(--_nr-accent, LinkText); text-underline-offset: 0.15em; }
:where([data-nr-body]) :where(blockquote) { margin-inline: 0; padding-inline-start: 1em; border-inline-start: 0.25rem solid var(--_nr-accent, currentColor); font-size: 1.1em; font-style: italic; }
:where([data-nr-body]) :where(figure) { margin-inline: 0; }
:where([data-nr-body]) :where(figcaption) { margin-block-start: 0.4em; font-size: 0.875em; color: var(--_nr-muted, inherit); }
:where([data-nr-body]) :where(img, video, iframe, svg) { max-inline-size: 100%; block-size: auto; }
:where([data-nr-body]) :where(iframe) { display: block; inline-size: 100%; aspect-ratio: 16 / 9; border: 0; }
:where([data-nr-body]) :where(hr) { border: 0; border-block-start: 1px solid var(--_nr-border, currentColor); }
:where([data-nr-body]) :where(code, kbd, samp, pre) { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
:where([data-nr-body]) :where(:not(pre) > code) { padding: 0.1em 0.3em; border-radius: 0.25em; background: color-mix(in srgb, var(--_nr-border, #ccc) 45%, transparent); }
:where([data-nr-body]) :where(pre) { overflow-x: auto; padding: 1em; border-radius: var(--_nr-radius, 0.5rem); background: color-mix(in srgb, var(--_nr-border, #ccc) 35%, transparent); line-height: 1.45; }
:where([data-nr-body]) :where([data-nr-scroll]) { overflow-x: auto; max-inline-size: 100%; }
:where([data-nr-body]) :where(table) { border-collapse: collapse; min-inline-size: 100%; font-size: 0.9375em; }
:where([data-nr-body]) :where(th, td) { padding: 0.5em 0.75em; border-block-end: 1px solid var(--_nr-border, currentColor); text-align: start; vertical-align: top; }
:where([data-nr-body]) :where(caption) { padding-block-end: 0.5em; text-align: start; font-weight: 600; }
`;

const adopted = new WeakSet<Document | ShadowRoot>();

/** Adds the body stylesheet to the document or shadow root `el` lives in (once per root). */
export function adoptBodyStyles(el: Element): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const sheet = bodyStyles.styleSheet; // none without constructable stylesheets: the body keeps the page's own styles
  if (!sheet || adopted.has(root) || !('adoptedStyleSheets' in root)) return;
  adopted.add(root);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The `<div slot="body" data-nr-body>` child of `host`, created (before `before`, or at the end) when missing. */
export function bodyContainer(host: Element, before?: Node | null): HTMLElement {
  let el = [...host.children].find((c) => c.hasAttribute('data-nr-body')) as HTMLElement | undefined;
  if (!el) {
    el = document.createElement('div');
    el.setAttribute('data-nr-body', '');
    host.insertBefore(el, before && before.parentNode === host ? before : null);
  }
  if (el.getAttribute('slot') !== 'body') el.setAttribute('slot', 'body');
  return el;
}

/**
 * Sanitized body HTML as DOM (never through a string sink), with tables wrapped in a scroll box
 * so wide tables scroll instead of widening the page. Scroll boxes and `<pre>` blocks are
 * focusable, so keyboard users can scroll them too.
 */
export function bodyFragment(sanitize: typeof sanitizeHtml, html: string, baseUrl?: string): DocumentFragment {
  const fragment = sanitize(html, { baseUrl });
  for (const table of fragment.querySelectorAll('table')) {
    const box = document.createElement('div');
    box.setAttribute('data-nr-scroll', '');
    box.tabIndex = 0;
    table.replaceWith(box);
    box.append(table);
  }
  for (const pre of fragment.querySelectorAll('pre')) pre.tabIndex = 0;
  return fragment;
}

const LIGHT = Symbol('light-dom body');

/**
 * The light-DOM body of an `<article-view>`: the container, the page's own body markup (moved
 * into the container once, and kept while a loaded body is shown instead) and a word count.
 */
export class ArticleBody {
  readonly #host: Element;
  #light: Element[] = [];
  #shown?: string | typeof LIGHT;
  #rendered: Promise<void> = Promise.resolve();
  #words: [source: unknown, locale: string | undefined, count: number] = [undefined, undefined, 0];

  constructor(host: Element) {
    this.#host = host;
  }

  /** True when the page wrote a body inside the element. */
  get hasMarkup(): boolean {
    return this.#light.length > 0;
  }

  /** Moves loose body markup into the container, in place (one body in the light DOM). */
  takeMarkup(nodes: Element[]): void {
    if (!nodes.length) return;
    const box = bodyContainer(this.#host, nodes[0]);
    this.#light.push(...nodes);
    if (this.#shown === LIGHT || this.#shown === undefined) box.append(...nodes);
    else for (const el of nodes) el.remove();
  }

  /** Shows the sanitized `html`, or the page's own markup when there is none. */
  show(html: string | undefined, baseUrl?: string, lang?: string): void {
    const want = html ?? (this.#light.length ? LIGHT : undefined);
    if (want === this.#shown || want === undefined) return;
    const box = bodyContainer(this.#host);
    this.#shown = want;
    if (lang) box.setAttribute('lang', lang);
    else box.removeAttribute('lang');
    if (want === LIGHT) {
      box.replaceChildren(...this.#light);
      this.#rendered = Promise.resolve();
      return;
    }
    // The sanitizer is a lazy chunk; a newer body that arrives meanwhile wins.
    this.#rendered = loadSanitizer().then(({ sanitizeHtml }) => {
      if (this.#shown === want) box.replaceChildren(bodyFragment(sanitizeHtml, want, baseUrl));
    });
  }

  /** Settles when the body last asked for is in the DOM. */
  get rendered(): Promise<void> {
    return this.#rendered;
  }

  /** Words in `html`, or in the page's own markup (cached per source and locale). */
  words(html: string | undefined, locale?: string): number {
    const source = html ?? this.#light;
    const [lastSource, lastLocale, count] = this.#words;
    if (lastSource === source && lastLocale === locale && source !== this.#light) return count;
    const text = typeof source === 'string' ? htmlToText(source) : this.#light.map((el) => el.textContent ?? '').join(' ');
    this.#words = [source, locale, countWords(text, locale)];
    return this.#words[2];
  }
}
