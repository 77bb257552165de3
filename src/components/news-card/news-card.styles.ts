import { css } from 'lit';

export const newsCardStyles = css`
  :host {
    display: block;
    /* The sizing of the query container below, for every layout (the card never takes its width
       from its text), without making 1000 cards 1000 query containers: a container's contents are
       styled during layout, one container at a time, which made a grid of cards several times
       slower to render. Only the horizontal layout queries its width. */
    contain: inline-size style;
    /* A card out of view is not styled, laid out or painted until it nears the viewport: a page of
       1000 cards renders the few in view. Until then its height is the one it last had, or an
       estimate (240–700 px wide cards measure 250–540 px, 60–100 px in the compact layout). */
    content-visibility: var(--nr-news-card-content-visibility, auto);
    contain-intrinsic-block-size: auto 24rem;
  }
  :host([layout='horizontal']) {
    container: nr-news-card / inline-size;
  }
  :host([layout='compact']) {
    contain-intrinsic-block-size: auto 5rem;
  }
  /* Firefox (153) gives a skipped element that also has inline-size containment (above, and the
     query container) a height of 0 whatever its contain-intrinsic-size: cards out of view would
     collapse and pop open as they near it. There every card is rendered at once. */
  @supports (-moz-appearance: none) {
    :host {
      content-visibility: visible;
    }
  }
  /* overflow: clip, not hidden, here and below: a hidden box is a scroll container, which costs
     every card a scrollable area in layout and paint for a box nobody scrolls. flow-root keeps
     the formatting context that overflow: hidden used to give. */
  .card {
    display: flow-root;
    position: relative;
    block-size: 100%;
    background: var(--nr-news-card-background, var(--_nr-surface));
    border: var(--nr-news-card-border, 1px solid var(--_nr-border));
    border-radius: var(--_nr-radius);
    overflow: clip;
    overflow-wrap: anywhere;
    line-height: 1.4;
  }
  /* Block flow, not flex or grid: the same boxes, laid out in one pass (the gaps are margins).
     Only the horizontal and overlay layouts, which need two columns or a stack, use a grid. */
  .media {
    margin: 0 0 var(--_nr-space-s);
    aspect-ratio: var(--nr-news-card-image-ratio, 16 / 9);
    background: var(--_nr-border);
    overflow: clip;
  }
  img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .body {
    padding: 0 var(--_nr-space-m) var(--_nr-space-m);
  }
  .card.no-image .body {
    padding-block-start: var(--_nr-space-m);
  }
  .category {
    /* as wide as its text, at the start of the line */
    display: block;
    inline-size: fit-content;
    position: relative;
    z-index: 1;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--nr-news-card-category-color, var(--_nr-accent));
    text-decoration: none;
  }
  a.category:hover {
    text-decoration: underline;
  }
  .title {
    margin: 0;
    font-family: var(--nr-font-family-heading, inherit);
    font-size: var(--nr-news-card-title-size, 1.125rem);
    font-weight: 700;
    line-height: 1.25;
  }
  .title a {
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  /* The title link covers the card, so the whole card is one click target and one tab stop. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_nr-radius);
  }
  .title a:focus-visible {
    outline: none;
  }
  .title a:focus-visible::after {
    outline: 2px solid var(--_nr-accent);
    outline-offset: -2px;
  }
  .meta {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_nr-space-s);
    font-size: 0.8125rem;
    color: var(--_nr-muted);
  }
  .meta > * + *::before {
    content: '·';
    margin-inline-end: var(--_nr-space-s);
  }
  .excerpt {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--nr-news-card-excerpt-lines, 3);
    line-clamp: var(--nr-news-card-excerpt-lines, 3);
    overflow: clip;
  }
  /* after the margin: 0 above */
  .body > * + * {
    margin-block-start: calc(var(--_nr-space-s) * 0.75);
  }

  /* loading skeleton: the same boxes as the card, with bars instead of text */
  .skeleton .media {
    border-radius: 0;
  }
  .skeleton .category {
    inline-size: 6em;
  }
  .skeleton .title .nr-line + .nr-line {
    inline-size: 65%;
  }
  .skeleton .meta .nr-line {
    inline-size: 10em;
    max-inline-size: 100%;
  }
  .skeleton .excerpt {
    display: block;
    block-size: calc(var(--nr-news-card-excerpt-lines, 3) * 1lh);
  }

  /* horizontal: image beside the text, falling back to vertical in narrow containers */
  @container nr-news-card (min-width: 28rem) {
    :host([layout='horizontal']) .card:not(.no-image) {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    :host([layout='horizontal']) .card:not(.no-image) .media {
      margin: 0;
      block-size: 100%;
      inline-size: 100%;
      aspect-ratio: auto;
      min-block-size: 6rem;
    }
    :host([layout='horizontal']) .card:not(.no-image) .body {
      padding: var(--_nr-space-m);
    }
  }

  /* compact: title and date only, for sidebars */
  /* no background of its own: without an explicit theme it takes the page's colours */
  :host([layout='compact']:not([theme])) {
    --_nr-text: var(--nr-color-text, currentColor);
    --_nr-muted: var(--nr-color-muted, currentColor);
    --_nr-accent: var(--nr-color-accent, currentColor);
    --_nr-border: var(--nr-color-border, color-mix(in srgb, currentColor 25%, transparent));
  }
  :host([layout='compact']) .card {
    border: 0;
    border-block-end: 1px solid var(--_nr-border);
    border-radius: 0;
    background: transparent;
  }
  :host([layout='compact']) .body {
    padding: var(--_nr-space-s) 0;
  }
  :host([layout='compact']) .body > * + * {
    margin-block-start: 0.25rem;
  }
  :host([layout='compact']) .title {
    font-size: var(--nr-news-card-title-size, 1rem);
  }

  /* overlay: text on the image */
  :host([layout='overlay']) .card:not(.no-image) {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    border: 0;
  }
  :host([layout='overlay']) .card:not(.no-image) > * {
    grid-area: 1 / 1;
  }
  :host([layout='overlay']) .card:not(.no-image) .media {
    margin: 0;
    aspect-ratio: var(--nr-news-card-image-ratio, 4 / 3);
  }
  :host([layout='overlay']) .card:not(.no-image) .body {
    align-self: end;
    padding: 3rem var(--_nr-space-m) var(--_nr-space-m);
    color: #fff;
    background: linear-gradient(to top, rgb(0 0 0 / 0.85) 40%, rgb(0 0 0 / 0));
  }
  :host([layout='overlay']) .card:not(.no-image) .category,
  :host([layout='overlay']) .card:not(.no-image) .meta {
    color: #fff;
  }
`;
