import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Announcer } from '../../core/audio/announcer.js';
import { AudioController } from '../../core/audio/audio-controller.js';
import { afterMediaTurn } from '../../core/audio/media-turn.js';
import { runShortcut, shortcutFor } from '../../core/audio/keyboard.js';
import { AUDIO_BAR_LABELS, barView, fill, type AudioBarLabels, type BarView } from '../../core/audio/labels.js';
import { barNotices } from '../../core/audio/bar-notices.js';
import { becomePopup, openPopup } from '../../core/audio/cross-tab.js';
import { getPlayer } from '../../core/audio/player.js';
import { knownOnDemand } from '../../core/audio/player-state.js';
import type { Player, PlayerState, PlayerStatus, Track } from '../../core/audio/types.js';
import { baseStyles } from '../../core/base.styles.js';
import { labelsConverter } from '../../core/data-states.js';
import { localeOf } from '../../core/dates.js';
import { registerElement } from '../../core/define.js';
import { whenIdle } from '../../core/idle.js';
import { reserveViewportEdge } from '../../core/reserve-space.js';
import { formatDurationText, formatPercent, formatTime, isKnownTime, warmTimeFormats } from '../../core/time-format.js';
import { audioBarStyles } from './audio-bar.styles.js';
import * as icons from './icons.js';

export const AUDIO_BAR_POSITIONS = ['inline', 'top', 'bottom'] as const;
export type AudioBarPosition = (typeof AUDIO_BAR_POSITIONS)[number];


/**
 * The player bar: play/pause, previous/next, volume and mute, a queue, the cover, title and
 * artist of what is playing, a LIVE badge for streams or a seek bar with times for on-demand
 * audio, and the loading, buffering, reconnecting, error and autoplay-blocked states.
 *
 * It controls the page's shared player (`getPlayer(name)`), so any number of bars and playlists
 * stay in sync. With `src` (plus `heading`, `subtitle`, `cover`, `metadata-url`, `live`) it is a
 * single-station bar that needs no JavaScript: the track is queued, never auto-played. Without
 * `src`, beside a `<radio-playlist>`, it shows the playlist's first row until something plays,
 * and its Play button starts that row.
 *
 * `position="top"` / `"bottom"` fixes the bar to the viewport and reserves its height as padding
 * on `<body>` (added to the body's own padding), and sets `--nr-audio-bar-offset-top` /
 * `--nr-audio-bar-offset-bottom` on `<html>` for the page's own fixed elements; both are removed
 * when the bar leaves the page.
 *
 * **Keyboard**, while focus is in the bar: Space or K play/pause, M mute, ← / → seek 5 s
 * (volume for live streams), ↑ / ↓ volume 10 %, N / P next / previous. Space keeps activating a
 * focused button and arrows keep moving a focused slider; Ctrl/Alt/Meta combinations are left to
 * the browser. In the open queue ↑ / ↓ move between tracks, Escape closes it and returns focus to
 * the queue button.
 *
 * **Labels**: every text comes from `AUDIO_BAR_LABELS`; override any of them with the `labels`
 * property or a JSON `labels` attribute: `labels='{"play":"Abspielen","pause":"Pause"}'`.
 *
 * @summary Persistent player bar bound to the shared audio engine.
 * @tag audio-bar
 *
 * @attr lang - Language of numbers and times (`١:٠٥` in Arabic); defaults to the nearest `lang` ancestor.
 *
 * @csspart bar - The bar's frame (a labelled region).
 * @csspart cover - The cover image (decorative: the title is next to it).
 * @csspart title - The title (a link when the track has one).
 * @csspart subtitle - Artist, show or station.
 * @csspart status - Loading, buffering, reconnecting, autoplay-blocked or "another tab" text.
 * @csspart live-badge - The LIVE badge of live streams.
 * @csspart play-button - Play/pause toggle.
 * @csspart previous-button - Previous track.
 * @csspart next-button - Next track.
 * @csspart seek - The seek slider (on-demand audio only).
 * @csspart time - Elapsed and total time.
 * @csspart mute-button - Mute toggle.
 * @csspart volume - The volume slider (hidden below 30rem of width: the mute button stays).
 * @csspart queue-button - Opens and closes the queue.
 * @csspart queue - The queue panel.
 * @csspart queue-item - One track button in the queue.
 * @csspart error - The error message and its Retry button.
 * @csspart retry-button - Loads the failed track again.
 * @csspart take-over-button - Plays here when another tab is playing.
 * @csspart resume-button - "Resume <title>" after a reload with `persist` (plays the remembered track).
 * @csspart popup-button - Opens the popup player (`popup` attribute).
 *
 * @cssprop [--nr-audio-bar-height=3.5rem] - Minimum height of the bar.
 * @cssprop [--nr-audio-bar-background=var(--nr-color-surface)] - Bar and queue background.
 * @cssprop [--nr-audio-bar-color=var(--nr-color-text)] - Text and icon colour.
 * @cssprop [--nr-audio-bar-border=1px solid var(--nr-color-border)] - Border (only the inner edge when fixed).
 * @cssprop [--nr-audio-bar-shadow=0 0 1rem rgb(0 0 0 / 0.12)] - Shadow of fixed bars and the queue panel.
 * @cssprop [--nr-audio-bar-z-index=1000] - Stacking order of fixed bars.
 * @cssprop [--nr-audio-bar-cover-size=2.75rem] - Cover size.
 * @cssprop [--nr-audio-bar-accent=var(--nr-color-accent)] - Slider colour.
 * @cssprop [--nr-audio-bar-play-background=var(--nr-color-accent)] - Play button background.
 * @cssprop [--nr-audio-bar-play-color=var(--nr-color-on-accent)] - Play button icon colour.
 * @cssprop [--nr-audio-bar-live-background=var(--nr-color-accent)] - LIVE badge background.
 * @cssprop [--nr-audio-bar-live-color=var(--nr-color-on-accent)] - LIVE badge text colour.
 * @cssprop [--nr-audio-bar-error-color=var(--nr-color-error)] - Error text colour.
 * @cssprop [--nr-audio-bar-volume-width=6rem] - Width of the volume slider.
 * @cssprop [--nr-audio-bar-queue-height=50vh] - Maximum height of the queue panel.
 * @cssprop [--nr-color-surface] - Global surface colour.
 * @cssprop [--nr-color-text] - Global text colour.
 * @cssprop [--nr-color-muted] - Global colour of secondary text.
 * @cssprop [--nr-color-accent] - Global accent colour (play button, sliders, focus ring).
 * @cssprop [--nr-color-on-accent] - Global text colour on the accent colour.
 * @cssprop [--nr-color-border] - Global border colour.
 * @cssprop [--nr-color-error] - Global error colour.
 * @cssprop [--nr-font-family=inherit] - Global font.
 * @cssprop [--nr-radius=0.5rem] - Global corner radius.
 * @cssprop [--nr-space-s=0.5rem] - Global small spacing.
 * @cssprop [--nr-space-m=1rem] - Global medium spacing.
 *
 * @fires {NrPlayEvent} nr-play - Dispatched on `document` by the player when playback starts (after a click on play, a queue item, Retry…).
 * @fires {NrPauseEvent} nr-pause - Dispatched on `document` by the player when playback pauses.
 * @fires {NrTrackChangeEvent} nr-track-change - Dispatched on `document` by the player when the current track changes (next, previous, queue).
 * @fires {NrEndedEvent} nr-ended - Dispatched on `document` by the player when an on-demand track played to its end.
 * @fires {NrErrorEvent} nr-error - Dispatched on `document` by the player when playback fails.
 * @fires {NrReconnectEvent} nr-reconnect - Dispatched on `document` by the player on each reconnect attempt of a live stream.
 */
export class AudioBar extends LitElement {
  /** Renders a click's feedback after the media's events that the click queued (media-turn.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterMediaTurn(() => super.scheduleUpdate());
  }

  static override styles = [baseStyles, audioBarStyles];

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** Name of the shared player to control; elements with the same name share one (default: the page's default player). */
  @property({ reflect: true }) player?: string;

  /** `inline` (default: in the page flow), `bottom` or `top` (fixed to the viewport, space reserved). */
  @property({ reflect: true }) position: AudioBarPosition = 'inline';

  /** Stream or file URL of a single-station bar; queued (not played) when the player has nothing yet. */
  @property() src?: string;

  /** Title of the `src` track (the station's name). */
  @property() heading?: string;

  /** Subtitle of the `src` track. */
  @property() subtitle?: string;

  /** Cover image URL of the `src` track. */
  @property() cover?: string;

  /** Now-playing endpoint of the `src` stream (Icecast `status-json.xsl`, Shoutcast v2, AzuraCast). */
  @property({ attribute: 'metadata-url' }) metadataUrl?: string;

  /** Marks the `src` track as a live stream (otherwise detected from its infinite duration). */
  @property({ type: Boolean }) live = false;

  /** Remember volume, mute and the last track in `localStorage` and restore them. */
  @property({ type: Boolean }) persist = false;

  /** Shows a button that opens the popup player page (`popup-url`), which takes playback over. */
  @property({ type: Boolean }) popup = false;

  /** The popup player page the `popup` button opens: a page of the site with `<audio-bar player-popup>`. */
  @property({ attribute: 'popup-url' }) popupUrl = '/player-popup.html';

  /** Set on the bar of the popup player page: asks the page that opened it to hand playback over. */
  @property({ type: Boolean, attribute: 'player-popup' }) playerPopup = false;

  /** Reconnect attempts for a dropped live stream before the bar shows an error with Retry. */
  @property({ type: Number, attribute: 'max-reconnect-attempts' }) maxReconnectAttempts?: number;

  /** Overrides of `AUDIO_BAR_LABELS` (property, or a JSON object in the attribute). */
  @property({ converter: labelsConverter }) labels: Partial<AudioBarLabels> = {};

  /** `light` or `dark` forces a colour scheme, `auto` follows the visitor's preference; otherwise the page's `color-scheme` applies. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Read-only: the player's status, reflected for CSS (`audio-bar[status='error']`). */
  @property({ reflect: true }) status: PlayerStatus = 'idle';

  /**
   * For previews and tests only: state fields shown instead of the player's (commands still go to
   * the player). Lets Storybook render "reconnecting" or "error" without a failing network.
   */
  @property({ attribute: false }) state?: Partial<PlayerState>;

  #audio = new AudioController(this, (s: PlayerState) => s);
  #announcer = new Announcer((text) => {
    this.#announcement = text;
    this.requestUpdate();
  });
  #announcement = '';
  #announced = '';
  #queueOpen = false;
  #scrub?: number;
  #queuedSrc?: string;
  #release?: () => void;
  #L: AudioBarLabels = AUDIO_BAR_LABELS;
  #view!: BarView;

  constructor() {
    super();
    this.addEventListener('keydown', this.#onKeydown);
  }

  /** The shared player this bar controls (`getPlayer(this.player)`). */
  get #engine(): Player {
    return getPlayer(this.player || undefined);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.#reserve();
    if (!this.#intlReady) {
      this.#cancelIdle = whenIdle(() => {
        this.#intlReady = true;
        warmTimeFormats(localeOf(this));
        this.requestUpdate();
      }, 1000);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#release?.();
    this.#release = undefined;
    this.#announcer.cancel();
    this.#cancelIdle?.();
  }

  /**
   * The sliders' spoken texts ("80 %", "1 min, 5 sec of 3 min") need Intl's locale data, whose
   * first use on a page costs ~20 ms: they are added once the page is idle, not in the first
   * render (until then a screen reader reads the slider's number).
   */
  #intlReady = false;
  #cancelIdle?: () => void;

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  get #state(): PlayerState {
    const engine = this.#audio.value ?? this.#engine.getState();
    return this.state ? { ...engine, ...this.state } : engine;
  }

  #ownTrack(): Track | undefined {
    const src = this.src?.trim();
    if (!src) return undefined;
    const track: Track = { id: src, src, title: this.heading ?? '' };
    if (this.subtitle) track.subtitle = this.subtitle;
    if (this.cover) track.cover = this.cover;
    if (this.metadataUrl) track.metadataUrl = this.metadataUrl;
    if (this.live) track.live = true;
    return track;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('position') && !AUDIO_BAR_POSITIONS.includes(this.position)) this.position = 'inline';
    this.#L = { ...AUDIO_BAR_LABELS, ...this.labels };
    const engine = this.#engine;
    const rebound = changed.has('player');
    if (rebound && this.#audio.player !== engine) {
      // The controller reads the attribute; reflect it now rather than after this update.
      this.toggleAttribute('player', !!this.player);
      if (this.player) this.setAttribute('player', this.player);
      this.#audio.rebind();
    }
    if ((rebound || changed.has('maxReconnectAttempts')) && (this.maxReconnectAttempts ?? -1) >= 0) {
      engine.configure({ maxReconnectAttempts: this.maxReconnectAttempts });
    }
    if ((rebound || changed.has('persist')) && this.persist) engine.enablePersistence();
    if ((rebound || changed.has('playerPopup')) && this.playerPopup) becomePopup(engine);
    if (rebound || changed.has('src') || changed.has('heading') || changed.has('live') || changed.has('metadataUrl')) {
      this.#queueOwnTrack();
    }
    const s = this.#state;
    this.status = s.status;
    this.#view = barView(s, this.#ownTrack(), this.#L);
    this.#announce(this.#view.announcement);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('position')) this.#reserve();
  }

  /** Queues the `src` track when the player has none, or replaces the one this bar queued before. */
  #queueOwnTrack() {
    const track = this.#ownTrack();
    if (!track) return;
    const current = this.#engine.getState().track;
    if (!current || (current.id === this.#queuedSrc && current.id !== track.id)) {
      void this.#engine.setQueue([track], 0, false);
    }
    this.#queuedSrc = track.id;
  }

  #reserve() {
    this.#release?.();
    const edge = this.position;
    this.#release = this.isConnected && (edge === 'top' || edge === 'bottom') ? reserveViewportEdge(this, edge) : undefined;
  }

  #announce(text: string) {
    if (text && text !== this.#announced) this.#announcer.announce(text);
    this.#announced = text || this.#announced;
  }

  protected override render() {
    const s = this.#state;
    const L = this.#L;
    const { track, live, active, title, subtitle, cover, link, status, error } = this.#view;
    const single = s.queue.length < 2;
    const held = s.elsewhere === 'popup' && !!s.playingElsewhere;
    const shown = title || L.idle;
    return html`<section part="bar" class="bar" aria-label=${L.player}>
      <div class="meta">
        ${cover ? html`<img part="cover" class="cover" src=${cover} alt="" />` : nothing}
        <div class="text">
          ${link
            ? html`<a part="title" class="title" dir="auto" href=${link} title=${shown}>${shown}</a>`
            : html`<span part="title" class="title" dir="auto" title=${shown}>${shown}</span>`}
          ${status
            ? html`<span part="status" class="subtitle">${status}</span>`
            : subtitle
              ? html`<span part="subtitle" class="subtitle" dir="auto" title=${subtitle}>${subtitle}</span>`
              : nothing}
        </div>
        ${live ? html`<span part="live-badge" class="live">${L.live}</span>` : nothing}
      </div>
      <div class="transport" ?inert=${held}>
        <button part="previous-button" aria-label=${L.previous} ?disabled=${single} @click=${() => this.#engine.previous()}>
          ${icons.previousIcon}
        </button>
        <button part="play-button" class="play" aria-label=${active ? L.pause : L.play} @click=${() => this.#engine.toggle()}>
          ${active ? icons.pauseIcon : icons.playIcon}
        </button>
        <button part="next-button" aria-label=${L.next} ?disabled=${single} @click=${() => this.#engine.next()}>
          ${icons.nextIcon}
        </button>
      </div>
      ${track && !live && !held ? this.#seekBar(s, track) : nothing}
      <div class="end" ?inert=${held}>
        <button
          part="mute-button"
          aria-label=${L.mute}
          aria-pressed=${s.muted ? 'true' : 'false'}
          @click=${() => this.#engine.setMuted(!s.muted)}
        >
          ${s.muted ? icons.mutedIcon : icons.volumeIcon}
        </button>
        <input
          part="volume"
          class="volume"
          type="range"
          min="0"
          max="100"
          step="1"
          .value=${String(Math.round(s.volume * 100))}
          aria-label=${L.volume}
          aria-valuetext=${this.#intlReady ? formatPercent(s.volume, localeOf(this)) : nothing}
          @input=${this.#onVolume}
        />
        ${this.popup && !this.playerPopup
          ? html`<button part="popup-button" aria-label=${L.popup} @click=${() => openPopup(this.#engine, this.popupUrl)}>${icons.popupIcon}</button>`
          : nothing}
        <button
          part="queue-button"
          aria-label=${L.queue}
          aria-expanded=${this.#queueOpen ? 'true' : 'false'}
          aria-controls="queue"
          @click=${() => this.#toggleQueue()}
        >
          ${icons.queueIcon}
        </button>
      </div>
      ${barNotices(s, this.#engine, L, error, icons.retryIcon)}
      <div part="queue" id="queue" class="queue" ?hidden=${!this.#queueOpen}>
        ${!this.#queueOpen
          ? nothing
          : s.queue.length
          ? html`<ol aria-label=${L.queue}>
              ${s.queue.map(
                (t, i) => html`<li>
                  <button part="queue-item" aria-current=${i === s.index ? 'true' : 'false'} @click=${() => this.#engine.play(t)}>
                    <span class="title" dir="auto">${t.title}</span>
                    ${t.subtitle ? html`<span class="subtitle" dir="auto">${t.subtitle}</span>` : nothing}
                  </button>
                </li>`,
              )}
            </ol>`
          : html`<p>${L.queueEmpty}</p>`}
      </div>
      <div class="nr-visually-hidden announcer" role="status">${this.#announcement}</div>
    </section>`;
  }

  /**
   * The seek bar of what plays, or of what Play would start (a playlist's first row): that one
   * shows its length and cannot seek yet (there is nothing loaded to seek in).
   */
  #seekBar(s: PlayerState, track: Track) {
    const locale = localeOf(this);
    const duration = s.track ? s.duration : knownOnDemand(track) ? track.duration! : NaN;
    const known = isKnownTime(duration) && duration > 0;
    const at = this.#scrub ?? (s.track ? s.position : 0);
    const elapsed = this.#intlReady ? formatDurationText(at, locale) : '';
    const valueText = !elapsed ? nothing : known ? fill(this.#L.position, { elapsed, total: formatDurationText(duration, locale) }) : elapsed;
    return html`<div class="seekbox">
      <input
        part="seek"
        class="seek"
        type="range"
        min="0"
        max=${known ? duration : 0}
        step="1"
        .value=${String(known ? at : 0)}
        ?disabled=${!known || !s.track}
        aria-label=${this.#L.seek}
        aria-valuetext=${valueText}
        @input=${(e: Event) => {
          this.#scrub = (e.target as HTMLInputElement).valueAsNumber;
          this.requestUpdate();
        }}
        @change=${(e: Event) => {
          this.#scrub = undefined;
          this.#engine.seek((e.target as HTMLInputElement).valueAsNumber);
        }}
      />
      <span part="time" class="time">${formatTime(at, locale)} / ${formatTime(duration, locale)}</span>
    </div>`;
  }

  #onVolume = (e: Event) => {
    const volume = (e.target as HTMLInputElement).valueAsNumber / 100;
    this.#engine.setVolume(volume);
    if (volume > 0 && this.#state.muted) this.#engine.setMuted(false);
  };

  async #toggleQueue(open = !this.#queueOpen, focusToggle = false) {
    this.#queueOpen = open;
    this.requestUpdate();
    await this.updateComplete;
    if (focusToggle) this.renderRoot.querySelector<HTMLElement>('[part="queue-button"]')?.focus();
  }

  #onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.#queueOpen) {
      e.preventDefault();
      void this.#toggleQueue(false, true);
      return;
    }
    const item = e.composedPath()[0] as HTMLElement;
    if (item.matches?.('[part="queue-item"]') && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const li = item.parentElement!;
      const to = e.key === 'ArrowDown' ? li.nextElementSibling : li.previousElementSibling;
      to?.querySelector('button')?.focus();
      return;
    }
    const s = this.#state;
    if (s.elsewhere === 'popup' && s.playingElsewhere) return;
    const action = shortcutFor(e, s.live || !!s.track?.live);
    if (!action) return;
    e.preventDefault();
    runShortcut(action, this.#engine, s);
  };
}

registerElement('audio-bar', AudioBar);

declare global {
  interface HTMLElementTagNameMap {
    'audio-bar': AudioBar;
  }
}
