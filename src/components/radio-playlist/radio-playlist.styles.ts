import { css } from 'lit';

export const radioPlaylistStyles = css`
  :host {
    display: block;
    --_nr-cover: var(--nr-radio-playlist-cover-size, 3rem);
  }
  :host([layout='compact']) {
    --_nr-cover: var(--nr-radio-playlist-cover-size, 2rem);
  }
  .search {
    display: block;
    inline-size: 100%;
    margin-block-end: var(--_nr-space-s);
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: inherit;
    background: var(--_nr-surface);
    border: 1px solid var(--_nr-border);
    border-radius: var(--_nr-radius);
  }
  .search::placeholder {
    color: var(--_nr-muted);
    opacity: 1;
  }
  /* A column of rows (flex, not grid: a changed row does not re-run grid placement over every row). */
  .list {
    display: flex;
    flex-direction: column;
    gap: 2px;
    max-block-size: var(--nr-radio-playlist-max-height, none);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .list.virtual {
    display: block;
    block-size: var(--nr-radio-playlist-height, 24rem);
    max-block-size: none;
  }
  .row {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto auto;
    align-items: center;
    gap: 0.75rem;
    min-block-size: calc(var(--_nr-cover) + 0.75rem);
    padding: 0.375rem var(--_nr-space-s);
    border-radius: var(--_nr-radius);
    flex: none;
    cursor: pointer;
    line-height: 1.3;
    user-select: none;
  }
  .virtual .row {
    inline-size: 100%;
  }
  /* Long lists that are not virtualized: rows out of view skip style, layout and paint. */
  :host(:not([layout='grid'])) .list.long > .row {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(var(--_nr-cover) + 0.75rem);
  }
  .row:hover {
    background: color-mix(in srgb, var(--_nr-text) 6%, transparent);
  }
  .row[aria-selected='true'] {
    background: var(--nr-radio-playlist-current-background, color-mix(in srgb, var(--_nr-accent) 12%, var(--_nr-surface)));
  }
  .row:focus-visible {
    outline-offset: -2px;
  }
  .cover {
    display: grid;
    place-items: center;
    inline-size: var(--_nr-cover);
    block-size: var(--_nr-cover);
    border-radius: calc(var(--_nr-radius) / 2);
    object-fit: cover;
    background: var(--_nr-border);
    color: var(--_nr-muted);
    overflow: hidden;
  }
  .cover svg {
    inline-size: 55%;
    fill: currentColor;
  }
  .text {
    display: grid;
    min-inline-size: 0;
  }
  .title,
  .subtitle {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .title {
    font-weight: 600;
  }
  .subtitle,
  .duration {
    font-size: 0.8125rem;
    color: var(--_nr-muted);
  }
  /* The playing row's spoken state ("Playing") in the subtitle's font size: a size and weight no
     visible text of the list uses is a new font for the engine to look up (2 to 12 ms measured),
     in the frame right after the click. */
  .row > .nr-visually-hidden {
    font-size: 0.8125rem;
  }
  .skeleton .title,
  .skeleton .subtitle {
    inline-size: 60%;
    margin-block: 0.125rem;
  }
  .skeleton .subtitle {
    inline-size: 35%;
  }
  .duration {
    font-variant-numeric: tabular-nums;
  }
  .badge {
    padding: 0.125rem 0.375rem;
    font-size: 0.6875rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_nr-on-accent);
    background: var(--_nr-accent);
    border-radius: 0.25rem;
  }
  .toggle {
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border-radius: 50%;
    color: var(--_nr-accent);
    border: 2px solid currentColor;
  }
  .toggle.on,
  .row:hover .toggle {
    color: var(--_nr-on-accent);
    background: var(--_nr-accent);
    border-color: var(--_nr-accent);
  }
  .toggle svg {
    inline-size: 1.25rem;
    fill: currentColor;
  }
  .toggle.busy svg {
    display: none;
  }
  .spinner {
    inline-size: 1rem;
    block-size: 1rem;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: nr-spin 0.8s linear infinite;
  }
  @keyframes nr-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      border-style: dotted;
      border-inline-end-color: currentColor;
    }
  }

  /* compact: small rows for sidebars */
  :host([layout='compact']) .row {
    gap: var(--_nr-space-s);
    padding-block: 0.25rem;
  }
  :host([layout='compact']) .toggle {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-width: 0;
  }
  :host([layout='compact']) .duration {
    display: none;
  }

  /* grid: cover cards (virtualized long lists keep the row layout) */
  :host([layout='grid']) .list:not(.virtual) {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nr-radio-playlist-grid-min, 9rem)), 1fr));
    gap: var(--_nr-space-m);
  }
  :host([layout='grid']) .list:not(.virtual) .row {
    grid-template-columns: minmax(0, 1fr) auto;
    align-content: start;
    padding: var(--_nr-space-s);
  }
  :host([layout='grid']) .list:not(.virtual) .cover {
    grid-column: 1 / -1;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
  }
  :host([layout='grid']) .list:not(.virtual) .text {
    grid-column: 1 / -1;
  }
  :host([layout='grid']) .list:not(.virtual) .toggle {
    position: absolute;
    inset-block-start: calc(var(--_nr-space-s) + 0.5rem);
    inset-inline-end: calc(var(--_nr-space-s) + 0.5rem);
    color: var(--_nr-on-accent);
    background: var(--_nr-accent);
    border-color: var(--_nr-accent);
    box-shadow: 0 0 0 2px var(--_nr-surface);
  }
  :host([layout='grid']) .list:not(.virtual) .cover svg {
    inline-size: 40%;
  }
  :host([layout='grid']) .list:not(.virtual) .badge,
  :host([layout='grid']) .list:not(.virtual) .duration {
    justify-self: start;
  }
`;
