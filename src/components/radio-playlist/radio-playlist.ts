import { loadVirtualizer, loadedVirtualizer } from '../../core/virtualizer.js';
import { LitElement, html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { AudioController } from '../../core/audio/audio-controller.js';
import { afterMediaTurn } from '../../core/audio/media-turn.js';
import type { PlayerStatus, Track } from '../../core/audio/types.js';
import { baseStyles } from '../../core/base.styles.js';
import { dataStateStyles, labelsConverter, reflectStatus, renderEmpty, renderError, renderLoading, STATE_LABELS, type DataStatus } from '../../core/data-states.js';
import { localeOf } from '../../core/dates.js';
import { registerElement } from '../../core/define.js';
import { ListboxController } from '../../core/listbox.js';
import { allTracks, LazyTracks, type TrackList } from '../../core/loaders/json-playlist.js';
import { PlaylistSourceController } from '../../core/playlist-source.js';
import { formatTime } from '../../core/time-format.js';
import { radioPlaylistStyles } from './radio-playlist.styles.js';

export const RADIO_PLAYLIST_LAYOUTS = ['list', 'grid', 'compact'] as const;
export type RadioPlaylistLayout = (typeof RADIO_PLAYLIST_LAYOUTS)[number];

/** Every text of `<radio-playlist>`; `{filter}` is filled in. Override any of them with `labels`. */
export const RADIO_PLAYLIST_LABELS = {
  ...STATE_LABELS,
  /** Accessible name of the list. */
  list: 'Playlist',
  loading: 'Loading playlist…',
  empty: 'This playlist is empty.',
  live: 'Live',
  /** Read after the title of the row that is playing / loading. */
  playing: 'Playing',
  buffering: 'Loading',
  search: 'Filter the playlist',
  noMatches: 'Nothing matches “{filter}”.',
};
export type RadioPlaylistLabels = typeof RADIO_PLAYLIST_LABELS;

/** Fallback art of a row without a usable cover: a radio (Material Symbols "radio"). */
const coverIcon = html`<svg viewBox="0 -960 960 960" aria-hidden="true" focusable="false"><path
  d="M160-80q-33 0-56.5-23.5T80-160v-480q0-25 13.5-45t36.5-29l506-206 26 66-330 134h468q33 0 56.5 23.5T880-640v480q0 33-23.5 56.5T800-80H160Zm160-160q42 0 71-29t29-71q0-42-29-71t-71-29q-42 0-71 29t-29 71q0 42 29 71t71 29ZM160-520h480v-80h80v80h80v-120H160v120Z"
></path></svg>`;

/** The play and pause shapes of `<audio-bar>` (Material Symbols), inline in each row's template. */
const PLAY_PATH = 'M320-200v-560l440 280-440 280Z';
const PAUSE_PATH = 'M560-200v-560h160v560H560Zm-320 0v-560h160v560H240Z';

const ACTIVE: readonly PlayerStatus[] = ['playing', 'loading', 'buffering', 'reconnecting'];
const BUSY: readonly PlayerStatus[] = ['loading', 'buffering', 'reconnecting'];
type VirtualHost = HTMLElement & Record<symbol, { element(i: number): { scrollIntoView(o: object): void } | undefined } | undefined>;
/** Non-virtualized lists longer than this let rows out of view skip rendering (`content-visibility`). */
const LONG_LIST = 50;
/**
 * Rows rendered plainly while the virtualizer chunk loads: more than fill the list's default
 * 24rem (about 7 rows), and every one of them is thrown away once the virtualizer renders.
 */
const FIRST_ROWS = 20;

/**
 * A list of stations and mixes that plays through the page's shared player. Each row shows a
 * cover, title, subtitle and a LIVE badge or duration, and reflects the player: the playing row
 * shows pause and `aria-current="true"`, a loading row a spinner. Activating a row makes the
 * whole (filtered) list the player's queue, so any `<audio-bar>`'s previous/next walk it.
 *
 * Data, first found wins: the `items` property, `src` (JSON, M3U/extended M3U, PLS, XSPF;
 * detected from content type and content), an inline `<script type="application/json">` child,
 * or plain `<a href data-cover data-subtitle data-live data-duration>Title</a>` links inside the
 * element (they work as links before the script loads). Unsafe or unparseable URLs are skipped
 * and counted in `nr-load`.
 *
 * **Accessibility**: a WAI-ARIA single-select listbox with a roving tabindex. Each row is one
 * `option` and is itself the play/pause control (no nested buttons: the play icon is
 * decoration): ↑/↓ (and ←/→ in the grid), Home/End, PageUp/PageDown, type-ahead, Enter/Space
 * play or pause. `aria-selected` marks the player's current track, `aria-current` a row that is
 * playing; `aria-posinset`/`aria-setsize` stay right when rows are virtualized (above
 * `virtualize-threshold` rows, with `@lit-labs/virtualizer`; the grid layout then shows rows).
 *
 * @summary Station and mix list with play/pause per row, sharing one player.
 * @tag radio-playlist
 *
 * @attr lang - Language used to format durations; defaults to the nearest `lang` ancestor.
 *
 * @slot empty - Replaces the text of the empty state.
 * @slot error - Replaces the message of the error state (the Retry button stays).
 *
 * @csspart search - The filter box (`searchable`).
 * @csspart list - The listbox (the scroller when virtualized).
 * @csspart item - A row (`option`); also `item-current` on the player's current track.
 * @csspart cover - The cover image, or the fallback art.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart live-badge - The LIVE badge.
 * @csspart duration - The duration of on-demand items.
 * @csspart play-icon - The play/pause/spinner icon of a row (decoration: the row is the control).
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state, and the "nothing matches" text of a filter.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 *
 * @cssprop [--nr-radio-playlist-height=24rem] - Height of a virtualized (long) list.
 * @cssprop [--nr-radio-playlist-max-height=none] - Maximum height of a short list before it scrolls.
 * @cssprop [--nr-radio-playlist-cover-size=3rem] - Cover size in the list layout (2rem in compact).
 * @cssprop [--nr-radio-playlist-grid-min=9rem] - Minimum column width of the grid layout.
 * @cssprop [--nr-radio-playlist-current-background] - Background of the player's current row.
 * @cssprop [--nr-color-accent] - Global accent colour (play icon, badge, focus ring).
 * @cssprop [--nr-color-surface] - Global surface colour.
 * @cssprop [--nr-color-text] - Global text colour.
 * @cssprop [--nr-color-muted] - Global colour of secondary text.
 * @cssprop [--nr-color-border] - Global border colour.
 * @cssprop [--nr-radius=0.5rem] - Global corner radius.
 *
 * @fires {NrLoadEvent} nr-load - Data was read from `src`, inline JSON or links: `{ url, count, skipped }` (`url` is `''` for inline data).
 * @fires {NrErrorEvent} nr-error - Loading `src` or the inline JSON failed: `{ url, kind, status?, message }`.
 */
export class RadioPlaylist extends LitElement {
  /** Renders a click's feedback after the media's events that the click queued (media-turn.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterMediaTurn(() => super.scheduleUpdate());
  }

  static override styles = [baseStyles, dataStateStyles, radioPlaylistStyles];

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a playlist: JSON, M3U/M3U8, PLS or XSPF. */
  @property() src?: string;

  /** Tracks set from JavaScript; win over `src` and markup. */
  @property({ attribute: false }) items?: Track[];

  /** `list` (default), `grid` (cover cards) or `compact` (small rows for sidebars). */
  @property({ reflect: true }) layout: RadioPlaylistLayout = 'list';

  /** Name of the shared player to use; elements with the same name share one (default: the page's default player). */
  @property({ reflect: true }) player?: string;

  /** Shows a filter box above the list. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Shows only rows whose title or subtitle contains this text (case-insensitive). */
  @property() filter = '';

  /** Lists with more rows than this are virtualized (only the visible rows are in the DOM). */
  @property({ type: Number, attribute: 'virtualize-threshold' }) virtualizeThreshold = 200;

  /** Milliseconds before loading `src` gives up (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** Texts to override (`RADIO_PLAYLIST_LABELS` keys), as a property or a JSON attribute. */
  @property({ converter: labelsConverter }) labels: Partial<RadioPlaylistLabels> = {};

  /** `light` or `dark` forces a colour scheme, `auto` follows the visitor's preference; otherwise the page's `color-scheme` applies. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  #L: RadioPlaylistLabels = RADIO_PLAYLIST_LABELS;
  #labelsOf?: Partial<RadioPlaylistLabels>;
  #status: DataStatus = 'loading';
  #locale?: string;
  #view: TrackList = [];
  #viewOf?: [TrackList | undefined, string];
  #range = { first: 0, last: Infinity };
  #broken = new Set<string>();
  #source = new PlaylistSourceController(this);
  #audio = new AudioController(this, (s) => ({ id: s.track?.id, status: s.status }));
  #listbox: ListboxController = new ListboxController(this, {
    count: () => this.#view.length,
    label: (i) => this.#view.at(i)?.title ?? '',
    activate: (i) => this.#play(i),
    container: () => this.renderRoot.querySelector('#list'),
    option: (i) => this.renderRoot.querySelector(`#o${i}`),
    reveal: (i) => {
      const ref = loadedVirtualizer()?.virtualizerRef;
      if (ref) (this.renderRoot.querySelector('#list') as VirtualHost | null)?.[ref]?.element(i)?.scrollIntoView({ block: 'nearest' });
    },
    grid: () => this.layout === 'grid' && this.#view.length <= this.virtualizeThreshold,
  });

  /** The tracks as loaded (before `filter`), read-only. */
  get tracks(): readonly Track[] {
    const all = this.#source.data.result?.tracks;
    return all ? allTracks(all) : [];
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#validateWhenIdle();
    if (this.#offered) this.#offer(this.#offered);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopValidating();
    if (this.#offered) this.#suggestions.withdraw?.(this);
  }

  /** The row offered to the player as the first thing to play, while this list is on the page. */
  #offered?: Track;

  /**
   * The first row is what a visitor most likely plays first: while the player has no track, its
   * source is attached ahead of the click (an on-demand file's header only; nothing for a stream)
   * and a bar without `src` shows it.
   */
  #offer(track: Track) {
    this.#offered = track;
    this.#suggestions.prepare?.(track, this);
  }

  /** The player's internal side for suggestions (the shared engine has it; a custom player may not). */
  get #suggestions() {
    return this.#audio.player as { prepare?(t: Track, from: object): void; withdraw?(from: object): void };
  }

  #stopValidating = () => {};

  /** A list given as `items` is validated while the page is idle, so a click on a row finds its queue ready. */
  #validateWhenIdle() {
    this.#stopValidating();
    if (this.#view instanceof LazyTracks) this.#stopValidating = this.#view.validateWhenIdle();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Loads `src` again, or re-reads the markup (what the Retry button does). */
  retry = () => this.#source.retry();

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('layout') && !RADIO_PLAYLIST_LAYOUTS.includes(this.layout)) this.layout = 'list';
    if (changed.has('player')) this.#audio.rebind();
    // Rows re-render only when what they show changes (see #row): keep the labels object stable.
    if (this.#labelsOf !== this.labels) this.#L = { ...RADIO_PLAYLIST_LABELS, ...(this.#labelsOf = this.labels) };
    this.#locale = localeOf(this);
    const data = this.#source.data;
    const all = data.result?.tracks;
    const filter = (this.filter ?? '').trim().toLocaleLowerCase();
    if (this.#viewOf?.[0] !== all || this.#viewOf?.[1] !== filter) {
      this.#viewOf = [all, filter];
      this.#view = !all || !filter ? (all ?? []) : allTracks(all).filter((t) => `${t.title}\n${t.subtitle ?? ''}`.toLocaleLowerCase().includes(filter));
      this.#listbox.active = 0;
      const first = this.#view.at(0);
      if (first) this.#offer(first);
      this.#validateWhenIdle();
    }
    this.#status = data.status === 'ready' && !all?.length ? 'empty' : data.status;
    reflectStatus(this, this.#status);
  }

  protected override render() {
    const data = this.#source.data;
    const L = this.#L;
    const status = this.#status;
    return html`${this.searchable ? this.#search() : nothing}${
      status === 'loading'
        ? renderLoading(L, html`${[0, 1, 2, 3].map(() => this.#skeletonRow())}`, 'list')
        : status === 'error'
          ? renderError(data.error!, L, this.retry)
          : status === 'empty'
            ? renderEmpty(L)
            : this.#view.length
              ? this.#list()
              : html`<p part="empty" class="nr-state nr-empty" role="status">${L.noMatches.replace('{filter}', this.filter)}</p>`
    }`;
  }

  #search() {
    return html`<input
      part="search"
      class="search"
      type="search"
      aria-label=${this.#L.search}
      placeholder=${this.#L.search}
      aria-controls=${this.#status === 'ready' && this.#view.length ? 'list' : nothing}
      .value=${live(this.filter)}
      @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => e.key === 'ArrowDown' && (e.preventDefault(), this.#listbox.focus(this.#listbox.active))}
    />`;
  }

  #list() {
    const view = this.#view;
    const virtual = view.length > this.virtualizeThreshold;
    const active = this.#listbox.active;
    const lost = virtual && (active < this.#range.first || active > this.#range.last);
    const listeners = {
      error: this.#onCoverError,
      keydown: this.#listbox.keydown,
      click: (e: Event) => this.#onRowEvent(e, (i) => this.#play(i)),
      focusin: (e: Event) => this.#onRowEvent(e, (i) => this.#listbox.focused(i)),
    };
    // Two templates, so switching between them replaces the element the virtualizer styled.
    return virtual
      ? html`<div id="list" role="listbox" part="list" class="list virtual" aria-label=${this.#L.list}
          tabindex=${lost ? 0 : nothing} @keydown=${listeners.keydown} @click=${listeners.click} @focusin=${listeners.focusin} @error=${listeners.error}
          @focus=${(e: FocusEvent) => e.target === e.currentTarget && this.#listbox.focus(this.#listbox.active)}
          @rangeChanged=${(e: Event & { first: number; last: number }) => this.#onRange(e)}>
          ${this.#virtualRows(view)}
        </div>`
      : html`<div id="list" role="listbox" part="list" class="list${view.length > LONG_LIST ? ' long' : ''}" aria-label=${this.#L.list}
          @keydown=${listeners.keydown} @click=${listeners.click} @focusin=${listeners.focusin} @error=${listeners.error}>
          ${this.#allRows(view)}
        </div>`;
  }

  /** What every row of the last render of all rows depended on. */
  #rowsDeps?: unknown[];

  /**
   * Every row of the view, for a list that is not virtualized. While the last render showed these
   * rows with the same texts and covers, only the rows whose playing state or tab stop changed
   * are rendered, the others are `noChange`: a new playing row in a list of 1000 renders two rows.
   */
  #allRows(view: TrackList) {
    const n = view.length;
    const deps = [view, this.#L, this.#locale, this.#broken.size];
    const all = !this.renderRoot.querySelector('#list:not(.virtual)') || !this.#rowsDeps?.every((d, k) => d === deps[k]);
    this.#rowsDeps = deps;
    const { id, status } = this.#audio.value;
    const active = this.#listbox.active;
    const [wasId, wasStatus, wasActive] = this.#shown ?? [];
    this.#shown = [id, status, active];
    const moved = id !== wasId || status !== wasStatus;
    return Array.from({ length: n }, (_, i) => {
      if (all || i === active || i === wasActive) return this.#row(i, n);
      const rowId = moved && view.at(i)?.id;
      return rowId && (rowId === id || rowId === wasId) ? this.#row(i, n) : noChange;
    });
  }

  /** What the rows showed when last rendered: the playing track, its status and the tab stop. */
  #shown?: [id: string | undefined, status: PlayerStatus, active: number];

  #virtualRows(view: TrackList) {
    const v = loadedVirtualizer();
    const n = view.length;
    if (!v) {
      void loadVirtualizer().then(() => this.requestUpdate());
      return this.#rows(Math.min(n, FIRST_ROWS), n);
    }
    return v.virtualize({
      items: (view instanceof LazyTracks ? view.records : view) as unknown[],
      keyFunction: (_: unknown, i: number) => view.at(i),
      layout: v.layout,
      scroller: true,
      // A guard directive, not a TemplateResult as typed: the virtualizer puts it in a child part like any value.
      renderItem: ((_: unknown, i: number) => this.#row(i, n)) as unknown as (item: unknown, i: number) => TemplateResult,
    });
  }

  /** Rows `0 … count - 1` of the view (of `n`). */
  #rows(count: number, n = count) {
    const rows = new Array<unknown>(count);
    for (let i = 0; i < count; i++) rows[i] = this.#row(i, n);
    return rows;
  }

  /**
   * Row `i` of `n`. Guarded: a row renders again only when its track, position or state
   * (current, playing, busy, tab stop, broken cover, labels, locale) changes, so a new playing
   * row re-renders two rows, not the whole list.
   */
  #row(i: number, n: number) {
    const t = this.#view.at(i);
    if (!t) return nothing; // an `items` entry made unusable after it was checked
    const { id, status } = this.#audio.value;
    const current = !!id && t.id === id;
    const playing = current && ACTIVE.includes(status);
    const busy = current && BUSY.includes(status);
    const cover = t.cover && !this.#broken.has(t.cover) ? t.cover : undefined;
    const tab = this.#listbox.tabIndex(i);
    return guard([t, i, n, current, playing, busy, tab, cover, this.#L, this.#locale], () => this.#renderRow(t, i, n, current, playing, busy, tab, cover));
  }

  #renderRow(t: Track, i: number, n: number, current: boolean, playing: boolean, busy: boolean, tab: number, cover?: string) {
    const L = this.#L;
    return html`<div role="option" id="o${i}" part="item${current ? ' item-current' : ''}" class="row" data-index=${i}
      tabindex=${tab} aria-selected=${current ? 'true' : 'false'} aria-current=${playing ? 'true' : nothing}
      aria-posinset=${i + 1} aria-setsize=${n}>
      ${cover
        ? html`<img part="cover" class="cover" src=${cover} alt="" loading="lazy" decoding="async" width="48" height="48" />`
        : html`<span part="cover" class="cover fallback">${coverIcon}</span>`}
      <span class="text">
        <span part="title" class="title">${t.title}</span>
        ${t.subtitle ? html`<span part="subtitle" class="subtitle">${t.subtitle}</span>` : nothing}
      </span>
      ${t.live
        ? html`<span part="live-badge" class="badge">${L.live}</span>`
        : t.duration
          ? html`<span part="duration" class="duration">${formatTime(t.duration, this.#locale)}</span>`
          : nothing}
      <span part="play-icon" class="toggle${playing ? ' on' : ''}${busy ? ' busy' : ''}" aria-hidden="true"
        ><svg viewBox="0 -960 960 960" aria-hidden="true" focusable="false"><path d=${playing ? PAUSE_PATH : PLAY_PATH}></path></svg
        >${busy ? html`<span class="spinner"></span>` : nothing}</span
      >
      ${playing ? html`<span class="nr-visually-hidden">${busy ? L.buffering : L.playing}</span>` : nothing}
    </div>`;
  }

  #skeletonRow() {
    return html`<div class="row skeleton" aria-hidden="true">
      <span class="cover nr-bone"></span>
      <span class="text"><span class="nr-bone title">&nbsp;</span><span class="nr-bone subtitle">&nbsp;</span></span>
    </div>`;
  }

  /** A cover that fails to load shows the fallback art (one capturing listener: `error` does not bubble). */
  #onCoverError = {
    capture: true,
    handleEvent: (e: Event) => {
      const img = e.target as HTMLImageElement;
      if (img.localName !== 'img' || !img.part.contains('cover')) return;
      this.#broken.add(img.getAttribute('src') ?? '');
      this.requestUpdate();
    },
  };

  #onRowEvent(e: Event, fn: (i: number) => void) {
    const row = (e.target as Element).closest?.('[role="option"]');
    if (row) fn(Number(row.getAttribute('data-index')));
  }

  /** Re-renders only when the active row enters or leaves the rendered range (its tab stop moves). */
  #onRange(e: { first: number; last: number }) {
    const a = this.#listbox.active;
    const was = a >= this.#range.first && a <= this.#range.last;
    this.#range = { first: e.first, last: e.last };
    if (was !== (a >= e.first && a <= e.last)) this.requestUpdate();
  }

  /** Plays row `i` (the filtered list becomes the player's queue), or pauses/resumes it if it is the current track. */
  #play(i: number) {
    const track = this.#view.at(i);
    if (!track) return;
    const { id, status } = this.#audio.value;
    const player = this.#audio.player;
    if (track.id === id && ACTIVE.includes(status)) player.pause();
    else if (track.id === id && status === 'paused') void player.play();
    else void player.setQueue(allTracks(this.#view), i, true);
  }
}

registerElement('radio-playlist', RadioPlaylist);

declare global {
  interface HTMLElementTagNameMap {
    'radio-playlist': RadioPlaylist;
  }
}
