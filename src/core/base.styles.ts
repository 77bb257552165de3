import { css } from 'lit';

/**
 * Styles every element shares. Tokens are read through `var()` fallbacks and never declared on
 * `:host`, so a page themes every widget at once by setting `--nr-*` on `body`. Internal
 * shorthands use the `--_nr-` prefix and are not public API.
 */
export const baseStyles = css`
  /* No color-scheme of our own: like native form controls, the elements follow the page's
     (declare 'color-scheme: light dark' on :root to follow the visitor's preference), so text
     on a transparent element always matches the page behind it. theme="auto" asks for the
     visitor's preference whatever the page says. */
  :host {
    --_nr-surface: var(--nr-color-surface, light-dark(#ffffff, #16181c));
    --_nr-text: var(--nr-color-text, light-dark(#1b1c1f, #e8e9ed));
    --_nr-muted: var(--nr-color-muted, light-dark(#55595f, #b4b8c0));
    --_nr-accent: var(--nr-color-accent, light-dark(#b3261e, #ffb4ab));
    --_nr-on-accent: var(--nr-color-on-accent, light-dark(#ffffff, #561410));
    --_nr-border: var(--nr-color-border, light-dark(#d9dce1, #3a3e45));
    --_nr-error: var(--nr-color-error, light-dark(#b3261e, #ffb4ab));
    --_nr-radius: var(--nr-radius, 0.5rem);
    --_nr-space-s: var(--nr-space-s, 0.5rem);
    --_nr-space-m: var(--nr-space-m, 1rem);
    --_nr-space-xs: var(--nr-space-xs, 0.25rem);
    --_nr-space-l: var(--nr-space-l, 1.5rem);
    --_nr-font-size-s: var(--nr-font-size-s, 0.8125rem);
    --_nr-font-size-m: var(--nr-font-size-m, 1rem);
    --_nr-font-size-l: var(--nr-font-size-l, 1.25rem);
    --_nr-shadow: var(--nr-shadow, 0 1px 2px rgb(0 0 0 / 0.12), 0 4px 12px rgb(0 0 0 / 0.08));
    box-sizing: border-box;
    font-family: var(--nr-font-family, inherit);
    color: var(--_nr-text);
  }
  /* theme="light|dark" on an ancestor, mirrored by ThemeController (src/core/theme.ts); the
     element's own theme attribute below wins. */
  :host([data-nr-theme='light']) {
    color-scheme: light;
  }
  :host([data-nr-theme='dark']) {
    color-scheme: dark;
  }
  :host([data-nr-theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* border-box outright, not 'inherit': explicit inheritance of a non-inherited property on every
     element defeats the engine's style caches (style recalculation of a list of rows was ~8x slower). */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: inherit;
  }
  /* read by screen readers, not shown */
  .nr-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 2px solid var(--_nr-accent);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
