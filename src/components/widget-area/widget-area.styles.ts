import { css } from 'lit';

export const widgetAreaStyles = css`
  :host {
    display: block;
    container: nr-widget-area / inline-size;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--nr-widget-area-gap, var(--_nr-space-l));
  }
  .list[hidden] {
    display: none;
  }
  /* A wide area (a footer, a full-width column) lays its widgets out in columns. */
  @container nr-widget-area (min-width: 40rem) {
    .list {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nr-widget-area-column-width, 18rem)), 1fr));
      align-items: start;
    }
    .widget + .widget.untitled {
      margin-block-start: 0;
    }
  }
  .widget {
    display: grid;
    gap: var(--_nr-space-s);
    min-inline-size: 0;
  }
  /* In one column, a widget without a title reads as the continuation of the one before it. */
  .widget + .widget.untitled {
    margin-block-start: calc(var(--_nr-space-xs) - var(--nr-widget-area-gap, var(--_nr-space-l)));
  }
  .title {
    margin: 0;
    padding-block-end: var(--_nr-space-xs);
    font-family: var(--nr-font-family-heading, inherit);
    font-size: var(--nr-widget-area-title-size, var(--_nr-font-size-l));
    font-weight: 700;
    line-height: 1.25;
    color: var(--nr-widget-area-title-color, var(--_nr-text));
    border-block-end: var(--nr-widget-area-title-border, 2px solid var(--_nr-accent));
  }
  ::slotted(*) {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .nr-error {
    margin-block-end: var(--nr-widget-area-gap, var(--_nr-space-l));
  }
  .nr-loading {
    display: grid;
    gap: var(--_nr-space-s);
  }
  .title-bone {
    block-size: 1.5rem;
    inline-size: 60%;
  }
  .body-bone {
    block-size: 12rem;
  }
`;
