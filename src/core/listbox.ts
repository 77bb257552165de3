import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a `ListboxController` needs to know about its host's options. */
export interface ListboxDelegate {
  /** Number of options (also those not rendered). */
  count(): number;
  /** Text that type-ahead matches the start of (usually the option's visible label). */
  label(index: number): string;
  /** Enter or Space on option `index`. */
  activate(index: number): void;
  /** The listbox element (its rendered `role="option"` children are measured for grids and paging). */
  container(): HTMLElement | null;
  /** The rendered option element for `index`, or null. */
  option(index: number): HTMLElement | null;
  /** Brings an unrendered option into the DOM (a virtualizer's `element(i).scrollIntoView()`). */
  reveal?(index: number): void;
  /** True when options are laid out in columns: ↑/↓ then move by a row, ←/→ by one. */
  grid?(): boolean;
}

const TYPEAHEAD_MS = 500;

/**
 * Keyboard behaviour of a single-select WAI-ARIA listbox with a roving tabindex: ↑/↓ (and ←/→
 * in a grid, mirrored in RTL), Home/End, PageUp/PageDown, type-ahead (letters typed within half
 * a second search option labels from the next option on; repeating one letter cycles through
 * the options starting with it), Enter/Space activate. The host renders
 * `tabindex=${c.tabIndex(i)}` on each option, calls `keydown` from its listbox and `focused(i)`
 * when an option receives focus (a click); the controller moves DOM focus, also to options of a
 * virtualized list that are not rendered yet (`reveal`).
 */
export class ListboxController implements ReactiveController {
  /** Index of the option holding the roving tab stop. */
  active = 0;
  #typed = '';
  #typedAt = 0;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private delegate: ListboxDelegate,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    const n = this.delegate.count();
    if (this.active >= n) this.active = Math.max(0, n - 1);
  }

  /** `0` for the active option, `-1` for the others. */
  tabIndex(index: number): 0 | -1 {
    return index === this.active ? 0 : -1;
  }

  /** Makes `index` the active option (clamped); focuses it unless `focus` is false. */
  setActive(index: number, focus = true) {
    const n = this.delegate.count();
    if (!n) return;
    const i = Math.min(n - 1, Math.max(0, index));
    if (i !== this.active) {
      this.active = i;
      this.host.requestUpdate();
    }
    if (focus) this.focus(i);
  }

  /** Call when an option got focus by other means (pointer), so the tab stop follows it. */
  focused(index: number) {
    if (index !== this.active) this.setActive(index, false);
  }

  /** The listbox's `keydown` handler. */
  keydown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const n = this.delegate.count();
    if (!n) return;
    const cols = this.#columns();
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const page = this.#pageSize();
    const typing = this.#typed !== '' && performance.now() - this.#typedAt < TYPEAHEAD_MS;
    const moves: Record<string, number | undefined> = {
      ArrowDown: this.active + cols,
      ArrowUp: this.active - cols,
      ArrowRight: cols > 1 ? this.active + (rtl ? -1 : 1) : undefined,
      ArrowLeft: cols > 1 ? this.active + (rtl ? 1 : -1) : undefined,
      Home: 0,
      End: n - 1,
      PageDown: this.active + page,
      PageUp: this.active - page,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      this.setActive(target);
    } else if (e.key === 'Enter' || (e.key === ' ' && !typing)) {
      e.preventDefault();
      if (!e.repeat) this.delegate.activate(this.active);
    } else if ((e.key.length === 1 && e.key.trim() !== '') || (e.key === ' ' && typing)) {
      e.preventDefault();
      this.#typeAhead(e.key);
    }
  };

  /**
   * Focuses option `index`. An option outside a virtualized list's rendered range is revealed
   * first and focused (without another scroll) once it is in the DOM; for a second after that,
   * focus is put back if the virtualizer, still settling, re-inserted the row (which drops focus
   * to `<body>`). Polls with timers, not animation frames: those are throttled in hidden pages.
   */
  focus(index: number, deadline?: number, settleUntil?: number) {
    const now = performance.now();
    const option = this.delegate.option(index);
    if (deadline === undefined) {
      if (option) return option.focus(); // rendered: a plain focus, scrolling it into view
      this.delegate.reveal?.(index);
      deadline = now + 5000;
    }
    if (this.active !== index || !this.delegate.container()) return; // moved on, or the list is gone
    if (option && !this.#hasFocus(option)) {
      const dropped = !document.activeElement || document.activeElement === document.body;
      if (settleUntil === undefined || dropped) option.focus({ preventScroll: true });
      if (this.#hasFocus(option)) settleUntil ??= now + 1000;
    }
    if (now < (settleUntil ?? deadline)) setTimeout(() => this.focus(index, deadline, settleUntil), 16);
  }

  #hasFocus(option: HTMLElement) {
    return (option.getRootNode() as Document | ShadowRoot).activeElement === option;
  }

  #options(): HTMLElement[] {
    return [...(this.delegate.container()?.children ?? [])].filter((c) => c.getAttribute('role') === 'option') as HTMLElement[];
  }

  /** Options on the first visual row. */
  #columns(): number {
    if (!this.delegate.grid?.()) return 1;
    const options = this.#options();
    const top = options[0]?.offsetTop;
    const n = options.findIndex((o) => o.offsetTop !== top);
    return Math.max(1, n < 0 ? options.length : n);
  }

  /** Options that fit in the listbox's height, less one for context. */
  #pageSize(): number {
    const height = this.delegate.container()?.clientHeight ?? 0;
    const row = this.#options()[0]?.offsetHeight || 48;
    return Math.max(1, Math.floor(height / row / this.#columns()) * this.#columns() - 1);
  }

  #typeAhead(key: string) {
    const now = performance.now();
    this.#typed = (now - this.#typedAt < TYPEAHEAD_MS ? this.#typed : '') + key.toLocaleLowerCase();
    this.#typedAt = now;
    const n = this.delegate.count();
    // "aaa" cycles through the options starting with "a"; "ab" refines the current match.
    const cycling = [...this.#typed].every((c) => c === this.#typed[0]);
    const query = cycling ? this.#typed[0]! : this.#typed;
    const start = cycling || this.#typed.length === 1 ? this.active + 1 : this.active;
    for (let k = 0; k < n; k++) {
      const i = (start + k) % n;
      if (this.delegate.label(i).trimStart().toLocaleLowerCase().startsWith(query)) {
        this.setActive(i);
        return;
      }
    }
  }
}
