/**
 * The global design tokens, as one typed constant list: the single source of truth for their
 * names, defaults and purpose.
 *
 * - `baseStyles` (base.styles.ts) and the elements read each token through a `var()` fallback
 *   with exactly these defaults; test/core/tokens.test.ts fails when a default, a name or the
 *   docs drift from this list.
 * - docs/theming.md's "Global tokens" table lists the same rows (checked by the same test).
 * - stories/tokens.stories.ts renders the Storybook tokens page from it.
 *
 * The library bundle does not import this module (the defaults live in the CSS), so it costs no
 * bytes. Component hooks (`--nr-<tag>-*`) are documented per element in custom-elements.json.
 */

/** What a token styles. */
export type TokenGroup = 'color' | 'font-family' | 'font-size' | 'space' | 'radius' | 'shadow';

/** One global `--nr-*` custom property. */
export interface DesignToken {
  /** The custom property. */
  readonly name: `--nr-${string}`;
  readonly group: TokenGroup;
  /** Default value (in the light colour scheme, for colours). */
  readonly light: string;
  /** Default in the dark colour scheme; colours only (they use `light-dark()`). */
  readonly dark?: string;
  /** What it is used for (the "Used for" column of docs/theming.md). */
  readonly description: string;
}

export const NR_TOKENS = [
  { name: '--nr-color-surface', group: 'color', light: '#ffffff', dark: '#16181c', description: 'Backgrounds of cards, bars, panels' },
  { name: '--nr-color-text', group: 'color', light: '#1b1c1f', dark: '#e8e9ed', description: 'Text and icons' },
  { name: '--nr-color-muted', group: 'color', light: '#55595f', dark: '#b4b8c0', description: 'Secondary text: dates, subtitles, meta lines' },
  {
    name: '--nr-color-accent',
    group: 'color',
    light: '#b3261e',
    dark: '#ffb4ab',
    description: 'Category labels, play buttons, sliders, title rules, focus rings',
  },
  { name: '--nr-color-on-accent', group: 'color', light: '#ffffff', dark: '#561410', description: 'Text and icons on the accent colour' },
  { name: '--nr-color-border', group: 'color', light: '#d9dce1', dark: '#3a3e45', description: 'Borders, dividers, skeletons' },
  { name: '--nr-color-error', group: 'color', light: '#b3261e', dark: '#ffb4ab', description: 'Error messages' },
  { name: '--nr-font-family', group: 'font-family', light: 'inherit', description: 'Body text of every element' },
  { name: '--nr-font-family-heading', group: 'font-family', light: 'inherit', description: 'Titles and headings' },
  { name: '--nr-font-size-s', group: 'font-size', light: '0.8125rem', description: 'Small text (meta lines)' },
  { name: '--nr-font-size-m', group: 'font-size', light: '1rem', description: 'Normal text' },
  { name: '--nr-font-size-l', group: 'font-size', light: '1.25rem', description: 'Large text (widget titles)' },
  { name: '--nr-space-xs', group: 'space', light: '0.25rem', description: 'Tightest spacing' },
  { name: '--nr-space-s', group: 'space', light: '0.5rem', description: 'Small spacing (inside rows)' },
  { name: '--nr-space-m', group: 'space', light: '1rem', description: 'Medium spacing (padding of cards)' },
  { name: '--nr-space-l', group: 'space', light: '1.5rem', description: 'Large spacing (between widgets)' },
  { name: '--nr-radius', group: 'radius', light: '0.5rem', description: 'Corner radius' },
  {
    name: '--nr-shadow',
    group: 'shadow',
    light: '0 1px 2px rgb(0 0 0 / 0.12), 0 4px 12px rgb(0 0 0 / 0.08)',
    description: 'Raised surfaces',
  },
] as const satisfies readonly DesignToken[];

/** The name of a global token. */
export type NrTokenName = (typeof NR_TOKENS)[number]['name'];

/** The token's default as CSS: `light-dark(light, dark)` for colours, the plain value otherwise. */
export const tokenDefault = (token: DesignToken): string =>
  token.dark === undefined ? token.light : `light-dark(${token.light}, ${token.dark})`;
