import { css } from 'lit';

export const audioBarStyles = css`
  :host {
    display: block;
    container: nr-audio-bar / inline-size;
  }
  :host([position='top']),
  :host([position='bottom']) {
    position: fixed;
    inset-inline: 0;
    z-index: var(--nr-audio-bar-z-index, 1000);
  }
  :host([position='top']) {
    inset-block-start: 0;
  }
  :host([position='bottom']) {
    inset-block-end: 0;
  }
  .bar {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_nr-space-s);
    min-block-size: var(--nr-audio-bar-height, 3.5rem);
    padding: var(--_nr-space-s) var(--_nr-space-m);
    background: var(--nr-audio-bar-background, var(--_nr-surface));
    color: var(--nr-audio-bar-color, var(--_nr-text));
    border: var(--nr-audio-bar-border, 1px solid var(--_nr-border));
    border-radius: var(--_nr-radius);
    line-height: 1.3;
  }
  :host([position='top']) .bar,
  :host([position='bottom']) .bar {
    border-radius: 0;
    border-inline-width: 0;
    box-shadow: var(--nr-audio-bar-shadow, 0 0 1rem rgb(0 0 0 / 0.12));
  }
  :host([position='top']) .bar {
    border-block-start-width: 0;
    padding-block-start: calc(var(--_nr-space-s) + env(safe-area-inset-top, 0px));
  }
  :host([position='bottom']) .bar {
    border-block-end-width: 0;
    padding-block-end: calc(var(--_nr-space-s) + env(safe-area-inset-bottom, 0px));
  }

  /* now playing */
  .meta {
    display: flex;
    align-items: center;
    gap: var(--_nr-space-s);
    flex: 1 1 100%;
    min-inline-size: 0;
  }
  .cover {
    flex: none;
    inline-size: var(--nr-audio-bar-cover-size, 2.75rem);
    block-size: var(--nr-audio-bar-cover-size, 2.75rem);
    object-fit: cover;
    border-radius: calc(var(--_nr-radius) / 2);
    background: var(--_nr-border);
  }
  .text {
    display: grid;
    flex: 0 1 auto;
    min-inline-size: 0;
  }
  /* Long titles are cut with an ellipsis (full text in the title attribute); never a marquee. */
  .title,
  .subtitle {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .title {
    font-weight: 600;
    text-decoration: none;
  }
  a.title:hover {
    text-decoration: underline;
  }
  .subtitle {
    font-size: 0.8125rem;
    color: var(--_nr-muted);
  }
  .live {
    flex: none;
    padding: 0.125rem 0.375rem;
    border-radius: 0.25rem;
    background: var(--nr-audio-bar-live-background, var(--_nr-accent));
    color: var(--nr-audio-bar-live-color, var(--_nr-on-accent));
    font-size: 0.6875rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  /* controls */
  .transport,
  .end {
    display: flex;
    align-items: center;
    gap: 0.125rem;
  }
  /* Time runs left to right in every script: transport, seek bar and times are not mirrored in RTL. */
  .transport,
  .seekbox {
    direction: ltr;
  }
  .end {
    margin-inline-start: auto;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .play,
  .play:hover:not(:disabled) {
    background: var(--nr-audio-bar-play-background, var(--_nr-accent));
    color: var(--nr-audio-bar-play-color, var(--_nr-on-accent));
  }
  .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: currentColor;
  }
  input[type='range'] {
    margin: 0;
    min-inline-size: 0;
    accent-color: var(--nr-audio-bar-accent, var(--_nr-accent));
    cursor: pointer;
  }
  .volume {
    inline-size: var(--nr-audio-bar-volume-width, 6rem);
  }
  .seekbox {
    display: flex;
    align-items: center;
    gap: var(--_nr-space-s);
    flex: 1 1 100%;
    order: 1;
    min-inline-size: 0;
  }
  .seek {
    flex: 1 1 auto;
  }
  .time {
    flex: none;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    color: var(--_nr-muted);
  }

  /* messages: error + retry, playing in another tab */
  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_nr-space-s);
    flex: 1 1 100%;
    order: 1;
    font-size: 0.875rem;
  }
  [part='error'] {
    color: var(--nr-audio-bar-error-color, var(--nr-color-error, light-dark(#b3261e, #ffb4ab)));
  }
  .text-button {
    inline-size: auto;
    block-size: 2rem;
    padding-inline: 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_nr-radius);
  }
  .text-button .icon {
    inline-size: 1.125rem;
    block-size: 1.125rem;
  }

  /* the queue */
  .queue {
    flex: 1 1 100%;
    order: 1;
    max-block-size: var(--nr-audio-bar-queue-height, 50vh);
    overflow: auto;
    border-block-start: 1px solid var(--_nr-border);
    background: var(--nr-audio-bar-background, var(--_nr-surface));
  }
  .queue[hidden] {
    display: none;
  }
  :host([position='top']) .queue,
  :host([position='bottom']) .queue {
    position: absolute;
    inset-inline: 0;
    border: 1px solid var(--_nr-border);
    box-shadow: var(--nr-audio-bar-shadow, 0 0 1rem rgb(0 0 0 / 0.12));
  }
  :host([position='bottom']) .queue {
    inset-block-end: 100%;
  }
  :host([position='top']) .queue {
    inset-block-start: 100%;
  }
  .queue ol {
    list-style: none;
    margin: 0;
    padding: 0.25rem;
  }
  .queue p {
    margin: 0;
    padding: var(--_nr-space-s);
    color: var(--_nr-muted);
  }
  .queue li button {
    display: grid;
    justify-content: stretch;
    justify-items: start;
    inline-size: 100%;
    block-size: auto;
    min-block-size: 2.5rem;
    padding: 0.375rem var(--_nr-space-s);
    border-inline-start: 0.25rem solid transparent;
    border-radius: calc(var(--_nr-radius) / 2);
    text-align: start;
  }
  .queue li button > * {
    max-inline-size: 100%;
  }
  .queue [aria-current='true'] {
    font-weight: 700;
    border-inline-start-color: var(--_nr-accent);
  }

  .announcer {
    /* The title's font: announcements ("Loading…") in a size and weight no visible text of the
       bar uses would be a new font for the engine to look up (2 to 25 ms measured) in the frame
       right after a click on Play. */
    font-weight: 600;
  }

  /* compact (240 px sidebars): the volume slider hides behind the mute button */
  @container nr-audio-bar (max-width: 29.99rem) {
    .volume {
      display: none;
    }
  }
  @container nr-audio-bar (max-width: 17rem) {
    .bar {
      padding-inline: var(--_nr-space-s);
    }
    .transport button:not(.play),
    .end button {
      inline-size: 2.25rem;
    }
  }
  /* wide: one row */
  @container nr-audio-bar (min-width: 48rem) {
    .meta {
      flex: 1 1 12rem;
    }
    .seekbox {
      flex: 2 1 12rem;
      order: 0;
    }
  }
`;
