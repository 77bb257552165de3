import { css, html, nothing, type TemplateResult } from 'lit';
import type { LoadError } from './loaders/errors.js';

/**
 * The four states of every data element (STYLE.md §7), reflected as its read-only `status`
 * attribute so pages can style `news-card[status="error"]`.
 */
export type DataStatus = 'loading' | 'ready' | 'empty' | 'error';

/** Texts of the shared states; every element lets pages override them through its `labels`. */
export interface StateLabels {
  /** Announced (visually hidden) while the skeleton shows. */
  loading: string;
  /** Shown when the source holds nothing to show. */
  empty: string;
  /** The retry button under an error message. */
  retry: string;
}

export const STATE_LABELS: StateLabels = {
  loading: 'Loading…',
  empty: 'Nothing to show yet.',
  retry: 'Retry',
};

/**
 * Attribute converter for `labels='{"retry": "Erneut"}'` (every element): a JSON object, or `{}`
 * (with one console warning) for anything else, so a typo in a Customizer field never throws.
 */
export const labelsConverter = {
  fromAttribute(value: string | null): Record<string, string> {
    if (!value) return {};
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, string>;
    } catch {
      /* reported below */
    }
    console.warn(`newsradio-elements: the labels attribute must be a JSON object, e.g. {"retry": "Try again"}; got ${value}`);
    return {};
  },
  toAttribute: (value: unknown) => JSON.stringify(value),
};

/** Sets the host's `status` attribute (only when it changed, so attribute observers stay quiet). */
export function reflectStatus(host: HTMLElement, status: DataStatus): void {
  if (host.getAttribute('status') !== status) host.setAttribute('status', status);
}

/**
 * The error state: the human message of the `LoadError` (replaceable through `slot="error"`) and
 * a Retry button. `role="alert"` makes screen readers announce it once when it appears.
 */
export function renderError(error: LoadError, labels: StateLabels, retry: () => void): TemplateResult {
  return html`<div part="error" class="nr-state nr-error" role="alert">
    <slot name="error"><p class="nr-error-text">${error.message}</p></slot>
    <button part="retry-button" class="nr-retry" type="button" @click=${retry}>${labels.retry}</button>
  </div>`;
}

/** The empty state, replaceable through `slot="empty"`. */
export function renderEmpty(labels: StateLabels): TemplateResult {
  return html`<div part="empty" class="nr-state nr-empty"><slot name="empty">${labels.empty}</slot></div>`;
}

/**
 * The loading state's frame: `part="loading"`, `aria-busy`, a visually hidden label for screen
 * readers and the element's own skeleton (shaped like its final layout, so nothing moves when the
 * content arrives).
 */
export function renderLoading(labels: StateLabels, skeleton: TemplateResult | typeof nothing, extraClass = ''): TemplateResult {
  return html`<div part="loading" class="nr-loading ${extraClass}" aria-busy="true">
    <span class="nr-visually-hidden">${labels.loading}</span>${skeleton}
  </div>`;
}

/** Styles of the shared states; add after `baseStyles`. Skeleton pieces use the `nr-bone` class. */
export const dataStateStyles = css`
  .nr-loading {
    position: relative;
  }
  .nr-bone {
    --_nr-bone: color-mix(in srgb, var(--_nr-border) 75%, transparent);
    display: block;
    color: transparent;
    border-radius: calc(var(--_nr-radius) / 2);
    background: var(--_nr-bone);
    animation: nr-pulse 1.6s ease-in-out infinite;
    user-select: none;
  }
  /* One line of text: the bar is thinner than the line box, which keeps the text's exact height. */
  .nr-bone.nr-line {
    background: linear-gradient(transparent 18%, var(--_nr-bone) 18% 82%, transparent 82%);
  }
  /* Several lines of text (set block-size in lines with the lh unit). */
  .nr-bone.nr-lines {
    border-radius: 0;
    background: repeating-linear-gradient(transparent 0 0.18lh, var(--_nr-bone) 0.18lh 0.82lh, transparent 0.82lh 1lh);
  }
  @keyframes nr-pulse {
    50% {
      opacity: 0.55;
    }
  }
  .nr-state {
    display: grid;
    justify-items: start;
    gap: var(--_nr-space-s);
    padding: var(--_nr-space-m);
    border: 1px solid var(--_nr-border);
    border-radius: var(--_nr-radius);
    background: var(--_nr-surface);
    overflow-wrap: anywhere;
  }
  .nr-empty {
    color: var(--_nr-muted);
  }
  .nr-error-text,
  ::slotted([slot='error']) {
    margin: 0;
  }
  .nr-retry {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.875rem;
    color: var(--_nr-on-accent);
    background: var(--_nr-accent);
    border: 0;
    border-radius: var(--_nr-radius);
    cursor: pointer;
  }
`;
