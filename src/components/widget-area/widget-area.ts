import { Task, TaskStatus } from '@lit/task';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { baseStyles } from '../../core/base.styles.js';
import { dataStateStyles, renderLoading, reflectStatus, STATE_LABELS, type DataStatus } from '../../core/data-states.js';
import { registerElement } from '../../core/define.js';
import { emit } from '../../core/events.js';
import { fetchText } from '../../core/fetch.js';
import { reconcile, parseLayout, type LiveWidget, type WidgetEntry, type WidgetLayout } from '../../core/layout.js';
import { LoadError, toLoadError } from '../../core/loaders/errors.js';
import { renderSanitized } from '../../core/sanitizer.js';
import { widgetAreaStyles } from './widget-area.styles.js';

const HEADINGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));
const MESSAGE_TYPE = 'nr-widget-area-layout';

/** The reference page's text for an area that holds nothing. */
export const WIDGET_AREA_EMPTY_TEXT =
  'This area can contain widgets, menus, shortcodes and custom content. You can manage it from the Customizer, in the Second layer section.';

let slotCounter = 0;

/**
 * A sidebar or column laid out from a Customizer-style JSON layout: which widgets, in which
 * order, with which attributes and titles.
 *
 * The layout is an ordered list of `{ "widget": "news-card" | "radio-playlist" | "audio-bar" |
 * "article-view" | "html", "attributes": { … }, "title": "…", "id": "…" }` (`html` widgets take
 * their markup in `"content"`, which is sanitized). It comes from, in this order of priority, the
 * `layout` property or attribute, the JSON file at `src`, or a `<script type="application/json">`
 * child. Unknown widgets and disallowed attributes (`on*`, `style`, `slot`, names that are not
 * lower-case) are skipped with one console warning.
 *
 * Widgets are real elements in the area's light DOM, so page CSS, `document.querySelector` and
 * crawlers see them (an `<article-view>`'s JSON-LD stays in the document); titles are headings in
 * the shadow DOM at `heading-level`. A new layout — a property set, a `layout` attribute change,
 * or a `postMessage` from a Customizer preview frame whose origin is listed in `allow-origin`:
 * `{ type: 'nr-widget-area-layout', area: '<id or name>', layout: [...] }` — changes only what
 * differs: widgets are matched by `id` (or by type and position among widgets of that type), an
 * unchanged widget keeps its element and state (a playing playlist keeps playing), changed
 * attributes are set or removed in place, and reordered widgets are moved, not re-created.
 *
 * @summary Sidebar or column of widgets from a JSON layout, updated live.
 * @tag widget-area
 *
 * @attr status - Read-only: `loading` (fetching `src`), `ready`, `empty` or `error`.
 *
 * @slot empty - Replaces the empty-area text.
 * @slot error - Replaces the error message.
 *
 * @csspart list - The column holding the widgets.
 * @csspart widget - The frame of one widget (its title and the widget); also `widget-<type>`, e.g. `widget-radio-playlist`.
 * @csspart title - A widget's heading.
 * @csspart loading - The skeleton shown while `src` loads.
 * @csspart empty - The empty-area message.
 * @csspart error - The error message box.
 * @csspart retry-button - Retries loading `src`.
 *
 * @cssprop [--nr-widget-area-gap=1.5rem] - Space between widgets (a widget without a title sits closer to the one before it, as its continuation).
 * @cssprop [--nr-widget-area-column-width=18rem] - Minimum width of a column when the area is wide enough for several.
 * @cssprop [--nr-widget-area-title-size=var(--nr-font-size-l)] - Font size of widget titles.
 * @cssprop [--nr-widget-area-title-color=var(--nr-color-text)] - Colour of widget titles.
 * @cssprop [--nr-widget-area-title-border=2px solid var(--nr-color-accent)] - Rule under widget titles.
 *
 * @fires {NrLoadEvent} nr-load - A layout was applied; `detail.count` is the number of widgets, `detail.url` the `src` (or `''`).
 * @fires {NrErrorEvent} nr-error - The layout could not be loaded or is not a layout; the last good widgets stay.
 */
export class WidgetArea extends LitElement {
  static override styles = [baseStyles, dataStateStyles, widgetAreaStyles];

  /** URL of a JSON layout (used when `layout` is not set). */
  @property() src?: string;

  /**
   * The layout: an array of widget specs (or its JSON text as the attribute). Wins over `src` and
   * inline JSON. Assign a new value (or the same array again) to apply a change.
   */
  @property({ hasChanged: () => true, converter: { fromAttribute: (value) => value ?? undefined } })
  layout?: WidgetLayout | string;

  /** Name of the area, matched against `area` in Customizer `postMessage`s (as is the element's `id`). */
  @property() name?: string;

  /** Space-separated origins allowed to send layouts by `postMessage` (exact, e.g. `https://example.com`). */
  @property({ attribute: 'allow-origin' }) allowOrigin = '';

  /** Text shown when the area holds no widget. */
  @property({ attribute: 'empty-text' }) emptyText = WIDGET_AREA_EMPTY_TEXT;

  /** Level of widget title headings, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Prefix of the widgets' tag names when the page registered them with `defineElements({ prefix })`. */
  @property({ attribute: 'tag-prefix' }) tagPrefix = '';

  /** `light` or `dark` forces a colour scheme, `auto` follows the visitor's preference; otherwise the page's `color-scheme` applies. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  #widgets: LiveWidget[] = [];
  #slots = new WeakMap<HTMLElement, string>();
  #inline?: string;
  #observer?: MutationObserver;
  #error?: LoadError;
  #reported?: LoadError;
  #failed?: { input: unknown; error: LoadError };
  #applied?: unknown;
  #prefix = '';
  #baseUrl?: string;
  #warned = new Set<string>();
  #status: DataStatus = 'empty';
  /** Events of this update, fired once it has rendered. */
  #events: (() => void)[] = [];

  #load = new Task(this, {
    args: () => [this.layout == null ? this.src : undefined] as const,
    task: async ([src], { signal }) => (src ? fetchText(src, { signal, accept: 'application/json', maxAge: 0 }) : undefined),
  });

  /** Read-only: `loading`, `ready`, `empty` or `error` (also reflected as the `status` attribute). */
  get status(): DataStatus {
    return this.#status;
  }

  /** The widget elements, in layout order. */
  get widgets(): HTMLElement[] {
    return this.#widgets.map((w) => w.element);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#readInline();
    this.#observer ??= new MutationObserver(() => this.#readInline());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    window.removeEventListener('message', this.#onMessage);
  }

  #readInline() {
    const text = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (text !== this.#inline) {
      this.#inline = text;
      this.requestUpdate();
    }
  }

  #onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; area?: unknown; layout?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return;
    if (typeof data.area !== 'string' || !data.area || (data.area !== this.id && data.area !== this.name)) return;
    const allowed = this.allowOrigin.split(/\s+/).filter(Boolean).map((o) => o.replace(/\/+$/, ''));
    if (event.origin === 'null' || !allowed.includes(event.origin)) {
      this.#warnOnce(`widget-area "${data.area}": ignored a layout message from ${event.origin}, which is not in allow-origin.`);
      return;
    }
    this.layout = (data.layout ?? []) as WidgetLayout;
  };

  #warnOnce(message: string, level: 'warn' | 'error' = 'warn') {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console[level](message);
  }

  /** The layout to show now: from `layout`, `src` or inline JSON; `undefined` while `src` loads. */
  #source(): { input: unknown; url: string } | LoadError | undefined {
    if (this.layout != null) return { input: this.layout, url: '' };
    if (this.src) {
      if (this.#load.status === TaskStatus.COMPLETE && this.#load.value) return { input: this.#load.value.text, url: this.#load.value.url };
      if (this.#load.status === TaskStatus.ERROR) {
        const error = toLoadError(this.#load.error, this.src);
        return error.kind === 'aborted' ? undefined : error;
      }
      return undefined;
    }
    return { input: this.#inline ?? '', url: '' };
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const source = this.#source();
    if (source instanceof LoadError) {
      this.#setError(source);
    } else if (source) {
      this.#apply(source.input, source.url);
    } else if (!this.#widgets.length) {
      this.#error = undefined;
      this.#status = 'loading';
    }
    reflectStatus(this, this.#status);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    const events = this.#events.splice(0);
    events.forEach((fire) => fire());
  }

  #apply(input: unknown, url: string) {
    let parsed;
    try {
      parsed = parseLayout(input);
    } catch (e) {
      // The same bad input on a later update (another property changed) is the same failure.
      if (this.#failed?.input !== input) this.#failed = { input, error: new LoadError('parse', url, { message: (e as Error).message, cause: e }) };
      this.#setError(this.#failed!.error);
      return;
    }
    this.#failed = undefined;
    if (parsed.problems.length) this.#warnOnce(`widget-area: skipped ${parsed.problems.join('; ')}.`);
    const prefix = /^[a-z][a-z0-9-]*$/.test(this.tagPrefix) ? this.tagPrefix.replace(/-+$/, '') : '';
    if (prefix !== this.#prefix) {
      // Other tag names: every widget element is made anew.
      this.#widgets.forEach((w) => w.element.remove());
      this.#widgets = [];
      this.#prefix = prefix;
    }
    this.#baseUrl = url || undefined;
    this.#widgets = reconcile(this, this.#widgets, parsed.widgets, {
      create: (entry) => this.#create(entry),
      fill: (element, entry) => this.#fill(element, entry),
    });
    this.#error = undefined;
    this.#status = this.#widgets.length ? 'ready' : 'empty';
    if (input !== this.#applied) {
      this.#applied = input;
      const count = this.#widgets.length;
      this.#events.push(() => emit(this, 'nr-load', { url, count }));
    }
  }

  #setError(error: LoadError) {
    this.#error = error;
    this.#status = 'error';
    if (error === this.#reported) return;
    this.#reported = error;
    this.#warnOnce(`widget-area: ${error.message}${error.url ? ` (${error.url})` : ''}`, 'error');
    const { url, kind, status, message } = error;
    this.#events.push(() => emit(this, 'nr-error', { url, kind, status, message }));
  }

  #create(entry: WidgetEntry): HTMLElement {
    const tag = entry.type === 'html' ? 'div' : this.#prefix ? `${this.#prefix}-${entry.type}` : entry.type;
    const element = document.createElement(tag);
    const slot = `nr-widget-${++slotCounter}`;
    this.#slots.set(element, slot);
    element.slot = slot;
    if (entry.type === 'html') element.classList.add('nr-html-widget');
    return element;
  }

  #fill(element: HTMLElement, entry: WidgetEntry) {
    void renderSanitized(element, entry.content ?? '', { baseUrl: this.#baseUrl });
  }

  protected override render() {
    const widgets = this.#widgets;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const error = this.#error;
    return html`
      ${error
        ? html`<div part="error" class="nr-state nr-error" role="alert">
            <slot name="error"><p class="nr-error-text">${error.message}</p></slot>
            ${this.src && this.layout == null
              ? html`<button part="retry-button" class="nr-retry" type="button" @click=${() => this.#load.run()}>
                  ${STATE_LABELS.retry}
                </button>`
              : nothing}
          </div>`
        : nothing}
      ${this.#status === 'loading'
        ? renderLoading(STATE_LABELS, html`<span class="nr-bone title-bone"></span><span class="nr-bone body-bone"></span>`)
        : nothing}
      ${this.#status === 'empty'
        ? html`<div part="empty" class="nr-state nr-empty"><slot name="empty">${this.emptyText}</slot></div>`
        : nothing}
      <div part="list" class="list" ?hidden=${!widgets.length}>
        ${widgets.map(
          ({ entry, element }) => html`<div part="widget widget-${entry.type}" class="widget ${entry.title ? '' : 'untitled'}">
            ${entry.title ? staticHtml`<${HEADINGS[level - 1]} part="title" class="title">${entry.title}</${HEADINGS[level - 1]}>` : nothing}
            <slot name=${this.#slots.get(element) ?? ''}></slot>
          </div>`,
        )}
      </div>
    `;
  }
}

registerElement('widget-area', WidgetArea);

declare global {
  interface HTMLElementTagNameMap {
    'widget-area': WidgetArea;
  }
}
